import Foundation
import SKMCore

/// The settings of one kiosk run, taken from its command line.
struct KioskOptions: Sendable {
  /// The journal that every submitted questionnaire is appended to.
  var storePath: String
  /// The service unit (UPP) recorded on every response.
  var unitID: String?
  /// The jenis layanan (services) the respondent chooses from, in the order given.
  var services: [String] = []
  /// The device name recorded as each response's source and in its id.
  var device: String?
  var language: Language = .indonesian
  /// Whether the kiosk stops after one respondent.
  var once = false
}

/// The action a command line requests: show the help or run the kiosk.
enum KioskCommand {
  case help(Language)
  case run(KioskOptions)
}

/// A command line that cannot be run as written; the program exits with status 2.
struct UsageError: Error {
  var message: LocalizedText
}

extension KioskCommand {
  private static let valueOptions: Set<String> = ["store", "unit", "service", "device", "lang"]
  private static let flagOptions: Set<String> = ["once", "help"]

  /// Parses the words after the program name.
  ///
  /// Options take their value as `--name value` or `--name=value`; `--service` may repeat.
  ///
  /// - Throws: ``UsageError`` for an unknown option or language, a missing or empty value, or a
  ///   missing `--store`.
  static func parse(_ words: [String]) throws(UsageError) -> KioskCommand {
    let (values, flags) = try split(words)
    let language = try parseLanguage(values["lang"]?.last)
    if flags.contains("help") { return .help(language) }

    guard let storePath = values["store"]?.last else { throw .missingStore }
    for (name, list) in values where list.contains(where: \.isEmpty) {
      throw .emptyValue(name)
    }
    var options = KioskOptions(storePath: storePath)
    options.unitID = values["unit"]?.last
    options.services = unique(values["service"] ?? [])
    options.device = values["device"]?.last
    options.language = language
    options.once = flags.contains("once")
    return .run(options)
  }

  /// Returns the language of the last recognised `--lang`, for the message of a command line
  /// that does not parse.
  static func preferredLanguage(_ words: [String]) -> Language {
    var language = Language.indonesian
    for (index, word) in words.enumerated() {
      let tag: String?
      if word.hasPrefix("--lang=") {
        tag = String(word.dropFirst("--lang=".count))
      } else if word == "--lang", index + 1 < words.count {
        tag = words[index + 1]
      } else {
        tag = nil
      }
      if let tag, let named = Language(tag: tag) { language = named }
    }
    return language
  }

  /// Splits the words into option values and flags; `-h` is the same as `--help`.
  private static func split(_ words: [String]) throws(UsageError) -> (
    [String: [String]], Set<String>
  ) {
    var values: [String: [String]] = [:]
    var flags: Set<String> = []
    var index = 0
    while index < words.count {
      let word = words[index]
      index += 1
      if word == "-h" {
        flags.insert("help")
        continue
      }
      guard word.hasPrefix("--"), word.count > 2 else { throw .unexpectedArgument(word) }

      var name = String(word.dropFirst(2))
      var value: String?
      if let equals = name.firstIndex(of: "=") {
        value = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }

      if flagOptions.contains(name) {
        guard value == nil else { throw .flagWithValue(name) }
        flags.insert(name)
        continue
      }
      guard valueOptions.contains(name) else { throw .unknownOption(name) }
      if value == nil {
        guard index < words.count else { throw .missingValue(name) }
        value = words[index]
        index += 1
      }
      values[name, default: []].append(value!.trimmingCharacters(in: .whitespaces))
    }
    return (values, flags)
  }

  private static func parseLanguage(_ tag: String?) throws(UsageError) -> Language {
    guard let tag else { return .indonesian }
    guard let language = Language(tag: tag) else { throw .unknownLanguage(tag) }
    return language
  }

  /// Drops repeated names, keeping the first of each.
  private static func unique(_ names: [String]) -> [String] {
    var seen: Set<String> = []
    return names.filter { seen.insert($0).inserted }
  }
}

extension UsageError {
  static let missingStore = UsageError(
    message: LocalizedText(
      indonesian:
        "opsi --store wajib diisi: tulis path jurnal tempat jawaban disimpan, misalnya --store loket1.skmj.",
      english:
        "the --store option is required: give the path of the journal that stores the answers, as in --store counter1.skmj."
    )
  )

  static func unknownOption(_ name: String) -> UsageError {
    UsageError(
      message: LocalizedText(
        indonesian: "opsi --\(name) tidak dikenal; lihat skm-kiosk --help.",
        english: "unknown option --\(name); see skm-kiosk --help."
      )
    )
  }

  static func unexpectedArgument(_ word: String) -> UsageError {
    UsageError(
      message: LocalizedText(
        indonesian:
          "argumen \"\(word)\" tidak dikenal; nilai opsi ditulis setelah namanya, misalnya --service \"Pembuatan KTP\".",
        english:
          "unexpected argument \"\(word)\"; option values follow their name, as in --service \"ID card\"."
      )
    )
  }

  static func missingValue(_ name: String) -> UsageError {
    UsageError(
      message: LocalizedText(
        indonesian: "opsi --\(name) memerlukan nilai.",
        english: "the --\(name) option needs a value."
      )
    )
  }

  static func emptyValue(_ name: String) -> UsageError {
    UsageError(
      message: LocalizedText(
        indonesian: "nilai opsi --\(name) kosong; tulis nilainya atau hapus opsi itu.",
        english: "the value of --\(name) is empty; give a value or leave the option out."
      )
    )
  }

  static func flagWithValue(_ name: String) -> UsageError {
    UsageError(
      message: LocalizedText(
        indonesian: "opsi --\(name) tidak menerima nilai.",
        english: "the --\(name) option takes no value."
      )
    )
  }

  static func unknownLanguage(_ tag: String) -> UsageError {
    let indonesian = "bahasa \"\(tag)\" tidak tersedia; gunakan --lang id atau --lang en."
    let english = "language \"\(tag)\" is not available; use --lang id or --lang en."
    // The requested language is unknown, so the message is given in both; the caller prefixes
    // the first line with "galat: ".
    let both = indonesian + "\nerror: " + english
    return UsageError(message: LocalizedText(both))
  }
}
