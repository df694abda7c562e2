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
      LaporanBuilder(result: result(responses), responses: responses, options: options).build()
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
    let html = HTMLRenderer.render(LaporanBuilder(result: result, responses: responses).build())
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
      result: result,
      responses: responses,
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
      LaporanBuilder(result: result, responses: responses).build()
    )
    #expect(markdown.contains("92,84"))
    #expect(markdown.contains("3,7137"))
    #expect(!markdown.contains("92.84"))
  }

  @Test("Markdown cannot gain links, HTML or table cells from text")
  func markdownEscaping() {
    let responses = [response(id: "1", service: "A|B", suggestion: Self.hostile + "\n- daftar")]
    let markdown = MarkdownRenderer.render(
      LaporanBuilder(result: result(responses), responses: responses).build()
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
    let document = LaporanBuilder(result: empty, responses: []).build()
    let html = HTMLRenderer.render(document)
    #expect(html.contains("Belum ada jawaban yang dapat dihitung"))
    #expect(JSONSummary.render(empty).contains("\"ikm\": null"))
  }

  @Test("Unanswered unsur is named in the report")
  func unansweredNote() {
    var partial = response(id: "1")
    partial.answers[.pengaduan] = nil
    let markdown = MarkdownRenderer.render(
      LaporanBuilder(result: result([partial]), responses: [partial]).build()
    )
    #expect(markdown.contains("Unsur U9 tidak dijawab oleh satu pun responden"))
    #expect(markdown.contains("bobot setiap unsur lain menjadi 1/8"))
    #expect(markdown.contains("dikali bobot setiap unsur 1/8 (tepat"))
    #expect(!markdown.contains("1/9"))
    let legacy = MarkdownRenderer.render(
      LaporanBuilder(result: result([partial], policy: .legacy0111), responses: [partial]).build()
    )
    #expect(legacy.contains("dengan bobot tetap, nilai IKM menjadi lebih rendah"))
    #expect(legacy.contains("bobot tetap 0,111"))
  }

  @Test("Legacy weight is labelled as not the regulation")
  func legacyLabel() throws {
    let (responses, result) = try scored(.mahulu, policy: .legacy011)
    let markdown = MarkdownRenderer.render(
      LaporanBuilder(result: result, responses: responses).build()
    )
    #expect(markdown.contains("bukan ketentuan peraturan"))
    #expect(markdown.contains("91,91"))
  }
}
