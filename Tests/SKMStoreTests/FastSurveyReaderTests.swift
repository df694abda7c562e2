import Foundation
import SKMCore
import SKMSampleExports
import SKMScoring
import SKMTestSupport
import Testing

@testable import SKMStore

/// What a report takes from a file: the counts per service, unit and profile, and the sample.
private struct SurveyOutcome: Equatable {
  var survey: SurveyAccumulator
  var sample: ResponseSample
}

/// Reads `data` the reference way: every accepted response added to a ``SurveyAccumulator``
/// and a ``ResponseSample`` in file order.
private func referenceSurvey(
  _ data: Data,
  limits: ResponseSample.Limits,
  options: ResponseImportOptions
) throws -> SurveyOutcome {
  let reader = try CSVReader(data: data, displayName: "data.csv")
  var survey = SurveyAccumulator()
  var sample = ResponseSample(limits: limits)
  _ = try ResponseCSVImporter(options: options).read(
    reader,
    response: { response, _ in
      survey.add(response)
      sample.add(response)
    },
    rejected: { _ in }
  )
  return SurveyOutcome(survey: survey, sample: sample)
}

private func fastSurvey(
  _ data: Data,
  chunks: Int,
  limits: ResponseSample.Limits,
  options: ResponseImportOptions
) throws -> SurveyOutcome {
  var reader = FastTallyReader(options: options)
  reader.chunkCount = chunks
  let read = try reader.surveyData(data, displayName: "data.csv", sample: limits)
  let survey = try SurveyAccumulator(read.groups)
  #expect(
    survey.overall == ScoreAccumulator(tally: read.tally.tally, respondents: read.tally.respondents)
  )
  return SurveyOutcome(survey: survey, sample: read.sample)
}

/// Checks that 1 to 4 chunks give the reference counts and sample, with limits that list and
/// quote everything and with limits small enough that the byte loop counts most rows.
private func expectReferenceSurvey(
  _ text: String,
  options: ResponseImportOptions = ResponseImportOptions(),
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  let data = Data(text.utf8)
  for limits in [
    ResponseSample.Limits(), ResponseSample.Limits(listed: 0, suggestionsPerService: 0),
    ResponseSample.Limits(listed: 3, suggestionsPerService: 2),
  ] {
    let expected = try referenceSurvey(data, limits: limits, options: options)
    for chunks in 1...4 {
      let actual = try fastSurvey(data, chunks: chunks, limits: limits, options: options)
      #expect(actual == expected, "\(chunks) chunks, \(limits)", sourceLocation: sourceLocation)
    }
  }
}

private let header =
  "id,created_at,bagian,jenis_layanan,jenis_kelamin,usia,pendidikan,pekerjaan,u1,u2,u3,u4,u5,u6,u7,u8,u9,saran\n"
private let answers = "4,3,3,4,4,4,4,4,4"

/// Files whose profile, timestamp and suggestion cells test one rule of the import each.
private let profileCases: [(String, String)] = [
  (
    "spellings of one value",
    header + "1,2025-01-02 08:00:00,umum,Konsultasi,L,30,SMA / SMK,ASN,\(answers),\n"
      + "2,2025-01-02 09:00:00,umum,Konsultasi,Laki-laki,30 tahun,sma/smk,asn,\(answers),\n"
      + "3,2025-01-03 09:00:00, umum ,\"Konsultasi\",laki - laki,30thn,SMA,PNS,\(answers),\n"
      + "4,2025-01-03 09:00:00,,,x,dua,,,\(answers),\n"
  ),
  (
    "timestamps the import reads and does not",
    header + "1,05/03/2025 10:00,a,s,P,20,SD,TNI,\(answers),\n"
      + "2,2025-03-01T10:00:00,a,s,P,20,SD,TNI,\(answers),\n"
      + "3,2025-02-30 10:00:00,a,s,P,20,SD,TNI,\(answers),\n"
      + "4,2024-12-31 99:00,a,s,P,20,SD,TNI,\(answers),\n"
      + "5,31/12/2024T10:00,a,s,P,20,SD,TNI,\(answers),\n"
      + "6, 2024-12-30 10:00,a,s,P,20,SD,TNI,\(answers),\n"
      + "7,\"2024-12-29 10:00\",a,s,P,20,SD,TNI,\(answers),\n"
      + "8,2024-12-28\t10:00,a,s,P,20,SD,TNI,\(answers),\n"
      + "9,28/12/2024\t,a,s,P,20,SD,TNI,\(answers),\n"
      + "10,2025-03-02 10:00 ,a,s,P,20,SD,TNI,\(answers),\n"
      + "11,2025-03-03,a,s,P,20,SD,TNI,\(answers),\n"
      + "12,tanggal,a,s,P,20,SD,TNI,\(answers),\n"
  ),
  (
    "timestamps without a space or T",
    header + "1,1700000000,a,s,P,20,SD,TNI,\(answers),\n"
      + "2,20250102103000,a,s,P,20,SD,TNI,\(answers),\n"
      + "3,45678.4375,a,s,P,20,SD,TNI,\(answers),\n"
      + "4,2025-01-09,a,s,P,20,SD,TNI,\(answers),\n"
      + "5,2024-11-30,a,s,P,20,SD,TNI,\(answers),\n"
      + "6,2024-11-31,a,s,P,20,SD,TNI,\(answers),\n"
      + "7,09/01/2025,a,s,P,20,SD,TNI,\(answers),\n"
  ),
  (
    "suggestions blank, quoted and unusual",
    header + "1,,a,s,P,20,SD,TNI,\(answers),   \n"
      + "2,,a,s,P,20,SD,TNI,\(answers),\"  \"\n"
      + "3,,a,s,P,20,SD,TNI,\(answers),\u{00A0}\n"
      + "4,,a,s,P,20,SD,TNI,\(answers),\u{00A0}ok\u{3000}\n"
      + "5,,a,s,P,20,SD,TNI,\(answers),\"baik, \"\"sekali\"\"\"\n"
      + "6,,a,s,P,20,SD,TNI,\(answers),\t\u{0B}\n"
      + "7,,a,s,P,20,SD,TNI,\(answers),\"\n\"\n"
      + "8,,a,s,P,20,SD,TNI,\(answers),\u{200B}\n"
      + "9,,b,t,P,20,SD,TNI,\(answers),ramah\n"
      + "10,,b,,P,20,SD,TNI,\(answers),tanpa layanan\n"
      + "11,,b,,P,20,SD,TNI,\(answers),lagi\n"
  ),
  (
    "two suggestion columns",
    "id,layanan,kritik,saran,u1,u2,u3\n1,s,,ok,4,4,4\n2,s,lambat,,4,4,4\n3,s, , ,4,4,4\n"
      + "4,s,a,b,4,4,4\n5,s,\" x\",y ,4,4,4\n6,s,,,4,4,4\n7,s,c,,4,4,4\n"
  ),
  (
    "repeated profile columns",
    "id,layanan,jenis layanan,usia,umur,u1,u2\n1,a,b,20,,4,4\n2,a,,20,30,4,4\n3,,b,x,30,3,3\n"
      + "4,a,b,20,30,4,4\n5,a,c,,,4,4\n"
  ),
  (
    "rows the byte loop hands over",
    header + "1,2025-01-02,a,s,P,20,SD,TNI,Sangat sesuai,3,3,4,4,4,4,4,4,x\n"
      + "2,2025-01-01,a,s,P,20,SD,TNI, 4,3,3,4,4,4,4,4,4,y\n"
      + "3,2025-01-05,a,s,P,20,SD,TNI,\(answers),\"a\n,,,,,,,,,,,,,,,,,\"\n"
      + "4,2025-01-04,a,é,P,20,SD,TNI,\(answers),é\n"
      + "5,2025-01-04,a,s,P,20,SD,TNI,9,3,3,4,4,4,4,4,4,ditolak\n"
      + "6,2025-01-06,a,s,P,20,SD,TNI,,,,,,,,,,kosong\n"
      + "7,2025-01-07,a,s,P,20,SD,TNI\n"
  ),
]

@Suite("FastTallyReader survey counts")
struct FastSurveyReaderTests {
  @Test("Fixtures match the reference", arguments: Fixture.allCases)
  func fixtures(fixture: Fixture) throws {
    try expectReferenceSurvey(String(decoding: fixture.data, as: UTF8.self))
  }

  @Test("Generated exports match the reference", arguments: [1, 7, 2026])
  func generatedExports(seed: UInt64) throws {
    try expectReferenceSurvey(ExportGenerator.csv(rows: 3_000, seed: seed))
  }

  @Test("Profile, timestamp and suggestion cells", arguments: profileCases)
  func profileCells(name: String, text: String) throws {
    try expectReferenceSurvey(text)
  }

  @Test("Timestamp prefixes beyond the cap")
  func manyTimestampPrefixes() throws {
    var text = header
    for day in 0..<5_000 {
      // A day number past the end of the month is a prefix without a date.
      let date =
        "20\(10 + day / 372)-\(String(format: "%02d", 1 + day / 31 % 12))-\(String(format: "%02d", 1 + day % 31))"
      text += "\(day),\(date) 10:00,a,s,P,20,SD,TNI,\(answers),\n"
    }
    try expectReferenceSurvey(text)
  }

  @Test("Default unit fills missing units")
  func defaultUnit() throws {
    let text = "unit,u1,u2\n,4,4\nhukum,3,3\n,2,2\n"
    try expectReferenceSurvey(text, options: ResponseImportOptions(defaultUnitID: "umum"))
    try expectReferenceSurvey(
      "u1,u2\n4,4\n3,3\n",
      options: ResponseImportOptions(defaultUnitID: "umum")
    )
  }

  @Test("Random cells match the reference")
  func randomCells() throws {
    let cells = [
      "", " ", "L", "P", "pria", "x", "20", "20 tahun", "-3", "SMA", "S1", "\"a,b\"", "\"\"",
      "é", "2025-01-0\(1)", "01/02/2025 10:00", "2025-13-01", "\u{00A0}", "\"\n\"", "ok",
    ]
    var random = ExportGenerator(seed: 41)
    for _ in 0..<60 {
      var text = header
      for row in 0..<random.next(40) {
        let profile = (0..<6).map { _ in cells[random.next(cells.count)] }
        let scores = (0..<9).map { _ in random.next(6) == 0 ? "" : String(1 + random.next(4)) }
        text += "\(row),\(cells[random.next(cells.count)]),\(profile.joined(separator: ",")),"
        text += scores.joined(separator: ",") + ",\(cells[random.next(cells.count)])\n"
      }
      try expectReferenceSurvey(text)
    }
  }

  @Test("Parallel mapped file matches the reference")
  func mappedFile() throws {
    let text = ExportGenerator.csv(rows: 60_000, seed: 3)
    let data = Data(text.utf8)
    #expect(data.count > FastTallyReader.parallelThreshold)
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("fast-survey-\(UUID().uuidString).csv")
    try data.write(to: url)
    defer { try? FileManager.default.removeItem(at: url) }

    let limits = ResponseSample.Limits(listed: 50, suggestionsPerService: 10)
    let read = try FastTallyReader().surveyFile(at: url, displayName: "data.csv", sample: limits)
    let expected = try referenceSurvey(data, limits: limits, options: ResponseImportOptions())
    #expect(
      SurveyOutcome(survey: try SurveyAccumulator(read.groups), sample: read.sample) == expected
    )
    #expect(read.sample.listed.count == 50)
    #expect(read.sample.suggestions.values.allSatisfy { $0.quoted.count == 10 })
    #expect(read.sample.suggestions.values.allSatisfy { $0.total > 10 })
  }
}
