import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The reason an interview stopped before the respondent submitted it.
enum Interruption: Error {
  /// Standard input closed.
  case endOfInput
  /// The respondent typed the cancel word (`batal` or `cancel`).
  case cancelled
}

/// Reads the respondent's lines from standard input and asks again, politely, until a line is
/// valid.
struct InputReader {
  let terminal: Terminal

  /// Whether each line read is repeated on standard output. A terminal echoes what is typed but
  /// a pipe does not, so without this a transcript would show prompts and no answers.
  let echoesInput = isatty(STDIN_FILENO) != 1

  /// The words that abandon the questionnaire at any prompt, in either language.
  static let cancelWords: Set<String> = ["batal", "cancel"]

  /// Reads one line with surrounding spaces removed.
  ///
  /// - Throws: ``Interruption/endOfInput`` when standard input closes, and
  ///   ``Interruption/cancelled`` when the line is a cancel word.
  func line() throws(Interruption) -> String {
    guard let raw = readLine(strippingNewline: true) else { throw .endOfInput }
    if echoesInput { terminal.write(raw + "\n") }

    let line = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    if Self.cancelWords.contains(line.lowercased()) { throw .cancelled }
    return line
  }

  /// Shows `prompt` and returns what `parse` makes of the line typed, showing `retry` for the
  /// typed line and asking again while `parse` returns `nil`.
  func ask<Value>(
    _ prompt: String,
    retry: (String) -> String,
    parse: (String) -> Value?
  ) throws(Interruption) -> Value {
    while true {
      terminal.write(prompt)
      let typed = try line()
      if let value = parse(typed) { return value }
      terminal.write(retry(typed) + "\n")
    }
  }
}
