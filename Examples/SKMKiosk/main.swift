import Foundation
import SKMCore
import SKMStore

/// Runs the kiosk and returns the exit status: 0 when input ends or `--once` is done, 1 when
/// the journal cannot be opened or written (for example while another kiosk writes it), 2 for
/// a command line that cannot run.
func run() -> Int32 {
  let words = Array(CommandLine.arguments.dropFirst())
  let terminal = Terminal()

  let command: KioskCommand
  do {
    command = try KioskCommand.parse(words)
  } catch {
    let text = KioskText(language: KioskCommand.preferredLanguage(words))
    terminal.problem(text.errorPrefix + error.message.text(in: text.language))
    return 2
  }

  switch command {
  case .help(let language):
    terminal.write(KioskText(language: language).help)
    return 0
  case .run(let options):
    return serve(options, terminal: terminal)
  }
}

/// Opens the journal, records the questionnaire version and serves respondents.
func serve(_ options: KioskOptions, terminal: Terminal) -> Int32 {
  let text = KioskText(language: options.language)
  do {
    let store = try JournalStore(path: options.storePath)
    reportRepairs(of: store, terminal: terminal, text: text)
    let questionnaire = Questionnaire.standard
    try store.saveQuestionnaire(questionnaire)
    try Kiosk(options: options, store: store, questionnaire: questionnaire).run()
    return 0
  } catch let error as SKMError {
    terminal.problem(text.errorPrefix + error.formatted(in: options.language))
    if error.code == .storeLocked { terminal.problem(text.lockedJournalHint) }
    return 1
  } catch {
    terminal.problem(text.errorPrefix + String(describing: error))
    return 1
  }
}

/// Tells the operator about damage that opening the journal found or repaired.
func reportRepairs(of store: JournalStore, terminal: Terminal, text: KioskText) {
  if store.truncatedTailBytes > 0 {
    terminal.problem(text.warningPrefix + text.truncatedTail(store.truncatedTailBytes))
  }
  if !store.damage.isEmpty {
    terminal.problem(text.warningPrefix + text.damagedRecords(store.damage.count))
  }
}

exit(run())
