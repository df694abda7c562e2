import SKMCore

/// The parsers of what a respondent types: answers, numbered choices, ages and the summary
/// choice.
enum TypedAnswer {
  /// Returns the score of an answer typed as a letter a–d or a number 1–4, in either case.
  static func score(_ text: String) -> Score? {
    let folded = text.lowercased()
    if folded.count == 1, let letter = folded.first, let index = "abcd".firstIndex(of: letter) {
      return Score("abcd".distance(from: "abcd".startIndex, to: index) + 1)
    }
    return Int(folded).flatMap { Score($0) }
  }

  /// Returns the 0-based index of the option numbered in `text`, where options are numbered
  /// from 1 to `count`.
  static func choice(_ text: String, count: Int) -> Int? {
    guard let number = Int(text), (1...count).contains(number) else { return nil }
    return number - 1
  }

  /// Returns the age typed in whole years, or `nil` outside ``ageRange``.
  static func age(_ text: String) -> Int? {
    guard let years = Int(text), ageRange.contains(years) else { return nil }
    return years
  }

  /// Returns the suggestion typed without control characters, which could move the cursor or
  /// clear the screen when the summary shows it, or `nil` when nothing is left.
  static func suggestion(_ text: String) -> String? {
    let scalars = text.unicodeScalars.filter { $0.properties.generalCategory != .control }
    let cleaned = String(String.UnicodeScalarView(scalars))
    return cleaned.isEmpty ? nil : cleaned
  }

  /// The ages the kiosk accepts: a plausibility bound against typing slips, because the
  /// regulation sets no age limit.
  static let ageRange = 10...120
}

extension TypedAnswer {
  /// The respondent's choice on the summary screen.
  enum Confirmation {
    /// Kirim: store the answers.
    case submit
    /// Ulangi: discard the answers and answer again.
    case startOver
  }

  /// Returns the choice typed as its number (1 or 2) or its word in either language.
  static func confirmation(_ text: String) -> Confirmation? {
    switch text.lowercased() {
    case "1", "k", "kirim", "s", "submit": .submit
    case "2", "u", "ulangi", "r", "start over", "restart": .startOver
    default: nil
    }
  }
}
