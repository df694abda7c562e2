import Foundation
import SKMCore
import SKMScoring
import SKMTestSupport
import Testing

@testable import SKMReport

@Suite("Report content")
struct ReportContentTests {
  static let hostile = "<script>alert('x')</script> [klik](javascript:alert(1)) | =1+1 & \"kutip\""

  @Test("Respondent and operator text is escaped in HTML")
  func htmlEscaping() {
    let responses = [response(id: "1", service: "<b>Layanan</b>", suggestion: Self.hostile)]
    let options = LaporanOptions(
      unitName: "\"><img src=x onerror=alert(1)>",
      periodName: "<i>2026</i>"
    )
    let html = HTMLRenderer.render(
      LaporanBuilder(responses: responses, options: options).build()
    )
    #expect(!html.contains("<script"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<b>Layanan"))
    #expect(!html.contains("<i>2026"))
    #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
    #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
  }

  @Test("HTML report is self-contained")
  func selfContained() throws {
    let (responses, result) = try scored(.mahulu)
    let html = HTMLRenderer.render(
      LaporanBuilder(responses: responses, weightPolicy: result.weightPolicy).build()
    )
    #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"id\">"))
    for forbidden in ["<script", "src=", "href=", "url(", "@import", "<link", "<iframe"] {
      #expect(!html.contains(forbidden), "found \(forbidden)")
    }
    #expect(html.contains("<svg class=\"chart\""))
    #expect(html.contains("@page { size: A4"))
  }

  @Test("English report sets its language and decimal point")
  func englishReport() throws {
    let (responses, result) = try scored(.mahulu)
    let document = LaporanBuilder(
      responses: responses,
      weightPolicy: result.weightPolicy,
      options: LaporanOptions(language: .english)
    ).build()
    let html = HTMLRenderer.render(document)
    #expect(html.contains("<html lang=\"en\">"))
    #expect(html.contains("92.84"))
    #expect(!html.contains("92,84"))
    #expect(document.title == "Public Satisfaction Survey Report")
  }

  @Test("Indonesian report uses the decimal comma")
  func indonesianNumbers() throws {
    let (responses, result) = try scored(.mahulu)
    let markdown = MarkdownRenderer.render(
      LaporanBuilder(responses: responses, weightPolicy: result.weightPolicy).build()
    )
    #expect(markdown.contains("92,84"))
    #expect(markdown.contains("3,7137"))
    #expect(!markdown.contains("92.84"))
  }

  @Test("Markdown cannot gain links, HTML or table cells from text")
  func markdownEscaping() {
    let responses = [response(id: "1", service: "A|B", suggestion: Self.hostile + "\n- daftar")]
    let markdown = MarkdownRenderer.render(
      LaporanBuilder(responses: responses).build()
    )
    #expect(!markdown.contains("<script"))
    #expect(!markdown.contains("[klik](javascript"))
    #expect(markdown.contains("\\[klik\\](javascript:alert(1))"))
    #expect(markdown.contains("A\\|B"))
    #expect(markdown.contains("<br>- daftar"))
    let suggestion = markdown.split(separator: "\n").first { $0.contains("klik") }
    #expect(suggestion?.hasPrefix("- &lt;script&gt;") == true)
  }

  @Test("Processing form neutralises formulas in ids")
  func formulaNeutralising() {
    let responses = [response(id: "=HYPERLINK(\"http://x\")"), response(id: "@SUM(A1)", score: 3)]
    let csv = ProcessingFormCSV.render(result: result(responses), responses: responses)
    #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
    #expect(csv.contains("'@SUM(A1)"))
    #expect(!csv.contains(",=HYPERLINK"))
  }

  @Test(
    "Formula neutralising rule",
    arguments: [
      ("=1+1", "'=1+1"), ("+62812", "'+62812"), ("-5", "'-5"), ("@cmd", "'@cmd"),
      ("\tx", "'\tx"), ("\rx", "'\rx"), ("Baik", "Baik"), ("1=1", "1=1"), ("", ""),
      ("  =1+1", "'  =1+1"), ("ok;=1+2;", "ok;'=1+2;"), ("a; @x", "a;' @x"), ("a\t-1", "a\t'-1"),
      ("x;y", "x;y"), ("  ", "  "),
    ]
  )
  func neutralisingRule(text: String, expected: String) {
    #expect(CSVField.neutralizingFormula(text) == expected)
  }

  @Test("Processing form rows and footer")
  func processingFormShape() throws {
    let (responses, result) = try scored(.mahulu)
    let lines = ProcessingFormCSV.render(result: result, responses: responses)
      .split(separator: "\r\n").map(String.init)
    #expect(lines.count == 1 + 26 + 6)
    #expect(lines[0] == "No,ID Responden,U1,U2,U3,U4,U5,U6,U7,U8,U9")
    #expect(lines[1] == "1,11,4,4,4,4,4,4,4,4,4")
    #expect(lines[27] == "Jumlah nilai per unsur,,93,94,93,103,95,95,98,96,102")
    #expect(lines[30].hasPrefix("IKM (jumlah NRR tertimbang),,3.713675"))
    #expect(lines[31] == "Konversi IKM (IKM × 25),,92.84")
    #expect(lines[32] == "Mutu pelayanan,,A")
  }

  @Test("Blank answers stay empty in the processing form")
  func processingFormBlank() {
    var partial = response(id: "7")
    partial.answers[.waktu] = nil
    let csv = ProcessingFormCSV.render(result: result([partial]), responses: [partial])
    #expect(csv.contains("1,7,4,4,,4,4,4,4,4,4\r\n"))
  }

  @Test("JSON summary has the documented members")
  func jsonSummary() throws {
    let (_, result) = try scored(.mahulu)
    let data = Data(JSONSummary.render(result).utf8)
    let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    #expect(object["respondents"] as? Int == 26)
    #expect(object["weight"] as? String == "exact")
    #expect(object["mutu"] as? String == "A")
    #expect(object["kinerja"] as? String == "Sangat baik")
    #expect((object["konversi"] as? NSNumber)?.stringValue == "92.84")
    let unsur = try #require(object["unsur"] as? [[String: Any]])
    #expect(unsur.map { $0["code"] as? String } == (1...9).map { "U\($0)" })
    #expect(unsur[7]["key"] as? String == "sarana")
    #expect(unsur[0]["answered"] as? Int == 26)
    #expect(unsur[0]["total"] as? Int == 93)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains("\"ikm\": 3.713675213675214"))
    #expect(text.contains("\"nrr\": 3.576923076923077"))
  }

  @Test("Empty result reports no index without failing")
  func emptyReport() {
    let empty = result([])
    let document = LaporanBuilder(responses: []).build()
    let html = HTMLRenderer.render(document)
    #expect(html.contains("Belum ada jawaban yang dapat dihitung"))
    #expect(JSONSummary.render(empty).contains("\"ikm\": null"))
  }

  @Test("Unanswered unsur is named in the report")
  func unansweredNote() {
    var partial = response(id: "1")
    partial.answers[.pengaduan] = nil
    let markdown = MarkdownRenderer.render(
      LaporanBuilder(responses: [partial]).build()
    )
    #expect(markdown.contains("Unsur U9 tidak dijawab oleh satu pun responden"))
    #expect(markdown.contains("bobot setiap unsur lain menjadi 1/8"))
    #expect(markdown.contains("dikali bobot setiap unsur 1/8 (tepat"))
    #expect(!markdown.contains("1/9"))
    let legacy = MarkdownRenderer.render(
      LaporanBuilder(responses: [partial], weightPolicy: .legacy0111).build()
    )
    #expect(legacy.contains("dengan bobot tetap, nilai IKM menjadi lebih rendah"))
    #expect(legacy.contains("bobot tetap 0,111"))
  }

  @Test("Legacy weight is labelled as not the regulation")
  func legacyLabel() throws {
    let (responses, result) = try scored(.mahulu, policy: .legacy011)
    let markdown = MarkdownRenderer.render(
      LaporanBuilder(responses: responses, weightPolicy: result.weightPolicy).build()
    )
    #expect(markdown.contains("bukan ketentuan peraturan"))
    #expect(markdown.contains("91,91"))
  }
}

@Suite("Laporan outline and analysis")
struct LaporanOutlineTests {
  @Test("Chapters follow the usual outline in both languages")
  func outline() throws {
    let responses = try scored(.mahulu).0
    let indonesian = LaporanBuilder(responses: responses).build()
    #expect(
      indonesian.chapters.map(\.label) == ["BAB I", "BAB II", "BAB III", "BAB IV", "BAB V", nil]
    )
    #expect(
      indonesian.chapters.map(\.title) == [
        "Pendahuluan", "Pengumpulan Data", "Hasil Pengolahan Data", "Analisis", "Kesimpulan",
        "Lampiran",
      ]
    )
    let english = LaporanBuilder(responses: responses, options: LaporanOptions(language: .english))
      .build()
    #expect(english.chapters.first?.label == "Chapter I")
    #expect(english.chapters.last?.title == "Appendices")
  }

  @Test("Hostile text never becomes Markdown structure")
  func hostileMarkdown() throws {
    let scenario = GoldenScenario.hostile
    let markdown = MarkdownRenderer.render(
      LaporanBuilder(responses: try scenario.responses(), options: scenario.options(.indonesian))
        .build()
    )
    #expect(!markdown.contains("\n# Kepala"))
    #expect(markdown.contains("\\# Kepala"))
    #expect(!markdown.contains("<script"))
    #expect(!markdown.contains("<svg"))
  }

  @Test(
    "Trend words follow the sign of the change",
    arguments: [
      ("91.50", "naik 1,34 poin, dari 91,50 menjadi 92,84", "+1,34 (naik)"),
      ("93.00", "turun 0,16 poin, dari 93,00 menjadi 92,84", "−0,16 (turun)"),
      ("92.84", "nilai IKM tetap 92,84", "+0,00 (tetap)"),
    ]
  )
  func trendWords(previous: String, sentence: String, cell: String) throws {
    var options = LaporanOptions(periodName: "Triwulan IV 2025")
    options.previousPeriods = [
      TrendPoint(label: "Triwulan III 2025", konversi: FixedDecimal(previous)!)
    ]
    let markdown = MarkdownRenderer.render(
      LaporanBuilder(responses: try scored(.mahulu).0, options: options).build()
    )
    #expect(markdown.contains(sentence))
    #expect(markdown.contains(cell) || cell.hasPrefix("+0,00"))
  }

  @Test("Sample shortfall is stated")
  func sampleShortfall() throws {
    var options = LaporanOptions()
    options.population = 400
    let markdown = MarkdownRenderer.render(
      LaporanBuilder(responses: try scored(.mahulu).0, options: options).build()
    )
    #expect(markdown.contains("sampel minimal adalah 196 responden; yang dihitung adalah 26"))
    #expect(markdown.contains("kurang 170 dari sampel minimal"))
    options.population = 20
    let enough = MarkdownRenderer.render(
      LaporanBuilder(responses: try scored(.mahulu).0, options: options).build()
    )
    #expect(enough.contains("sampel minimal adalah 19 responden"))
    #expect(!enough.contains("dari sampel minimal, sehingga"))
  }

  @Test("RTL lists the weakest unsur first and merges the unit's plan")
  func followUpPlan() throws {
    let responses = try scored(.sekadau).0
    var options = LaporanOptions()
    options.plan = [
      FollowUpPlanEntry(
        unsur: .prosedur,
        program: "Bagan alur baru",
        timeframe: "Maret",
        responsible: "Kasubbag"
      ),
      FollowUpPlanEntry(
        unsur: .biaya,
        program: "Papan tarif",
        timeframe: "April",
        responsible: "Bendahara"
      ),
    ]
    let document = LaporanBuilder(responses: responses, options: options).build()
    let table = try #require(
      document.chapters[3].sections[1].blocks.compactMap { block -> ReportTable? in
        if case .table(let table) = block { return table }
        return nil
      }.first
    )
    let codes = table.rows.map { String($0[1].prefix(2)) }
    #expect(codes.prefix(3) == ["U1", "U2", "U8"])
    #expect(table.rows[1][2] == "Bagan alur baru")
    #expect(table.rows[0][2].hasPrefix("Usulan: "))
    #expect(table.rows.last?[2] == "Papan tarif")
  }

  @Test("Profile spellings of real exports are grouped")
  func profileGroups() throws {
    let responses = try scored(.mahulu).0
    var characteristics = CharacteristicsAccumulator()
    for response in responses { characteristics.add(response) }
    let education = characteristics.educationBreakdown
    #expect(education.rows.first { $0.label.indonesian == "SMA/SMK" }?.count == 12)
    #expect(education.rows.first { $0.label.indonesian == "S1/D4" }?.count == 12)
    #expect(education.rows.first { $0.label.indonesian == "S2/S3" }?.count == 2)
    #expect(education.unknown == 0)
    let gender = characteristics.genderBreakdown
    #expect(gender.rows.map(\.count) == [19, 7])
    #expect(gender.rows[0].share == Rational(19, 26))
    let occupation = characteristics.occupationBreakdown
    #expect(occupation.rows.first { $0.label.indonesian == "PNS/ASN" }?.count == 10)
    #expect(characteristics.serviceBreakdown.unknown == 3)
  }

  @Test("Roll-up states pooled and mean of units")
  func rollUp() throws {
    let responses = try scored(.mahulu).0
    var survey = SurveyAccumulator()
    for response in responses { survey.add(response) }
    let rollUp = try RollUp(units: survey.byUnit)
    #expect(rollUp.pooled.konversi?.formatted() == "92.84")
    #expect(rollUp.units.count == 6)
    #expect(rollUp.meanKonversi != rollUp.pooled.konversi)
    let markdown = MarkdownRenderer.render(LaporanBuilder(responses: responses).build())
    #expect(markdown.contains("Gabungan seluruh responden (unit besar berbobot lebih) | 92,84"))
    #expect(markdown.contains("Rata-rata nilai IKM unit (setiap unit berbobot sama)"))
  }
}
