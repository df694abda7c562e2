import Foundation
import SKMCore

/// Exit statuses: 0 success, 1 refused or unreadable input, 2 a command line that cannot run.
let (arguments, language, unknownLanguage) = separateLanguage(
  Array(CommandLine.arguments.dropFirst())
)
let console = Console(language: language)

/// Removes `--lang VALUE` or `--lang=VALUE`, which any command accepts, and returns the
/// language it names (Bahasa Indonesia by default), with a tag that names no supported language.
func separateLanguage(_ words: [String]) -> ([String], Language, String?) {
  var rest: [String] = []
  var language = Language.indonesian
  var unknown: String?
  var index = 0
  while index < words.count {
    let word = words[index]
    index += 1
    if word.hasPrefix("--lang=") {
      let tag = String(word.dropFirst("--lang=".count))
      if let named = Language(tag: tag) { language = named } else { unknown = tag }
    } else if word == "--lang" && index == words.count {
      unknown = ""
    } else if word == "--lang", index < words.count {
      if let named = Language(tag: words[index]) {
        language = named
      } else {
        unknown = words[index]
      }
      index += 1
    } else {
      rest.append(word)
    }
  }
  return (rest, language, unknown)
}

func run() -> Int32 {
  if let unknownLanguage {
    console.problem(
      "galat: bahasa \"\(unknownLanguage)\" tidak tersedia; gunakan --lang id atau --lang en.\n"
        + "error: language \"\(unknownLanguage)\" is not available; use --lang id or --lang en."
    )
    return 2
  }
  let wantsHelp = arguments.contains("--help") || arguments.contains("-h")
  // `skm help score` shows the help of `score`, like `skm score --help`.
  if arguments.first == "help", arguments.count > 1 {
    return runHelp(for: arguments[1])
  }
  guard let command = arguments.first(where: { !$0.hasPrefix("-") }), command != "help" else {
    console.result(Help.main(language))
    return wantsHelp || arguments.first == "help" ? 0 : 2
  }
  let rest =
    Array(arguments.drop { $0 != command }.dropFirst())
    + Array(arguments.prefix { $0 != command })
  do {
    switch command {
    case "score":
      if wantsHelp {
        console.result(Help.score(language))
      } else {
        try ScoreCommand.run(rest, console: console)
      }
    case "report":
      if wantsHelp {
        console.result(Help.report(language))
      } else {
        try ReportCommand.run(rest, console: console)
      }
    case "check":
      if wantsHelp {
        console.result(Help.check(language))
      } else {
        return try CheckCommand.run(rest, console: console)
      }
    case "export":
      if wantsHelp {
        console.result(Help.export(language))
      } else {
        try ExportCommand.run(rest, console: console)
      }
    case "ingest":
      if wantsHelp {
        console.result(Help.ingest(language))
      } else {
        try IngestCommand.run(rest, console: console)
      }
    case "sync":
      if wantsHelp {
        console.result(Help.sync(language))
      } else {
        try SyncCommand.run(rest, console: console)
      }
    case "sample-size":
      if wantsHelp {
        console.result(Help.sampleSize(language))
      } else {
        try SampleSizeCommand.run(rest, console: console)
      }
    default:
      throw UsageError.required(
        LocalizedText(
          indonesian:
            "perintah \"\(command)\" tidak dikenal; perintah yang ada: score, report, check, export, ingest, sync, sample-size.",
          english:
            "unknown command \"\(command)\"; the commands are score, report, check, export, ingest, sync, sample-size."
        )
      )
    }
    return 0
  } catch let error as UsageError {
    console.problem(console.text("galat: ", "error: ") + error.message.text(in: language))
    return 2
  } catch let error as SKMError {
    console.error(error)
    return 1
  } catch is SurveyInput.Refused {
    return 1
  } catch {
    console.problem(console.text("galat: ", "error: ") + String(describing: error))
    return 1
  }
}

/// Prints the help of one command, or the general help for an unknown one.
func runHelp(for command: String) -> Int32 {
  let texts: [String: (Language) -> String] = [
    "score": Help.score, "report": Help.report, "check": Help.check, "export": Help.export,
    "ingest": Help.ingest, "sync": Help.sync, "sample-size": Help.sampleSize,
  ]
  console.result((texts[command] ?? Help.main)(language))
  return texts[command] == nil ? 2 : 0
}

exit(run())
