import SKMCore

/// The words of one command line after the subcommand: options with values, flags and
/// positional arguments.
struct Arguments {
  private var values: [String: [String]] = [:]
  private var flags: Set<String> = []
  private(set) var positional: [String] = []

  /// Splits `words`; `valueOptions` lists the options that take a value, as `--name value` or
  /// `--name=value`, and `flagOptions` those that take none.
  init(
    _ words: [String],
    valueOptions: Set<String>,
    flagOptions: Set<String>,
    allowsPositional: Bool = false
  ) throws(UsageError) {
    var index = 0
    while index < words.count {
      let word = words[index]
      index += 1
      guard word.hasPrefix("--"), word.count > 2 else {
        guard allowsPositional else { throw UsageError.unexpectedArgument(word) }
        positional.append(word)
        continue
      }
      var name = String(word.dropFirst(2))
      var value: String?
      if let equals = name.firstIndex(of: "=") {
        value = String(name[name.index(after: equals)...])
        name = String(name[..<equals])
      }
      if flagOptions.contains(name) {
        guard value == nil else { throw UsageError.flagWithValue(name) }
        flags.insert(name)
      } else if valueOptions.contains(name) {
        if value == nil {
          guard index < words.count else { throw UsageError.missingValue(name) }
          value = words[index]
          index += 1
        }
        values[name, default: []].append(value!)
      } else {
        throw UsageError.unknownOption(name)
      }
    }
  }

  /// Returns the last value given for `name`.
  func value(_ name: String) -> String? { values[name]?.last }

  /// Returns every value given for a repeatable option, in order.
  func values(_ name: String) -> [String] { values[name] ?? [] }

  func flag(_ name: String) -> Bool { flags.contains(name) }
}

/// A command line that cannot be run as written; the program exits with status 2.
struct UsageError: Error {
  let message: LocalizedText

  static func unknownOption(_ name: String) -> UsageError {
    UsageError(
      message: LocalizedText(
        indonesian: "opsi --\(name) tidak dikenal; lihat --help.",
        english: "unknown option --\(name); see --help."
      )
    )
  }

  static func unexpectedArgument(_ word: String) -> UsageError {
    UsageError(
      message: LocalizedText(
        indonesian:
          "argumen \"\(word)\" tidak dikenal; nilai opsi ditulis setelah namanya, misalnya --input data.csv.",
        english:
          "unexpected argument \"\(word)\"; option values follow their name, as in --input data.csv."
      )
    )
  }

  static func missingValue(_ name: String) -> UsageError {
    UsageError(
      message: LocalizedText(
        indonesian: "opsi --\(name) memerlukan nilai.",
        english: "option --\(name) needs a value."
      )
    )
  }

  static func flagWithValue(_ name: String) -> UsageError {
    UsageError(
      message: LocalizedText(
        indonesian: "opsi --\(name) tidak menerima nilai.",
        english: "option --\(name) takes no value."
      )
    )
  }

  static func invalidValue(_ name: String, _ value: String, expected: LocalizedText) -> UsageError {
    UsageError(
      message: LocalizedText(
        indonesian:
          "nilai \"\(value)\" untuk --\(name) tidak valid; yang diharapkan: \(expected.indonesian).",
        english: "invalid value \"\(value)\" for --\(name); expected \(expected.english)."
      )
    )
  }

  static func required(_ text: LocalizedText) -> UsageError {
    UsageError(message: text)
  }
}
