import Testing

@testable import SKMCore

@Suite("Core models")
struct CoreModelTests {
  @Test("Scores exist only from 1 to 4", arguments: -1...6)
  func scoreRange(value: Int) {
    #expect((Score(value) != nil) == (1...4).contains(value))
  }

  @Test("Score letters follow the questionnaire")
  func scoreLetters() {
    #expect(Score.all.map(\.letter) == ["a", "b", "c", "d"])
  }

  @Test("Standard questionnaire puts sarana at U8 and pengaduan at U9")
  func standardOrder() {
    let items = Questionnaire.standard.items
    #expect(items.count == 9)
    #expect(items.map(\.unsur.code) == (1...9).map { "U\($0)" })
    #expect(items[7].unsur.key == .sarana)
    #expect(items[8].unsur.key == .pengaduan)
    #expect(Unsur.regulationOrder[7] == .pengaduan)
    #expect(Unsur.regulationOrder[8] == .sarana)
  }

  @Test("Standard questionnaire has the published labels")
  func standardLabels() throws {
    let questionnaire = Questionnaire.standard
    let cost = try #require(questionnaire.item(for: .biaya))
    #expect(
      cost.answerLabels.map(\.indonesian) == ["Sangat mahal", "Cukup mahal", "Murah", "Gratis"]
    )
    let complaints = try #require(questionnaire.item(for: .pengaduan))
    #expect(complaints.label(for: .two).indonesian == "Ada tetapi tidak berfungsi")
    #expect(questionnaire.items.allSatisfy { $0.question.indonesian.hasPrefix("Bagaimana") })
    #expect(questionnaire.items.allSatisfy { !$0.question.english.isEmpty })
  }

  @Test("Editing a questionnaire makes a new version")
  func versioning() {
    let edited = Questionnaire.standard.nextVersion {
      $0.items[3].answerLabels[0] = LocalizedText("Tidak wajar")
    }
    #expect(edited.version == Questionnaire.standard.version + 1)
    #expect(edited.id == Questionnaire.standard.id)
    #expect(Questionnaire.standard.items[3].answerLabels[0].indonesian == "Sangat mahal")
  }

  @Test(
    "Gender spellings of real exports",
    arguments: [
      ("Laki - Laki", Gender?.some(.male)), ("laki-laki", .male), ("L", .male), ("Pria", .male),
      ("Perempuan", .female), ("P", .female), ("wanita", .female), ("X", nil), ("", nil),
    ]
  )
  func genderSpellings(text: String, gender: Gender?) {
    #expect(Gender(text: text) == gender)
  }

  @Test(
    "Timestamps parse in ISO forms",
    arguments: [
      ("2025-11-12 05:45:53", "2025-11-12 05:45:53"), ("2025-11-12T05:45", "2025-11-12 05:45:00"),
      ("2025-11-12", "2025-11-12 00:00:00"), (" 2024-02-29 23:59:59 ", "2024-02-29 23:59:59"),
    ]
  )
  func timestamps(text: String, expected: String) {
    #expect(CivilDateTime(iso: Substring(text))?.description == expected)
  }

  @Test(
    "Impossible timestamps are rejected",
    arguments: [
      "2025-02-29", "2025-13-01", "2025-11-12 24:00", "2025-11-12 10:60", "12/11/2025", "x",
    ]
  )
  func invalidTimestamps(text: String) {
    #expect(CivilDateTime(iso: Substring(text)) == nil)
  }

  @Test(
    "Language tags",
    arguments: [
      ("id", Language?.some(.indonesian)), ("id-ID", .indonesian), ("en-US", .english), ("fr", nil),
    ]
  )
  func languageTags(tag: String, language: Language?) {
    #expect(Language(tag: tag) == language)
  }

  @Test("Error location formats file, line and column")
  func errorFormatting() {
    let error = SKMError(
      code: SKMError.Code(rawValue: "test"),
      message: LocalizedText(indonesian: "pesan", english: "message"),
      location: SourceLocation(file: "a.csv", line: 4, column: "U3")
    )
    #expect(error.formatted(in: .indonesian) == "a.csv:4: kolom \"U3\": pesan")
    #expect(error.formatted(in: .english) == "a.csv:4: column \"U3\": message")
  }
}
