import Foundation
import SKMCore
import SKMScoring
import SKMTestSupport
import Testing

@testable import SKMReport

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("Office Open XML")
struct OfficeOpenXMLTests {
  // MARK: ZIP container

  @Test("ZIP entries read back with their CRC")
  func zipRoundTrip() throws {
    var zip = ZipArchive()
    try zip.addFile("[Content_Types].xml", contents: Array("<Types/>".utf8))
    try zip.addFile("lampiran/saran-ü.txt", contents: Array("Sangat baik\n".utf8))
    try zip.addFile("kosong.txt", contents: [])
    let data = try zip.finished()

    let entries = try StoredZip(data).entries
    #expect(entries.map(\.name) == ["[Content_Types].xml", "lampiran/saran-ü.txt", "kosong.txt"])
    #expect(
      entries.map { String(decoding: $0.contents, as: UTF8.self) } == [
        "<Types/>", "Sangat baik\n", "",
      ]
    )
    #expect(entries.allSatisfy { $0.flags & 0x0800 != 0 }, "names are flagged as UTF-8")
    #expect(entries.allSatisfy { $0.dosDate == 0x21 }, "dated 1980-01-01")
    #expect(entries.allSatisfy { $0.dosTime == 0 }, "timed 00:00")
  }

  @Test("Same entries give the same bytes")
  func zipIsReproducible() throws {
    let (responses, _) = try scored(.mahulu)
    let first = try XLSXWorkbook.render(survey: survey(responses), responses: responses)
    let second = try XLSXWorkbook.render(survey: survey(responses), responses: responses)
    #expect(first == second)
    let document = LaporanBuilder(responses: responses).build()
    #expect(try DOCXRenderer.render(document) == DOCXRenderer.render(document))
  }

  @Test(
    "unzip accepts both files",
    .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/unzip"))
  )
  func unzipTest() throws {
    let (responses, _) = try scored(.mahulu)
    let files = [
      ("laporan.xlsx", try XLSXWorkbook.render(survey: survey(responses), responses: responses)),
      ("laporan.docx", try DOCXRenderer.render(LaporanBuilder(responses: responses).build())),
    ]
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("skm-office-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    for (name, data) in files {
      let url = folder.appendingPathComponent(name)
      try data.write(to: url)
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
      process.arguments = ["-tq", url.path]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "unzip -t \(name)")
    }
  }

  @Test("Column names", arguments: [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")])
  func columnNames(index: Int, name: String) {
    #expect(SpreadsheetML.columnName(index) == name)
  }

  @Test("XML text drops forbidden characters")
  func xmlText() {
    #expect(XMLText.escaped("a\u{0}b\u{1B}c\u{FFFE}d") == "abcd")
    #expect(XMLText.escaped("tab\there\r\nline") == "tab\there\nline")
    #expect(
      XMLText.escaped("<a href=\"x\">'&'</a>")
        == "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;"
    )
    #expect(XMLText.escaped("abc\u{202E}def") == "abcdef")
  }

  // MARK: Workbook

  @Test("Workbook contains the expected parts")
  func workbookParts() throws {
    let (responses, _) = try scored(.mahulu)
    let entries = try StoredZip(
      XLSXWorkbook.render(survey: survey(responses), responses: responses, rejected: [])
    ).entries
    #expect(entries.first?.name == "[Content_Types].xml")
    let names = Set(entries.map(\.name))
    for part in [
      "_rels/.rels", "docProps/core.xml", "docProps/app.xml", "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels", "xl/styles.xml", "xl/worksheets/sheet1.xml",
      "xl/worksheets/sheet6.xml",
    ] {
      #expect(names.contains(part), "missing \(part)")
    }
    let types = try #require(entries.first { $0.name == "[Content_Types].xml" }).text
    #expect(types.contains("PartName=\"/xl/worksheets/sheet1.xml\""))
    #expect(types.contains("spreadsheetml.sheet.main+xml"))
  }

  @Test("Workbook parts are well-formed XML", arguments: Language.allCases)
  func workbookXML(language: Language) throws {
    let (responses, _) = try scored(.mahulu)
    let data = try XLSXWorkbook.render(
      survey: survey(responses),
      responses: responses,
      rejected: [],
      language: language
    )
    for entry in try StoredZip(data).entries {
      #expect(isWellFormed(entry.contents), "\(entry.name) is not well-formed")
    }
  }

  @Test("Sheet names follow the language", arguments: Language.allCases)
  func sheetNames(language: Language) throws {
    let (responses, _) = try scored(.mahulu)
    let workbook = try StoredZip(
      XLSXWorkbook.render(
        survey: survey(responses),
        responses: responses,
        rejected: [],
        language: language
      )
    ).text("xl/workbook.xml")
    let expected =
      language == .indonesian
      ? ["Pengolahan", "Ringkasan Unsur", "Karakteristik", "Per Layanan", "Per Unit", "Ditolak"]
      : [
        "Processing Form", "Unsur Summary", "Characteristics", "Per Service", "Per Unit",
        "Rejected",
      ]
    for (index, name) in expected.enumerated() {
      #expect(workbook.contains("<sheet name=\"\(name)\" sheetId=\"\(index + 1)\""))
    }
  }

  @Test(
    "Formula cells carry the exact figures",
    arguments: [(WeightPolicy.exact, "92.84", "/9"), (.legacy0111, "92.75", "*0.111")]
  )
  func formulaCache(policy: WeightPolicy, konversi: String, weighting: String) throws {
    let (responses, result) = try scored(.mahulu, policy: policy)
    let sheet = try cells(
      XLSXWorkbook.render(survey: survey(responses), responses: responses, weightPolicy: policy),
      sheet: 1
    )
    // 26 respondents in rows 2–27, then Σ nilai, NRR, NRR tertimbang, IKM, konversi, rounded.
    #expect(sheet["A28"]?.text == "Σ nilai")
    #expect(sheet["C28"]?.formula == "SUM(C2:C27)")
    #expect(sheet["C28"]?.value == String(result.unsur[0].total))
    #expect(sheet["C29"]?.formula == "C28/COUNT(C2:C27)")
    #expect(sheet["C29"]?.value == SheetCell.digits(result.unsur[0].nrr!))
    #expect(sheet["K30"]?.formula == "K29" + weighting)
    #expect(sheet["K30"]?.value == SheetCell.digits(result.unsur[8].weightedNRR!))
    #expect(sheet["C31"]?.formula == "SUM(C30:K30)")
    #expect(sheet["C31"]?.value == SheetCell.digits(result.ikm!))
    #expect(sheet["C32"]?.formula == "C31*25")
    #expect(sheet["C32"]?.value == SheetCell.digits(result.unroundedKonversi!))
    #expect(sheet["C33"]?.formula == "ROUND(C32,2)")
    #expect(sheet["C33"]?.value == konversi)
    #expect(sheet["C34"]?.text == "A")
  }

  @Test("Unanswered unsur leaves the weight")
  func unansweredUnsur() throws {
    var responses = try scored(.mahulu).0
    for index in responses.indices { responses[index].answers[.pengaduan] = nil }
    let sheet = try cells(
      XLSXWorkbook.render(survey: survey(responses), responses: responses),
      sheet: 1
    )
    #expect(sheet["K28"]?.formula == "SUM(K2:K27)")
    #expect(sheet["K28"]?.value == "0")
    for reference in ["K29", "K30"] {
      #expect(sheet[reference]?.formula == nil, "\(reference) has no formula without answers")
      #expect(sheet[reference]?.value == nil, "\(reference) has no value without answers")
    }
    #expect(sheet["C30"]?.formula == "C29/8")
  }

  @Test("Scores are numbers and blanks stay empty")
  func numericScores() throws {
    var responses = try scored(.mahulu).0
    responses[0].answers[.pengaduan] = nil
    let sheet = try cells(
      XLSXWorkbook.render(survey: survey(responses), responses: responses),
      sheet: 1
    )
    #expect(sheet["C2"]?.type == nil)
    #expect(sheet["C2"]?.value == "4")
    #expect(sheet["K2"] == nil, "a blank answer is an empty cell, never 0")
    #expect(sheet["B2"]?.type == "inlineStr")
  }

  @Test("Unit summary lists IKM and konversi")
  func unsurSummary() throws {
    let (responses, result) = try scored(.mahulu)
    let sheet = try cells(
      XLSXWorkbook.render(survey: survey(responses), responses: responses),
      sheet: 2
    )
    #expect(sheet["A2"]?.text == "U1")
    #expect(sheet["E2"]?.value == SheetCell.digits(result.unsur[0].nrr!))
    #expect(sheet["F11"]?.value == SheetCell.digits(result.ikm!))
    #expect(sheet["G11"]?.value == "92.84")
    #expect(sheet["H11"]?.text == "A")
  }

  @Test("Counts without responses give values, not formulas")
  func countsOnly() throws {
    let (responses, _) = try scored(.mahulu)
    let sheet = try cells(XLSXWorkbook.render(survey: survey(responses), responses: []), sheet: 1)
    #expect(sheet["A2"]?.text == "Σ nilai")
    #expect(sheet["C2"]?.formula == nil)
    #expect(sheet["C7"]?.value == "92.84")
    #expect(sheet["A9"]?.text?.hasPrefix("Hanya 0 dari 26 responden") == true)
  }

  @Test("Respondent text is neutralised and escaped")
  func hostileText() throws {
    var hostile = response(id: "=cmd|'/c calc'!A1", service: "<img src=x>\u{1}_x0041_")
    hostile.answers[.waktu] = nil
    let responses = [hostile, response(id: "@SUM(1)", score: 3, service: "-2+3")]
    let data = try XLSXWorkbook.render(survey: survey(responses), responses: responses)
    let processing = try cells(data, sheet: 1)
    #expect(processing["B2"]?.text == "'=cmd|'/c calc'!A1")
    #expect(processing["B3"]?.text == "'@SUM(1)")

    let services = try StoredZip(data).text("xl/worksheets/sheet4.xml")
    let checks = [
      ("<img", false), ("\u{1}", false), ("&lt;img src=x&gt;_x005F_x0041_", true),
      ("&apos;-2+3", true),
    ]
    for (fragment, expected) in checks {
      let found = services.contains(fragment)
      #expect(found == expected, "\(fragment) found: \(found)")
    }
  }

  @Test("Rejected problems fill their sheet")
  func rejectedSheet() throws {
    let (responses, _) = try scored(.mahulu)
    let problem = SKMError(
      code: SKMError.Code(rawValue: "import.invalid-score"),
      message: LocalizedText(indonesian: "nilai \"=5\" tidak valid", english: "invalid score"),
      location: SourceLocation(file: "data.csv", line: 7, column: "U3"),
      value: "=5"
    )
    let data = try XLSXWorkbook.render(
      survey: survey(responses),
      responses: responses,
      rejected: [problem],
      language: .english
    )
    let sheet = try cells(data, sheet: 6)
    #expect(sheet["A1"]?.text == "Line")
    #expect(sheet["A2"]?.value == "7")
    #expect(sheet["B2"]?.text == "U3")
    #expect(sheet["C2"]?.text == "'=5")
    #expect(sheet["D2"]?.text == "invalid score")

    let withoutSheet = try StoredZip(
      XLSXWorkbook.render(survey: survey(responses), responses: responses)
    )
    #expect(!withoutSheet.text("xl/workbook.xml").contains("Rejected"))
    #expect(!withoutSheet.text("xl/workbook.xml").contains("Ditolak"))
  }

  // MARK: Document

  @Test("Document parts are well-formed XML", arguments: GoldenScenario.all, Language.allCases)
  func documentXML(scenario: GoldenScenario, language: Language) throws {
    let document = LaporanBuilder(
      responses: try scenario.responses(),
      options: scenario.options(language)
    ).build()
    let entries = try StoredZip(DOCXRenderer.render(document)).entries
    #expect(entries.first?.name == "[Content_Types].xml")
    for entry in entries {
      #expect(isWellFormed(entry.contents), "\(entry.name) is not well-formed")
    }
    let names = Set(entries.map(\.name))
    for part in [
      "_rels/.rels", "docProps/core.xml", "word/document.xml", "word/styles.xml",
      "word/numbering.xml", "word/settings.xml", "word/footer1.xml",
      "word/_rels/document.xml.rels",
    ] {
      #expect(names.contains(part), "missing \(part)")
    }
  }

  @Test("Document uses heading styles and its language", arguments: Language.allCases)
  func documentStructure(language: Language) throws {
    let scenario = GoldenScenario.mahulu
    let document = LaporanBuilder(
      responses: try scenario.responses(),
      options: scenario.options(language)
    ).build()
    let zip = try StoredZip(DOCXRenderer.render(document))
    let body = zip.text("word/document.xml")
    let styles = zip.text("word/styles.xml")
    let chapter = language == .indonesian ? "BAB I Pendahuluan" : "Chapter I Introduction"
    let fragments = [
      (styles, "w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"),
      (styles, "w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"),
      (styles, "<w:lang w:val=\"\(language == .indonesian ? "id-ID" : "en-US")\"/>"),
      (
        body,
        "<w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t xml:space=\"preserve\">\(chapter)</w:t>"
      ),
      (body, "<w:pStyle w:val=\"Heading2\"/>"),
      (body, "<w:instrText xml:space=\"preserve\"> TOC \\o \"1-2\" \\h \\z \\u </w:instrText>"),
      (body, "<w:numId w:val=\"1\"/>"),
      (body, "<w:tblHeader/>"),
      (body, "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"),
      (body, language == .indonesian ? ">92,84<" : ">92.84<"),
      (body, ">Nama Pejabat<"),
    ]
    for (part, fragment) in fragments {
      let found = part.contains(fragment)
      #expect(found, "missing \(fragment)")
    }
  }

  @Test("Document escapes hostile text", arguments: Language.allCases)
  func documentEscaping(language: Language) throws {
    let scenario = GoldenScenario.hostile
    var responses = try scenario.responses()
    responses[0].suggestion! += "\u{0}\u{8}\u{202E}"
    let document = LaporanBuilder(responses: responses, options: scenario.options(language))
      .build()
    let body = try StoredZip(DOCXRenderer.render(document)).text("word/document.xml")
    let checks = [
      ("<script", false), ("<svg", false), ("\u{0}", false), ("\u{202E}", false),
      ("&lt;/style&gt;&lt;script&gt;alert(&apos;saran&apos;)", true),
    ]
    for (fragment, expected) in checks {
      let found = body.contains(fragment)
      #expect(found == expected, "\(fragment) found: \(found)")
    }
  }

  @Test("Bar chart fits Word's 63 columns")
  func manyBars() throws {
    let bars = (0..<200).map { index in
      BarChart.Bar(
        label: "Layanan \(index)",
        percent: FixedDecimal(units: BigInt(index), places: 1),
        valueText: "\(index)"
      )
    }
    let xml = WordBarTable(BarChart(title: "Banyak layanan", bars: bars)).render()
    let columns = xml.components(separatedBy: "<w:gridCol ").count - 1
    #expect(columns <= 63)
    #expect(columns > 3)
    #expect(
      isWellFormed(
        Array(("<w:body xmlns:w=\"\(WordprocessingML.namespace)\">" + xml + "</w:body>").utf8)
      )
    )
  }

  // MARK: Helpers

  private func survey(_ responses: [Response]) -> SurveyAccumulator {
    var survey = SurveyAccumulator()
    for response in responses { survey.add(response) }
    return survey
  }

  /// Returns the cells of sheet `number` by reference.
  private func cells(_ workbook: Data, sheet number: Int) throws -> [String: SheetCellReader.Cell] {
    let xml = try StoredZip(workbook).entries.first {
      $0.name == "xl/worksheets/sheet\(number).xml"
    }
    let reader = SheetCellReader()
    let parser = XMLParser(data: Data(try #require(xml).contents))
    parser.delegate = reader
    #expect(parser.parse())
    return reader.cells
  }

  private func isWellFormed(_ bytes: [UInt8]) -> Bool {
    XMLParser(data: Data(bytes)).parse()
  }
}

/// Reads a ZIP archive of stored entries the way an unzip tool does: from the end record
/// through the central directory to each local header, checking every CRC-32.
struct StoredZip {
  struct Entry {
    var name: String
    var flags: UInt16
    var dosTime: UInt16
    var dosDate: UInt16
    var contents: [UInt8]
  }

  struct Invalid: Error, CustomStringConvertible {
    var description: String
  }

  let entries: [Entry]

  init(_ data: Data) throws {
    let bytes = [UInt8](data)
    func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
    func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }

    guard bytes.count >= 22, u32(bytes.count - 22) == 0x0605_4B50 else {
      throw Invalid(description: "end of central directory record not found at the end")
    }
    let end = bytes.count - 22
    let count = u16(end + 10)
    var cursor = u32(end + 16)
    guard cursor + u32(end + 12) == end else {
      throw Invalid(description: "central directory does not end at the end record")
    }
    var entries: [Entry] = []
    for _ in 0..<count {
      guard u32(cursor) == 0x0201_4B50 else {
        throw Invalid(description: "invalid central directory header signature")
      }
      let flags = UInt16(u16(cursor + 8))
      guard u16(cursor + 10) == 0 else {
        throw Invalid(description: "compressed entry; only stored entries are expected")
      }
      let crc = UInt32(u32(cursor + 16))
      let size = u32(cursor + 24)
      let nameLength = u16(cursor + 28)
      let local = u32(cursor + 42)
      let name = String(decoding: bytes[cursor + 46..<cursor + 46 + nameLength], as: UTF8.self)
      guard u32(local) == 0x0403_4B50, u16(local + 26) == nameLength,
        u32(local + 14) == Int(crc), u32(local + 22) == size
      else {
        throw Invalid(description: "local header of \(name) does not match its central header")
      }
      let start = local + 30 + nameLength + u16(local + 28)
      let contents = Array(bytes[start..<start + size])
      guard CRC32.checksum(contents) == crc else {
        throw Invalid(description: "CRC-32 mismatch in \(name)")
      }
      entries.append(
        Entry(
          name: name,
          flags: flags,
          dosTime: UInt16(u16(cursor + 12)),
          dosDate: UInt16(u16(cursor + 14)),
          contents: contents
        )
      )
      cursor += 46 + nameLength + u16(cursor + 30) + u16(cursor + 32)
    }
    self.entries = entries
  }

  /// Returns the text of the entry `name`, or an empty string when there is none.
  func text(_ name: String) -> String {
    entries.first { $0.name == name }?.text ?? ""
  }
}

extension StoredZip.Entry {
  var text: String { String(decoding: contents, as: UTF8.self) }
}

/// Collects the cells of a worksheet part: reference, type, formula, value and inline text.
final class SheetCellReader: NSObject, XMLParserDelegate {
  struct Cell {
    var type: String?
    var formula: String?
    var value: String?
    var text: String?
  }

  var cells: [String: Cell] = [:]
  private var reference: String?
  private var element = ""
  private var characters = ""

  func parser(
    _ parser: XMLParser,
    didStartElement name: String,
    namespaceURI: String?,
    qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    if name == "c", let reference = attributes["r"] {
      self.reference = reference
      cells[reference] = Cell(type: attributes["t"])
    }
    element = name
    characters = ""
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) {
    characters += string
  }

  func parser(
    _ parser: XMLParser,
    didEndElement name: String,
    namespaceURI: String?,
    qualifiedName: String?
  ) {
    guard let reference else { return }
    switch name {
    case "f": cells[reference]?.formula = characters
    case "v": cells[reference]?.value = characters
    case "t": cells[reference]?.text = characters
    case "c": self.reference = nil
    default: break
    }
  }
}
