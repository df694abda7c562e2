import SKMCore
import SKMStore

/// The kiosk loop: welcome, interview, summary, saving and thanks, one respondent after another.
///
/// A response reaches the journal only after the respondent chooses Kirim on the summary
/// screen, so input that ends early or a cancelled interview stores nothing.
struct Kiosk {
  let options: KioskOptions
  let store: JournalStore
  let questionnaire: Questionnaire
  let submission: Submission
  let terminal: Terminal
  let input: InputReader
  let text: KioskText
  let interview: Interview

  /// Seconds that the thank-you or cancel message stays on a terminal before the next welcome
  /// screen clears it.
  static let closingPause = 5.0

  init(options: KioskOptions, store: JournalStore, questionnaire: Questionnaire) {
    self.options = options
    self.store = store
    self.questionnaire = questionnaire
    submission = Submission(device: options.device)
    terminal = Terminal()
    input = InputReader(terminal: terminal)
    text = KioskText(language: options.language)
    interview = Interview(
      questionnaire: questionnaire,
      services: options.services,
      terminal: terminal,
      input: input,
      text: text
    )
  }

  /// Serves respondents until input ends, or after one respondent with `--once`.
  ///
  /// - Throws: ``SKMError`` when the journal cannot store a submitted response.
  func run() throws {
    repeat {
      guard try serveRespondent() else { return }
    } while !options.once
  }

  /// Serves one respondent and returns `false` once input has ended.
  private func serveRespondent() throws -> Bool {
    do throws(Interruption) {
      try welcome()
    } catch {
      // Nothing is answered yet, so input ending here is the normal way to stop the kiosk.
      return false
    }

    let record: InterviewRecord
    do throws(Interruption) {
      record = try submittedRecord()
    } catch .endOfInput {
      // End the prompt's line, which no Enter ended, before the notice.
      terminal.write("\n")
      terminal.problem(text.unfinishedNotSaved)
      return false
    } catch {
      terminal.write("\n" + text.cancelled)
      terminal.pause(seconds: Self.closingPause)
      return true
    }

    try save(record)
    return true
  }

  /// Shows the welcome screen and waits for Enter. A cancel word here starts the interview too,
  /// because there is nothing to cancel yet.
  private func welcome() throws(Interruption) {
    terminal.startScreen()
    terminal.write(
      text.welcome(
        title: questionnaire.title,
        unitID: options.unitID,
        questionCount: questionnaire.items.count
      )
    )
    do {
      _ = try input.line()
    } catch .endOfInput {
      throw .endOfInput
    } catch {
      return
    }
  }

  /// Runs the interview and the summary until the respondent chooses Kirim.
  private func submittedRecord() throws(Interruption) -> InterviewRecord {
    while true {
      let record = try interview.run()

      terminal.startScreen()
      terminal.write(text.summaryScreen(record, questionnaire: questionnaire))
      let choice = try input.ask(
        text.confirmPrompt,
        retry: text.invalidConfirmation,
        parse: TypedAnswer.confirmation
      )
      if choice == .submit { return record }
    }
  }

  /// Appends the response to the journal, which returns after `fsync`, then thanks the
  /// respondent.
  private func save(_ record: InterviewRecord) throws {
    do {
      let outcome = try store.append([response(from: record)])
      guard outcome.stored == 1 else { throw SKMError.kioskIDExists(outcome.duplicateIDs) }
    } catch {
      terminal.write("\n" + text.saveFailed)
      throw error
    }

    terminal.startScreen()
    terminal.write(text.thankYou)
    if !options.once { terminal.pause(seconds: Self.closingPause) }
  }

  private func response(from record: InterviewRecord) -> Response {
    Response(
      id: submission.newID(),
      submittedAt: Submission.localTime(),
      unitID: options.unitID,
      service: record.service,
      profile: record.profile,
      answers: record.answers,
      suggestion: record.suggestion,
      questionnaireVersion: questionnaire.version,
      source: submission.device
    )
  }
}

extension SKMError.Code {
  /// A new response id was already in the journal.
  static let kioskIDExists = SKMError.Code(rawValue: "kiosk.id-exists")
}

extension SKMError {
  /// Returns the error for a new response id that the journal already stores.
  static func kioskIDExists(_ ids: [String]) -> SKMError {
    let id = ids.first ?? ""
    return SKMError(
      code: .kioskIDExists,
      message: LocalizedText(
        indonesian:
          "Id jawaban baru \"\(id)\" sudah ada di jurnal, sehingga jawaban tidak disimpan. Id memuat UUID acak, jadi periksa sumber bilangan acak komputer ini.",
        english:
          "The new response id \"\(id)\" is already in the journal, so the answers were not stored. The id contains a random UUID, so check this computer's random number source."
      ),
      value: id
    )
  }
}
