import Foundation
import SKMCore
import SKMScoring
import SKMTestSupport
import Testing

@testable import SKMStore

private func importText(
  _ text: String,
  order: NumberedColumnOrder = .questionnaire,
  file: String = "data.csv"
) throws -> ResponseImport {
  try ResponseCSVImporter(options: ResponseImportOptions(numberedColumnOrder: order))
    .importData(Data(text.utf8), displayName: file)
}

private func konversi(_ imported: ResponseImport, _ policy: WeightPolicy = .exact) -> String? {
  var accumulator = ScoreAccumulator(questionnaire: .standard)
  for response in imported.responses { accumulator.add(response) }
  return IKMResult(accumulator, weightPolicy: policy).konversi?.formatted()
}

@Suite("Response CSV import")
struct ResponseCSVImporterTests {
  @Test(
    "Real exports give the published figures",
    arguments: [
      (Fixture.mahulu, 26, "92.84", "92.75", "91.91"),
      (.sekadau, 49, "78.74", "78.66", "77.95"),
      (.sekadauExcel, 49, "78.74", "78.66", "77.95"),
      (.mahuluGoogleForms, 26, "92.84", "92.75", "91.91"),
    ]
  )
  func realExports(
    fixture: Fixture,
    count: Int,
    exact: String,
    legacy0111: String,
    legacy011: String
  )
    throws
  {
    let imported = try ResponseCSVImporter().importFile(at: fixture.url)
    #expect(imported.rejectedRows.isEmpty)
    #expect(imported.responses.count == count)
    #expect(imported.summary.collected == count)
    #expect(konversi(imported) == exact)
    #expect(konversi(imported, .legacy0111) == legacy0111)
    #expect(konversi(imported, .legacy011) == legacy011)
  }

  @Test("Mahulu profile, service and multi-line suggestion")
  func mahuluProfile() throws {
    let imported = try ResponseCSVImporter().importFile(at: Fixture.mahulu.url)
    let first = try #require(imported.responses.first)
    #expect(first.id == "11")
    #expect(first.submittedAt?.description == "2025-11-12 05:45:53")
    #expect(first.unitID == "organisasi")
    #expect(first.service == "Pelayanan Pengaduan")
    #expect(first.profile.gender == .male)
    #expect(first.profile.age == 29)
    #expect(first.profile.education == "SMA / SMK")
    #expect(first.profile.occupation == "Swasta")
    let multiLine = try #require(imported.responses.first { $0.id == "30" })
    #expect(multiLine.suggestion?.contains("\n") == true)
    #expect(multiLine.service == "Pelayanan Pengaduan")
    let noService = try #require(imported.responses.first { $0.id == "31" })
    #expect(noService.service == nil)
  }

  @Test("Google Forms export: questions as headers, labels as answers")
  func googleForms() throws {
    let imported = try ResponseCSVImporter().importFile(at: Fixture.mahuluGoogleForms.url)
    let roles = imported.summary.columns.compactMap(\.role)
    for key in Unsur.standard.map(\.key) { #expect(roles.contains(.answer(key))) }
    #expect(roles.contains(.personalData))
    #expect(imported.summary.warnings.contains { $0.code == .importPersonalDataDropped })
    let first = try #require(imported.responses.first)
    #expect(first.submittedAt?.description == "2025-11-12 05:45:53")
    #expect(first.profile.gender == .male)
  }

  @Test("Semicolon, BOM and CRLF file reads like the plain one")
  func excelVariant() throws {
    let plain = try ResponseCSVImporter().importFile(at: Fixture.sekadau.url)
    let excel = try ResponseCSVImporter().importFile(at: Fixture.sekadauExcel.url)
    #expect(plain.responses.map(\.answers) == excel.responses.map(\.answers))
    #expect(excel.responses.first?.id == "1")
  }

  @Test(
    "Header recognition",
    arguments: [
      ("u1", UnsurKey.persyaratan), ("U8", .sarana), ("U9", .pengaduan),
      ("U1. Persyaratan", .persyaratan), ("u2_prosedur", .prosedur), ("Unsur 3", .waktu),
      ("Waktu Penyelesaian", .waktu), ("Biaya/Tarif", .biaya), ("tarif layanan", .biaya),
      ("Kompetensi Pelaksana", .kompetensi), ("PERILAKU PETUGAS", .perilaku),
      ("Sarana dan Prasarana", .sarana), ("Penanganan Pengaduan, Saran dan Masukan", .pengaduan),
      ("Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?", .sarana),
      ("Produk Spesifikasi Jenis Pelayanan", .produk),
    ]
  )
  func headerRecognition(header: String, key: UnsurKey) {
    let classifier = ColumnClassifier(questionnaire: .standard, numberedOrder: .questionnaire)
    #expect(classifier.role(of: header) == .answer(key))
  }

  @Test(
    "Profile and ignored headers",
    arguments: [
      ("Stempel waktu", ColumnRole?.some(.submittedAt)), ("created_at", .submittedAt),
      ("Jenis Kelamin", .gender), ("Usia", .age), ("Pendidikan Terakhir", .education),
      ("Pekerjaan", .occupation), ("Saran dan Masukan", .suggestion), ("saran", .suggestion),
      ("Jenis Layanan", .service), ("bagian", .unit), ("Nama", .personalData),
      ("NIK", .personalData), ("No HP", .personalData), ("Alamat", .personalData),
      ("id_sub_jenis", nil), ("keterangan", nil), ("waktu dan biaya", nil),
      ("Saran perbaikan prosedur", .suggestion), ("Kritik untuk petugas", .suggestion),
    ]
  )
  func profileHeaders(header: String, role: ColumnRole?) {
    let classifier = ColumnClassifier(questionnaire: .standard, numberedOrder: .questionnaire)
    #expect(classifier.role(of: header) == role)
  }

  @Test("Regulation order swaps u8 and u9")
  func regulationOrder() throws {
    let text = "id,u1,u2,u3,u4,u5,u6,u7,u8,u9\n1,4,4,4,4,4,4,4,1,2\n"
    let questionnaire = try #require(try importText(text).responses.first)
    #expect(questionnaire[.sarana] == Score(1))
    #expect(questionnaire[.pengaduan] == Score(2))
    let regulation = try #require(try importText(text, order: .regulation).responses.first)
    #expect(regulation[.pengaduan] == Score(1))
    #expect(regulation[.sarana] == Score(2))
  }

  @Test(
    "Answer cells as digits, letters and labels",
    arguments: [
      ("4", 4), (" 3 ", 3), ("a", 1), ("D", 4), ("Sangat sesuai", 4), ("  TIDAK   SESUAI ", 1),
      ("c. Sesuai", 3), ("Kurang sesuai", 2), ("Very appropriate", 4), ("d)", 4), ("(b)", 2),
      ("A.", 1),
    ]
  )
  func answerCells(cell: String, score: Int) {
    let parser = AnswerParser(item: Questionnaire.standard.items[0])
    #expect(parser.parse(cell) == .score(Score(score)!))
  }

  @Test(
    "Known label variants",
    arguments: [
      (UnsurKey.biaya, "Sangat wajar", 4), (.biaya, "Gratis", 4), (.biaya, "Tidak wajar", 1),
      (.pengaduan, "Ada tapi tidak berfungsi", 2), (.pengaduan, "Ada tetapi tidak berfungsi", 2),
      (.sarana, "sangat baik", 4), (.perilaku, "Sopan dan ramah", 3),
    ]
  )
  func labelVariants(key: UnsurKey, cell: String, score: Int) throws {
    let item = try #require(Questionnaire.standard.item(for: key))
    #expect(AnswerParser(item: item).parse(cell) == .score(Score(score)!))
  }

  @Test(
    "Invalid answer cells",
    arguments: [
      "5", "0", "-1", "+4", "04", "٤", "A+", "d!", "(e)", "e", "3.5", "4 4", "b. Sangat sesuai",
      "sesuai sekali",
      "NaN",
    ]
  )
  func invalidCells(cell: String) {
    let parser = AnswerParser(item: Questionnaire.standard.items[0])
    #expect(parser.parse(cell) == .invalid)
  }

  @Test("Invalid score rejects the row with file, line, column and value")
  func invalidScoreRow() throws {
    let text = "id,u1,u2,u3,u4,u5,u6,u7,u8,u9\n1,4,4,4,4,4,4,4,4,4\n2,4,4,5,4,4,4,4,x,4\n"
    let imported = try importText(text, file: "kiosk.csv")
    #expect(imported.responses.map(\.id) == ["1"])
    let row = try #require(imported.rejectedRows.first)
    #expect(row.line == 3)
    #expect(row.text == "2,4,4,5,4,4,4,4,x,4")
    #expect(row.problems.count == 2)
    let problem = try #require(row.problems.first)
    #expect(problem.code == .importInvalidScore)
    #expect(problem.location == SourceLocation(file: "kiosk.csv", line: 3, column: "u3"))
    #expect(problem.value == "5")
    let message = problem.formatted(in: .indonesian)
    #expect(message.hasPrefix("kiosk.csv:3: kolom \"u3\": Nilai \"5\" tidak valid"))
    #expect(message.contains("1–4"))
    #expect(problem.formatted(in: .english).contains("Expected 1–4, a–d"))
  }

  @Test("Line numbers count multi-line quoted fields")
  func lineAfterMultiLine() throws {
    let text = "id,u1,saran\n1,4,\"baris satu\nbaris dua\"\n2,9,ok\n"
    let imported = try importText(text)
    #expect(imported.rejectedRows.first?.line == 4)
  }

  @Test("Too few and too many fields are rejected")
  func fieldCounts() throws {
    let text = "id,u1,u2\n1,4\n2,4,4,extra\n3,4,4,\n"
    let imported = try importText(text)
    #expect(imported.rejectedRows.map(\.line) == [2, 3])
    #expect(imported.rejectedRows[0].problems.first?.code == .importTooFewFields)
    #expect(imported.rejectedRows[1].problems.first?.code == .importTooManyFields)
    #expect(imported.responses.map(\.id) == ["3"])
  }

  @Test("Blank answer cell stays blank")
  func blankCell() throws {
    let imported = try importText("id,u1,u2\n1,,3\n")
    let response = try #require(imported.responses.first)
    #expect(response[.persyaratan] == nil)
    #expect(response[.prosedur] == Score(3))
  }

  @Test("No unsur columns stops the import")
  func noUnsurColumns() {
    #expect {
      try importText("nama,alamat\nA,B\n")
    } throws: { error in
      (error as? SKMError)?.code == .importNoUnsurColumns
        && (error as? SKMError)?.location?.line == 1
    }
  }

  @Test("Two columns for one unsur stop the import")
  func duplicateUnsur() {
    #expect {
      try importText("u1,Persyaratan\n4,4\n")
    } throws: { error in
      (error as? SKMError)?.code == .importDuplicateUnsurColumn
    }
  }

  @Test("Empty file has no header")
  func emptyFile() {
    #expect {
      try importText("")
    } throws: { error in
      (error as? SKMError)?.code == .importMissingHeader
    }
  }

  @Test("Unreadable profile values warn but keep the row")
  func profileWarnings() throws {
    let text =
      "id,usia,jenis kelamin,tanggal,u1\n1,dua puluh,X,kemarin,4\n2,29 tahun,P,06/01/2026 08.30,3\n"
    let imported = try importText(text)
    #expect(imported.responses.count == 2)
    let unreadable = imported.summary.warnings.filter { $0.code == .importInvalidProfileValue }
    #expect(unreadable.map(\.location?.column) == ["usia", "jenis kelamin", "tanggal"])
    #expect(unreadable.map(\.value) == ["dua puluh", "X", "kemarin"])
    #expect(imported.responses[1].profile.age == 29)
    #expect(imported.responses[1].profile.gender == .female)
    #expect(imported.responses[1].submittedAt?.description == "2026-01-06 08:30:00")
  }

  @Test("Rejected rows carry no keep-without-value warnings")
  func noWarningsForRejectedRows() throws {
    let imported = try importText("id,usia,u1\n1,dua puluh,9\n2,tiga puluh,4\n")
    let unreadable = imported.summary.warnings.filter { $0.code == .importInvalidProfileValue }
    #expect(unreadable.map(\.location?.line) == [3])
    #expect(imported.rejectedRows.map(\.line) == [2])
  }

  @Test("Numbered header naming another unsur warns")
  func conflictingHeader() throws {
    let text = "U8. Sarana dan Prasarana,U9. Penanganan Pengaduan\n4,3\n"
    let plain = try importText(text)
    #expect(!plain.summary.warnings.contains { $0.code == .importConflictingUnsurHeader })
    let swapped = try importText(text, order: .regulation)
    let conflicts = swapped.summary.warnings.filter { $0.code == .importConflictingUnsurHeader }
    #expect(
      conflicts.map(\.location?.column) == ["U8. Sarana dan Prasarana", "U9. Penanganan Pengaduan"]
    )
    #expect(swapped.responses.first?[.pengaduan] == Score(4))
  }

  @Test("Source column, repeated profile columns and joined suggestions")
  func profileColumnRules() throws {
    let text =
      "id,ip,usia,umur,Kritik,Saran,u1\n1,10.0.0.1,30,31,Lambat,Tambah kursi,4\n2,,40,,,,3\n"
    let imported = try importText(text)
    #expect(imported.responses[0].source == "10.0.0.1")
    #expect(imported.responses[0].suggestion == "Lambat\nTambah kursi")
    #expect(imported.responses[0].profile.age == 31)
    #expect(imported.responses[1].profile.age == 40)
    let repeated = imported.summary.warnings.filter { $0.code == .importRepeatedProfileColumn }
    #expect(repeated.map(\.location?.column) == ["umur"])
  }

  @Test("Quoted field that swallowed rows warns")
  func swallowedRows() throws {
    let imported = try importText("id,u1,saran\n1,4,\"Bagus\n2,1,jelek\n3,1,payah\"\n4,4,ok\n")
    #expect(imported.responses.count == 2)
    let warning = try #require(imported.summary.warnings.first { $0.code == .importSwallowedRows })
    #expect(warning.location == SourceLocation(file: "data.csv", line: 2, column: "saran"))
  }

  @Test("Day-first dates need unsigned digits")
  func signedYears() throws {
    let imported = try importText("id,tanggal,u1\n1,01/01/-999,4\n2,01/01/+999,4\n3,01/02/2026,4\n")
    #expect(
      imported.responses.map { $0.submittedAt?.description } == [nil, nil, "2026-02-01 00:00:00"]
    )
  }

  @Test("Missing unsur column warns")
  func missingUnsurColumn() throws {
    let imported = try importText("u1,u2\n4,4\n")
    let missing = imported.summary.warnings.filter { $0.code == .importMissingUnsurColumn }
    #expect(missing.count == 1)
    #expect(missing.first?.value == "U3,U4,U5,U6,U7,U8,U9")
  }

  @Test("Rows without an id get their line")
  func derivedIDs() throws {
    let imported = try importText("u1\n4\n3\n")
    #expect(imported.responses.map(\.id) == ["L2", "L3"])
  }

  @Test("Streaming read hands over each row once")
  func streamingRead() throws {
    let reader = try CSVReader(url: Fixture.sekadau.url)
    var count = 0
    let summary = try ResponseCSVImporter().read(
      reader,
      response: { _, _ in count += 1 },
      rejected: { _ in Issue.record("no row is invalid") }
    )
    #expect(count == 49)
    #expect(summary.accepted == 49)
  }
}
