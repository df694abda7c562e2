import Foundation
import SKMCore
import SKMStore
import Testing

/// Runs the `skm-kiosk` executable that `swift build` put beside `skm`.
private enum KioskRunner {
  static var executable: URL {
    CommandRunner.executable.deletingLastPathComponent().appendingPathComponent("skm-kiosk")
  }

  /// Runs the kiosk with `lines` on standard input, then closes it.
  static func run(_ arguments: [String], lines: [String]) throws -> CommandOutput {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    let input = Pipe()
    let output = Pipe()
    let error = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = error
    try process.run()

    // The input is far smaller than a pipe's buffer, so writing it all first cannot block.
    let text = lines.map { $0 + "\n" }.joined()
    try input.fileHandleForWriting.write(contentsOf: Data(text.utf8))
    try input.fileHandleForWriting.close()

    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return CommandOutput(
      status: process.terminationStatus,
      standardOutput: String(decoding: outData, as: UTF8.self),
      standardError: String(decoding: errData, as: UTF8.self)
    )
  }

  /// Returns the path of a journal that does not exist yet, in a fresh temporary folder.
  static func newStorePath() throws -> String {
    try CommandRunner.temporaryFolder().appendingPathComponent("kiosk.skmj").path
  }

  /// Returns the responses in the journal at `path`, opened read-only.
  static func storedResponses(_ path: String) throws -> [Response] {
    try JournalStore(path: path, mode: .readOnly).responses()
  }
}

/// The lines one respondent types, from Enter at the welcome screen to the summary's choice.
private struct Respondent {
  /// The number typed on the jenis layanan screen; `nil` when the kiosk does not ask.
  var service: String?
  var answers = ["c", "d", "c", "b", "c", "d", "a", "b", "c"]
  var gender = "P"
  var age = "34"
  var education = "3"
  var occupation = "4"
  var suggestion = "Antrean mohon dipercepat"
  var confirmation = "1"

  var lines: [String] {
    [""] + (service.map { [$0] } ?? []) + answers
      + [gender, age, education, occupation, suggestion, confirmation]
  }

  /// The scores of the default answers, in questionnaire order.
  static let defaultScores = [3, 4, 3, 2, 3, 4, 1, 2, 3]
}

/// Returns the scores of `response` in questionnaire order, 0 where an unsur has no answer.
private func scores(_ response: Response) -> [Int] {
  Questionnaire.standard.unsur.map { response[$0.key]?.value ?? 0 }
}

/// Returns how many times `part` occurs in `text`.
private func occurrences(of part: String, in text: String) -> Int {
  text.components(separatedBy: part).count - 1
}

@Suite("skm-kiosk")
struct KioskTests {
  @Test("Complete respondent is stored")
  func completeRespondent() throws {
    let store = try KioskRunner.newStorePath()
    let arguments = [
      "--store", store, "--unit", "DISDUK", "--device", "loket-1", "--service", "Pembuatan KTP",
      "--service", "Akta Kelahiran", "--once",
    ]

    let output = try KioskRunner.run(arguments, lines: Respondent(service: "2").lines)

    #expect(output.status == 0)
    #expect(output.standardError.isEmpty)
    #expect(output.standardOutput.contains("Selamat datang, Bapak/Ibu."))
    #expect(output.standardOutput.contains("Pertanyaan 9 dari 9 · U9"))
    #expect(output.standardOutput.contains("Terima kasih, Bapak/Ibu."))
    let responses = try KioskRunner.storedResponses(store)
    #expect(responses.count == 1)
    let response = try #require(responses.first)
    #expect(scores(response) == Respondent.defaultScores)
    #expect(response.service == "Akta Kelahiran")
    #expect(response.unitID == "DISDUK")
    #expect(response.profile.gender == .female)
    #expect(response.profile.age == 34)
    #expect(response.profile.education == "SMA/SMK")
    #expect(response.profile.occupation == "Swasta")
    #expect(response.suggestion == "Antrean mohon dipercepat")
    #expect(response.questionnaireVersion == Questionnaire.standard.version)
    #expect(response.source == "loket-1")
    #expect(response.id.hasPrefix("kiosk-loket-1-"))
  }

  @Test("Submission time is the local clock")
  func submissionTime() throws {
    let store = try KioskRunner.newStorePath()

    let output = try KioskRunner.run(["--store", store, "--once"], lines: Respondent().lines)

    #expect(output.status == 0)
    let response = try #require(try KioskRunner.storedResponses(store).first)
    let submitted = try #require(response.submittedAt)
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .current
    let now = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date())
    let today = try #require(CivilDate(year: now.year!, month: now.month!, day: now.day!))
    let clock = try #require(
      CivilDateTime(date: today, hour: now.hour!, minute: now.minute!, second: now.second!)
    )
    #expect(abs(clock.secondsSinceEpoch - submitted.secondsSinceEpoch) < 120)
  }

  @Test("Journal stores the standard questionnaire")
  func questionnaireSaved() throws {
    let store = try KioskRunner.newStorePath()

    let output = try KioskRunner.run(["--store", store, "--once"], lines: Respondent().lines)

    #expect(output.status == 0)
    let journal = try JournalStore(path: store, mode: .readOnly)
    #expect(try journal.questionnaires() == [Questionnaire.standard])
  }

  @Test("Letters and numbers in either case score alike")
  func answerSpellings() throws {
    let store = try KioskRunner.newStorePath()
    var respondent = Respondent()
    respondent.answers = ["a", "B", "c", "D", "1", "2", "3", "4", "  d  "]

    let output = try KioskRunner.run(["--store", store, "--once"], lines: respondent.lines)

    #expect(output.status == 0)
    let response = try #require(try KioskRunner.storedResponses(store).first)
    #expect(scores(response) == [1, 2, 3, 4, 1, 2, 3, 4, 4])
  }

  @Test("Invalid answers are asked again")
  func invalidAnswers() throws {
    let store = try KioskRunner.newStorePath()
    let answers = ["e", "5", "", "ab", "c"] + ["d", "c", "b", "c", "d", "a", "b", "c"]
    let lines =
      [""] + answers + ["X", "P", "tiga", "0", "34.5", "34", "9", "3", "", "4"]
      + ["Antrean mohon dipercepat", "kirim sekarang", "1"]

    let output = try KioskRunner.run(["--store", store, "--once"], lines: lines)

    #expect(output.status == 0)
    let text = output.standardOutput
    #expect(occurrences(of: "Silakan ketik huruf a, b, c, atau d", in: text.unwrapped) == 4)
    #expect(text.contains("Mohon maaf, \"e\" tidak termasuk pilihan."))
    #expect(text.contains("Mohon maaf, jawaban belum diisi."))
    #expect(occurrences(of: "Silakan ketik L untuk laki-laki", in: text.unwrapped) == 1)
    #expect(occurrences(of: "tidak dapat dicatat sebagai usia", in: text.unwrapped) == 3)
    #expect(occurrences(of: "Silakan ketik nomor 1 sampai", in: text.unwrapped) == 2)
    #expect(occurrences(of: "Silakan ketik 1 untuk Kirim", in: text.unwrapped) == 1)
    #expect(occurrences(of: "Pertanyaan 1 dari 9", in: text) == 1)
    let response = try #require(try KioskRunner.storedResponses(store).first)
    #expect(scores(response) == Respondent.defaultScores)
    #expect(response.profile.age == 34)
  }

  @Test(
    "Input closing midway stores nothing",
    arguments: [1, 5, 11, 14, Respondent().lines.count - 1]
  )
  func inputClosesMidway(keptLines: Int) throws {
    let store = try KioskRunner.newStorePath()
    let lines = Array(Respondent().lines.prefix(keptLines))

    let output = try KioskRunner.run(["--store", store], lines: lines)

    #expect(output.status == 0)
    #expect(try KioskRunner.storedResponses(store).isEmpty)
    #expect(output.standardError.contains("jawaban yang belum dikirim tidak disimpan"))
  }

  @Test("Input closing at the welcome screen stops quietly")
  func inputClosesAtWelcome() throws {
    let store = try KioskRunner.newStorePath()

    let output = try KioskRunner.run(["--store", store], lines: [])

    #expect(output.status == 0)
    #expect(output.standardError.isEmpty)
    #expect(output.standardOutput.contains("Tekan Enter untuk memulai."))
    #expect(try KioskRunner.storedResponses(store).isEmpty)
  }

  @Test("Respondents follow one another until input ends")
  func severalRespondents() throws {
    let store = try KioskRunner.newStorePath()
    var second = Respondent()
    second.answers = Array(repeating: "d", count: 9)
    second.gender = "L"

    let output = try KioskRunner.run(["--store", store], lines: Respondent().lines + second.lines)

    #expect(output.status == 0)
    #expect(output.standardError.isEmpty)
    let responses = try KioskRunner.storedResponses(store)
    #expect(responses.count == 2)
    #expect(responses.map(\.profile.gender) == [.female, .male])
    #expect(responses.last.map(scores) == Array(repeating: 4, count: 9))
    #expect(Set(responses.map(\.id)).count == 2)
    #expect(occurrences(of: "Selamat datang, Bapak/Ibu.", in: output.standardOutput) == 3)
  }

  @Test("Ulangi answers the questionnaire again")
  func startOver() throws {
    let store = try KioskRunner.newStorePath()
    var first = Respondent()
    first.confirmation = "2"
    var second = Respondent()
    second.answers = Array(repeating: "a", count: 9)
    // Ulangi returns to the first question, not to the welcome screen.
    let lines = first.lines + second.lines.dropFirst()

    let output = try KioskRunner.run(["--store", store, "--once"], lines: lines)

    #expect(output.status == 0)
    let responses = try KioskRunner.storedResponses(store)
    #expect(responses.count == 1)
    #expect(responses.first.map(scores) == Array(repeating: 1, count: 9))
  }

  @Test("Cancel word discards the questionnaire", arguments: ["batal", "BATAL", "cancel"])
  func cancel(word: String) throws {
    let store = try KioskRunner.newStorePath()
    var second = Respondent()
    second.answers = Array(repeating: "b", count: 9)
    let lines = ["", "a", "b", "c", word] + second.lines

    let output = try KioskRunner.run(["--store", store, "--once"], lines: lines)

    #expect(output.status == 0)
    #expect(output.standardOutput.contains("Pengisian dibatalkan. Jawaban tadi tidak disimpan."))
    #expect(try KioskRunner.storedResponses(store).isEmpty)
  }

  @Test("Kiosk continues after a cancel")
  func continuesAfterCancel() throws {
    let store = try KioskRunner.newStorePath()
    var second = Respondent()
    second.answers = Array(repeating: "b", count: 9)
    let lines = ["", "a", "b", "c", "batal"] + second.lines

    let output = try KioskRunner.run(["--store", store], lines: lines)

    #expect(output.status == 0)
    let responses = try KioskRunner.storedResponses(store)
    #expect(responses.count == 1)
    #expect(responses.first.map(scores) == Array(repeating: 2, count: 9))
  }

  @Test("One service is recorded without asking")
  func singleService() throws {
    let store = try KioskRunner.newStorePath()
    let arguments = ["--store", store, "--service", "Pembuatan KTP", "--once"]

    let output = try KioskRunner.run(arguments, lines: Respondent().lines)

    #expect(output.status == 0)
    #expect(!output.standardOutput.contains("Layanan apa yang baru saja"))
    let response = try #require(try KioskRunner.storedResponses(store).first)
    #expect(response.service == "Pembuatan KTP")
    #expect(scores(response) == Respondent.defaultScores)
  }

  @Test("No service option records no service")
  func noService() throws {
    let store = try KioskRunner.newStorePath()

    let output = try KioskRunner.run(["--store", store, "--once"], lines: Respondent().lines)

    #expect(output.status == 0)
    let response = try #require(try KioskRunner.storedResponses(store).first)
    #expect(response.service == nil)
    #expect(response.unitID == nil)
  }

  @Test("Empty suggestion is stored as none")
  func emptySuggestion() throws {
    let store = try KioskRunner.newStorePath()
    var respondent = Respondent()
    respondent.suggestion = ""

    let output = try KioskRunner.run(["--store", store, "--once"], lines: respondent.lines)

    #expect(output.status == 0)
    #expect(output.standardOutput.contains("Saran         : (tidak ada)"))
    let response = try #require(try KioskRunner.storedResponses(store).first)
    #expect(response.suggestion == nil)
  }

  @Test("Suggestion drops control characters")
  func suggestionControlCharacters() throws {
    let store = try KioskRunner.newStorePath()
    var respondent = Respondent()
    respondent.suggestion = "Loket\u{1B}[2J dibuka\u{07} lebih pagi"

    let output = try KioskRunner.run(["--store", store, "--once"], lines: respondent.lines)

    #expect(output.status == 0)
    let response = try #require(try KioskRunner.storedResponses(store).first)
    #expect(response.suggestion == "Loket[2J dibuka lebih pagi")
  }

  @Test(
    "Pendidikan choice is stored as a recognised level",
    arguments: zip(1...7, [EducationLevel.sd, .smp, .sma, .diploma, .s1, .s2, .s3])
  )
  func education(number: Int, level: EducationLevel) throws {
    let store = try KioskRunner.newStorePath()
    var respondent = Respondent()
    respondent.education = String(number)

    let output = try KioskRunner.run(["--store", store, "--once"], lines: respondent.lines)

    #expect(output.status == 0)
    let response = try #require(try KioskRunner.storedResponses(store).first)
    let stored = try #require(response.profile.education)
    #expect(EducationLevel(text: stored) == level)
  }

  @Test(
    "Pekerjaan choice is stored as a recognised group",
    arguments: zip(1...8, OccupationGroup.allCases)
  )
  func occupation(number: Int, group: OccupationGroup) throws {
    let store = try KioskRunner.newStorePath()
    var respondent = Respondent()
    respondent.occupation = String(number)

    let output = try KioskRunner.run(["--store", store, "--once"], lines: respondent.lines)

    #expect(output.status == 0)
    let response = try #require(try KioskRunner.storedResponses(store).first)
    let stored = try #require(response.profile.occupation)
    #expect(OccupationGroup(text: stored) == group)
  }

  @Test("English prompts with --lang en")
  func english() throws {
    let store = try KioskRunner.newStorePath()
    var respondent = Respondent(service: "1")
    respondent.gender = "F"
    respondent.answers[0] = "x"
    respondent.answers.insert("c", at: 1)
    let arguments = [
      "--store", store, "--lang", "en", "--service", "ID card", "--service", "Birth certificate",
      "--once",
    ]

    let output = try KioskRunner.run(arguments, lines: respondent.lines)

    #expect(output.status == 0)
    let text = output.standardOutput
    #expect(text.contains("Welcome."))
    #expect(text.contains("Which service have you just received?"))
    #expect(text.contains("Question 1 of 9 · U1 Requirements"))
    #expect(text.contains("How well do the service requirements fit the type of service?"))
    #expect(text.contains("  c. Appropriate"))
    #expect(text.contains("Your answer (a, b, c or d): "))
    #expect(text.contains("Sorry, \"x\" is not one of the choices."))
    #expect(text.contains("Sex (type M for male or F for female): "))
    #expect(text.contains("Please check your answers"))
    #expect(text.contains("Thank you."))
    #expect(!text.contains("Bapak/Ibu"))
    let response = try #require(try KioskRunner.storedResponses(store).first)
    #expect(response.profile.gender == .female)
    #expect(response.service == "ID card")
    // The profile keeps the Indonesian names whatever the screen language.
    #expect(response.profile.education == "SMA/SMK")
  }

  @Test("Second writer is refused", arguments: [Language.indonesian, .english])
  func secondWriter(language: Language) throws {
    let store = try KioskRunner.newStorePath()
    let first = Process()
    first.executableURL = KioskRunner.executable
    first.arguments = ["--store", store]
    let input = Pipe()
    let output = Pipe()
    first.standardInput = input
    first.standardOutput = output
    first.standardError = FileHandle.nullDevice
    try first.run()
    defer {
      try? input.fileHandleForWriting.close()
      first.waitUntilExit()
    }

    // The welcome screen appears only after the first kiosk holds the writer lock.
    var welcomeOutput = ""
    while !welcomeOutput.contains("Tekan Enter untuk memulai.") {
      let data = output.fileHandleForReading.availableData
      try #require(!data.isEmpty, "the first kiosk ended before its welcome screen")
      welcomeOutput += String(decoding: data, as: UTF8.self)
    }

    let second = try KioskRunner.run(
      ["--store", store, "--lang", language.rawValue],
      lines: Respondent().lines
    )

    #expect(second.status == 1)
    #expect(!second.standardOutput.contains("Selamat datang"))
    switch language {
    case .indonesian:
      #expect(second.standardError.hasPrefix("galat: "))
      #expect(second.standardError.contains("Jurnal sedang dibuka untuk ditulis oleh proses lain."))
    case .english:
      #expect(second.standardError.hasPrefix("error: "))
      #expect(second.standardError.contains("Another process has the journal open for writing."))
    }
    try input.fileHandleForWriting.close()
    first.waitUntilExit()
    #expect(first.terminationStatus == 0)
    #expect(try KioskRunner.storedResponses(store).isEmpty)
  }

  @Test(
    "Invalid command lines exit with status 2",
    arguments: [
      ([], "opsi --store wajib diisi"),
      (["--store", "x.skmj", "--colour"], "opsi --colour tidak dikenal"),
      (["--store", "x.skmj", "--lang", "fr"], "bahasa \"fr\" tidak tersedia"),
      (["--store", "x.skmj", "--service", ""], "nilai opsi --service kosong"),
      (["--store"], "opsi --store memerlukan nilai"),
      (["--store", "x.skmj", "extra"], "argumen \"extra\" tidak dikenal"),
      (["--store", "x.skmj", "--once=yes"], "opsi --once tidak menerima nilai"),
    ]
  )
  func invalidCommandLine(arguments: [String], message: String) throws {
    let output = try KioskRunner.run(arguments, lines: [])

    #expect(output.status == 2)
    #expect(output.standardError.contains(message))
    #expect(output.standardOutput.isEmpty)
  }

  @Test("Help describes every option", arguments: [("id", "Penggunaan:"), ("en", "Usage:")])
  func help(tag: String, heading: String) throws {
    let output = try KioskRunner.run(["--help", "--lang", tag], lines: [])

    #expect(output.status == 0)
    #expect(output.standardOutput.contains(heading))
    for option in ["--store", "--unit", "--service", "--device", "--lang", "--once"] {
      #expect(output.standardOutput.contains(option), "\(option) is missing")
    }
  }
}

extension String {
  /// The text with line breaks replaced by spaces, for finding a message that wrapping split.
  fileprivate var unwrapped: String { replacingOccurrences(of: "\n", with: " ") }
}
