import Foundation
import SKMSampleExports
import SKMCore
import SKMScoring
import SKMTestSupport
import Testing

@testable import SKMStore

/// What an import made of a file, in the terms that both paths share.
private struct TallyOutcome: Equatable {
  var accumulator: ScoreAccumulator
  var collected: Int
  var accepted: Int
  var rejected: Int
  var warnings: [SKMError]
  var warningCount: Int
  var rejectedRows: [RejectedRow]
  var rejectionsByCode: [SKMError.Code: Int]
  var problemCount: Int
}

/// The outcome of an import, or the error that stopped it.
private enum ImportOutcome: Equatable {
  case read(TallyOutcome)
  case failed(SKMError)
}

/// Imports `data` the reference way: ``CSVReader``, ``ResponseCSVImporter`` and a
/// ``ScoreAccumulator`` fed one response at a time.
private func referenceOutcome(
  _ data: Data,
  limits: CSVLimits = CSVLimits(),
  order: NumberedColumnOrder = .questionnaire
) -> ImportOutcome {
  do {
    let reader = try CSVReader(data: data, displayName: "data.csv", limits: limits)
    let importer = ResponseCSVImporter(
      options: ResponseImportOptions(numberedColumnOrder: order)
    )
    var accumulator = ScoreAccumulator(questionnaire: .standard)
    var rows: [RejectedRow] = []
    let summary = try importer.read(
      reader,
      response: { response, _ in accumulator.add(response) },
      rejected: { rows.append($0) }
    )
    // The fast path gives no warnings about unreadable profile values, by design.
    let warnings = summary.warnings.filter { $0.code != .importInvalidProfileValue }
    var codes: [SKMError.Code: Int] = [:]
    for row in rows {
      for code in Set(row.problems.map(\.code)) { codes[code, default: 0] += 1 }
    }
    return .read(
      TallyOutcome(
        accumulator: accumulator,
        collected: summary.collected,
        accepted: summary.accepted,
        rejected: summary.rejected,
        warnings: warnings,
        warningCount: warnings.count,
        rejectedRows: rows,
        rejectionsByCode: codes,
        problemCount: rows.reduce(0) { $0 + $1.problems.count }
      )
    )
  } catch {
    return .failed(error as! SKMError)
  }
}

/// Counts `data` with ``FastTallyReader`` split into `chunks` chunks, collecting every rejected
/// row through the handler.
private func fastOutcome(
  _ data: Data,
  chunks: Int?,
  limits: CSVLimits = CSVLimits(),
  order: NumberedColumnOrder = .questionnaire
) -> ImportOutcome {
  var reader = FastTallyReader(
    options: ResponseImportOptions(numberedColumnOrder: order),
    limits: limits
  )
  reader.chunkCount = chunks
  var rows: [RejectedRow] = []
  do {
    let tally = try reader.tallyData(data, displayName: "data.csv", rejected: { rows.append($0) })
    #expect(tally.firstRejectedRows == Array(rows.prefix(reader.keptRejectedRows)))
    return .read(outcome(of: tally, rejectedRows: rows))
  } catch {
    return .failed(error as! SKMError)
  }
}

private func outcome(of tally: ResponseTally, rejectedRows: [RejectedRow]) -> TallyOutcome {
  TallyOutcome(
    accumulator: ScoreAccumulator(tally: tally.tally, respondents: tally.respondents),
    collected: tally.summary.collected,
    accepted: tally.summary.accepted,
    rejected: tally.summary.rejected,
    warnings: tally.summary.warnings,
    warningCount: tally.summary.warningCount,
    rejectedRows: rejectedRows,
    rejectionsByCode: tally.rejectionsByCode,
    problemCount: tally.problemCount
  )
}

/// Checks that every chunk count from 1 to 4 gives the reference outcome, with and without a
/// handler for rejected rows.
private func expectReferenceOutcome(
  _ data: Data,
  limits: CSVLimits = CSVLimits(),
  order: NumberedColumnOrder = .questionnaire,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let expected = referenceOutcome(data, limits: limits, order: order)
  for chunks in 1...4 {
    let actual = fastOutcome(data, chunks: chunks, limits: limits, order: order)
    #expect(actual == expected, "\(chunks) chunks", sourceLocation: sourceLocation)

    var reader = FastTallyReader(
      options: ResponseImportOptions(numberedColumnOrder: order),
      limits: limits
    )
    reader.chunkCount = chunks
    guard case .read(let reference) = expected,
      let tally = try? reader.tallyData(data, displayName: "data.csv")
    else { continue }
    #expect(
      tally.firstRejectedRows == Array(reference.rejectedRows.prefix(reader.keptRejectedRows)),
      "\(chunks) chunks without a handler",
      sourceLocation: sourceLocation
    )
    #expect(tally.summary.rejected == reference.rejected, sourceLocation: sourceLocation)
  }
}

private func expectReferenceOutcome(
  _ text: String,
  limits: CSVLimits = CSVLimits(),
  order: NumberedColumnOrder = .questionnaire,
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  expectReferenceOutcome(
    Data(text.utf8),
    limits: limits,
    order: order,
    sourceLocation: sourceLocation
  )
}

private let header = "id,usia,u1,u2,u3,u4,u5,u6,u7,u8,u9,saran\n"

/// Small files that each exercise one rule of the CSV format or of the import.
private let trickyCases: [(String, String)] = [
  ("CRLF", "id,u1,u2,u3\r\n1,4,3,2\r\n2,1,2,3\r\n"),
  ("lone CR", "id,u1,u2,u3\r1,4,3,2\r2,1,2,3\r"),
  ("mixed line ends", "id,u1,u2,u3\n\n1,4,3,2\r\n\r\n2,1,2,3\r\r3,4,4,4\n\r"),
  ("byte order mark", "\u{FEFF}id,u1,u2,u3\n1,4,3,2\n"),
  ("semicolons", "No;U1. Persyaratan, syarat;U2;U3\n1;4;3;2\n2;\"1\";2;3\n"),
  ("tabs", "id\tu1\tu2\tu3\n1\t4\t3\t2\n2\t1\t\t3\n"),
  ("labels", header + "1,30,Sangat sesuai,Sesuai,d,D.,(c),b),A,4,4,\n"),
  ("invalid values", header + "1,30,5,0,-1,+3,3.5,03,A+,x,4,\n2,30,4,4,4,4,4,4,4,4,4,\n"),
  ("spaces", header + "1,30, 4,3 , 2 ,\t1,4,4,4,4,4,\n2,30,  ,4,4,4,4,4,4,4,4,\n"),
  ("quoted answers", header + "1,30,\"4\",\"\",\"3\"x,3\",\"\"\"\",4,4,4,4,\n"),
  ("too few fields", header + "1,30,4,4,4\n2,30,4,4,4,4,4,4,4,4,4,\n"),
  ("too many fields", header + "1,30,4,4,4,4,4,4,4,4,4,,x\n2,30,4,4,4,4,4,4,4,4,4,,,\n"),
  ("quoted empty extra field", header + "1,30,4,4,4,4,4,4,4,4,4,,\"\"\n"),
  ("empty rows", header + ",,,,,,,,,,,\n , ,\t,,,,,,,,,\n1,30,4,4,4,4,4,4,4,4,4,\n"),
  ("blank answers", header + "1,30,,,,,,,,,,\n2,,,,,,,,,,,ok\n3,30,4,,,,,,,,,\n"),
  ("no final line break", header + "1,30,4,4,4,4,4,4,4,4,4,ok"),
  ("final delimiter", header + "1,30,4,4,4,4,4,4,4,4,4,"),
  ("final CR", header + "1,30,4,4,4,4,4,4,4,4,4,\r"),
  ("header only", header),
  ("header without line break", "id,u1,u2,u3"),
  ("empty lines before the header", "\n\r\n\rid,u1,u2\n1,4,4\n"),
  ("non-ASCII text", header + "1,30,4,4,4,4,4,4,4,4,4,Pelayanan sangat baik 👍 café\n"),
  ("non-ASCII answer", header + "1,30,４,4,4,4,4,4,4,4,4,\n2,30,3\u{301},4,4,4,4,4,4,4,4,\n"),
  ("non-ASCII line break", header + "1,30,4,4,4,4,4,4,4,4,4,\"Terima kasih,\nbaik é\"\n"),
  ("Unicode line separators", header + "1,30,4,4,4,4,4,4,4,4,4,a\u{85}b\u{2028}c\u{2029}d\n"),
  ("VT and FF", header + "1,30,4,4,4,4,4,4,4,4,4,a\u{0B}b\u{0C}c\n"),
  (
    "swallowed rows",
    header + "1,30,4,4,4,4,4,4,4,4,4,\"tidak ditutup\n2,30,4,4,4,4,4,4,4,4,4,\n3\"\n"
  ),
  (
    "swallowed rows with semicolons",
    header
      + "1,30,4,4,4,4,4,4,4,4,4,\"a\n\n;;;;;;;;;;;\"\n2,30,4,4,4,4,4,4,4,4,4,\"\n,,,,,,,,,,,\"\n"
  ),
  (
    "swallowed rows in non-ASCII text",
    header + "1,30,4,4,4,4,4,4,4,4,4,\"é\n,,,,,,,,,,,\"\n2,30,4,4,4,4,4,4,4,4,4,\"é\n,,,,,\"\n"
  ),
  (
    "swallowed rows behind a VT",
    header + "1,30,4,4,4,4,4,4,4,4,4,a\u{0B};;;;;;;;;;;\n"
  ),
  ("one column header", "u1\n4\n3\n\n2\n"),
  ("two column header", "u1,u2\n4,\"a\n,\"\n3,3\n"),
  ("profile warnings", header + "1,dua puluh,4,4,4,4,4,4,4,4,4,\n2,30,4,4,4,4,4,4,4,4,4,\n"),
  ("personal data and missing unsur", "nama,u1,u2\nBudi,4,4\n"),
  ("quotes inside unquoted fields", header + "1,3\"0,4,4,4,4,4,4,4,4,4,5\" disk\n"),
  ("bytes after a closing quote", header + "1,\"3\"0,4,4,4,4,4,4,4,4,4,\"a\"b\"c\n"),
]

/// Inputs that stop the reference import, each as bytes before, text and bytes after.
private let errorCases: [(String, Data)] = {
  var cases: [(String, Data)] = []
  func add(_ name: String, head: [UInt8] = [], _ text: String, tail: [UInt8] = []) {
    cases.append((name, Data(head) + Data(text.utf8) + Data(tail)))
  }
  let row = "1,30,4,4,4,4,4,4,4,4,4,"
  add("invalid UTF-8", header + row + "caf", tail: [0xE9, 0x0A])
  add("invalid UTF-8 in quotes", header + row + "\"a\n", tail: [0xC3, 0x22, 0x0A])
  add("invalid UTF-8 in the header", "id,u1,sar", tail: [0xFF, 0x0A, 0x31, 0x2C, 0x34, 0x0A])
  add("NUL", header + row + "\n2,30,4,4", tail: [0x00, 0x0A])
  add("NUL in quotes", header + row + "\"a", tail: [0x00, 0x22, 0x0A])
  add("unclosed quote", header + row + "\n" + row + "\"ab\n3,30\n")
  add("UTF-16", head: [0xFF, 0xFE], "i\0d\0")
  add("empty", "")
  add("blank lines only", "\n\r\n")
  add("no unsur columns", "nama,umur\nA,30\n")
  add("duplicate unsur columns", "u1,persyaratan\n4,4\n")
  add("error after rejected rows", header + "1,30,9\n" + row + "\"\n")
  return cases
}()

@Suite("FastTallyReader")
struct FastTallyReaderTests {
  @Test("Fixtures count as the reference import does", arguments: Fixture.allCases)
  func fixtures(fixture: Fixture) throws {
    expectReferenceOutcome(fixture.data)

    let tally = try FastTallyReader().tallyFile(at: fixture.url, displayName: "data.csv")
    #expect(
      referenceOutcome(fixture.data) == .read(outcome(of: tally, rejectedRows: [])),
      "a mapped file without a handler for rejected rows"
    )
  }

  @Test("Fixtures under the regulation's u1…u9 order", arguments: Fixture.allCases)
  func fixturesInRegulationOrder(fixture: Fixture) {
    expectReferenceOutcome(fixture.data, order: .regulation)
  }

  @Test("Generated exports count as the reference import does", arguments: [1, 7, 2026])
  func generatedExports(seed: UInt64) {
    expectReferenceOutcome(ExportGenerator.csv(rows: 2_000, seed: seed))
  }

  @Test("Generated export read from a mapped file in parallel")
  func generatedFileInParallel() throws {
    // Large enough that each of two chunks releases pages behind its scan.
    var generator = ExportGenerator(seed: 5)
    var text = ExportGenerator.header
    var line = 2
    var invalidLines: [Int] = []
    for number in 1...90_000 {
      var row = generator.row(number: number)
      if number % 9_000 == 0 {
        row =
          "\(number),2025-01-01 08:00:00,umum,Konsultasi,Perempuan,30,SD,ASN,4,5,4,4,4,4,4,4,4,\n"
        invalidLines.append(line)
      }
      text += row
      line += row.utf8.filter { $0 == UInt8(ascii: "\n") }.count
    }
    let data = Data(text.utf8)
    #expect(data.count > 2 * ChunkScanner.releaseInterval)
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("fast-tally-\(UUID().uuidString).csv")
    try data.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }

    var rows: [RejectedRow] = []
    let mapped = try FastTallyReader().tallyFile(
      at: url,
      displayName: "data.csv",
      rejected: { rows.append($0) }
    )
    #expect(rows.map(\.line) == invalidLines)
    #expect(fastOutcome(data, chunks: 1) == .read(outcome(of: mapped, rejectedRows: rows)))
    #expect(mapped.respondents == 90_000 - invalidLines.count)
  }

  @Test("Split points move through quoted line breaks and CRLF pairs")
  func splitPointsThroughQuotedFields() {
    let rows = [
      "1,20,4,4,4,4,4,4,4,4,4,\"baris satu\r\nbaris dua\r\n\"\r\n",
      "2,21,3,3,3,3,3,3,3,3,3,\"a\n\nb, \"\"c\"\"\nd\"\r\n",
      "3,22,\"4\",2,2,2,2,2,2,2,2,\"\r\"\r",
      "4,23,1,1,1,1,1,1,1,1,1,\"\n4,4,4,4,4,4,4,4,4,4,4,\n\"\n",
      "5,24,Sangat sesuai,4,4,4,4,4,4,4,4,\"ok\"\n",
      "6,25,4,4,4,4,4,4,4,4,4,\"x\"\"\n\"\"y\"\n",
    ]
    for padding in 0..<48 {
      let first = "0,\(String(repeating: "9", count: padding)),4,4,4,4,4,4,4,4,4,\n"
      let text = header + first + rows.joined() + rows.reversed().joined()
      expectReferenceOutcome(text)
    }
  }

  @Test("Tricky files count as the reference import does", arguments: trickyCases)
  func trickyFiles(name: String, text: String) {
    expectReferenceOutcome(text)
  }

  @Test("Many rejected rows keep the first ones and count all")
  func manyRejectedRows() {
    var text = header
    for row in 1...60 {
      text += row % 3 == 0 ? "\(row),30,4,4,4\n" : "\(row),30,4,4,9,4,4,4,4,4,x,\n"
    }
    expectReferenceOutcome(text)
  }

  @Test("Errors match the reference import", arguments: errorCases)
  func errors(name: String, data: Data) {
    guard case .failed = referenceOutcome(data) else {
      Issue.record("the reference import reads \(name) without error")
      return
    }
    expectReferenceOutcome(data)
  }

  @Test(
    "Limits match the reference import",
    arguments: [
      ("field too large", "1,30,4,4,4,4,4,4,4,4,4,0123456789abcdefghij\n"),
      ("quoted field too large", "1,30,4,4,4,4,4,4,4,4,4,\"0123456789\nabcdefghij\"\n"),
      ("record too large", "1,30,4,4,4,4,4,4,4,4,4,0123456789,0123456789,0123456789\n"),
      ("too many fields", "1,30,4,4,4,4,4,4,4,4,4,,,,,,,,,,,,,,,,,,,,,,,,,,,,,,\n"),
      ("within the limits", "1,30,4,4,4,4,4,4,4,4,4,0123456789abcdef\n"),
    ]
  )
  func limits(name: String, row: String) {
    let limits = CSVLimits(maxFieldBytes: 16, maxFieldsPerRecord: 30, maxRecordBytes: 56)
    expectReferenceOutcome(
      header + "0,30,4,4,4,4,4,4,4,4,4,\n" + row + "2,30,4,4,4,4,4,4,4,4,4,\n",
      limits: limits
    )
  }

  @Test("Random files count as the reference import does")
  func randomFiles() {
    let tokens: [[UInt8]] =
      [
        "1", "2", "3", "4", "4", "4", "5", "a", "Sangat sesuai", " ", ",", ",", ",", ";", "\"",
        "\"\"", "\n", "\n", "\r\n", "\r", "é", "\u{2028}", "\u{0B}", "x", "30", ",,,,,,,,,",
      ].map { Array($0.utf8) } + [[0xFF], [0x00]]
    var random = ExportGenerator(seed: 99)
    for _ in 0..<300 {
      var bytes = Array((random.next(4) == 0 ? "u1;u2;u3;saran\n" : "u1,u2,u3,saran\n").utf8)
      for _ in 0..<random.next(60) {
        // Invalid bytes stop the import, so they are rare.
        let token = tokens[random.next(random.next(8) == 0 ? tokens.count : tokens.count - 2)]
        bytes += token
      }
      let limits =
        random.next(4) == 0
        ? CSVLimits(maxFieldBytes: 8, maxFieldsPerRecord: 12, maxRecordBytes: 24) : CSVLimits()
      expectReferenceOutcome(Data(bytes), limits: limits)
    }
  }

  @Test("Respondents include rows that answer no unsur")
  func respondentsWithBlankAnswers() throws {
    let text = header + "1,30,4,4,4,4,4,4,4,4,,\n2,30,,,,,,,,,,ok\n3,30,3,,,,,,,,,\n"
    let tally = try FastTallyReader().tallyData(Data(text.utf8), displayName: "data.csv")
    #expect(tally.respondents == 3)
    #expect(tally.tally.respondents == 2)
    let accumulator = ScoreAccumulator(tally: tally.tally, respondents: tally.respondents)
    #expect(accumulator.respondents == 3)
    #expect(accumulator.tally(unsurAt: 0) == [0, 0, 1, 1])
  }

  @Test("Files that cannot be mapped are read as a stream")
  func unmappableFiles() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("fast-tally-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let empty = folder.appendingPathComponent("kosong.csv")
    try Data().write(to: empty)

    for url in [
      folder, empty, folder.appendingPathComponent("hilang.csv"), URL(filePath: "/dev/null"),
    ] {
      let fast = #expect(throws: SKMError.self) {
        try FastTallyReader().tallyFile(at: url)
      }
      let reference = #expect(throws: SKMError.self) {
        try ResponseCSVImporter().importFile(at: url)
      }
      #expect(fast == reference, "\(url.path)")
    }
  }
}
