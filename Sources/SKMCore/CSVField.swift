import Foundation

/// Cell text for CSV files that people open in spreadsheets.
public enum CSVField {
  /// Returns a text cell quoted as RFC 4180 requires, after neutralising it against formulas.
  public static func textCell(_ text: String) -> String {
    quoted(neutralizingFormula(text))
  }

  /// Returns a number cell as is; numbers are written by this library, never taken from input.
  public static func numberCell(_ digits: String) -> String { digits }

  /// Prefixes an apostrophe to text that a spreadsheet would run as a formula: text starting
  /// with `=`, `+`, `-`, `@`, a tab or a carriage return. Spreadsheets show the apostrophe-led
  /// cell as plain text.
  public static func neutralizingFormula(_ text: String) -> String {
    guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else {
      return text
    }
    return "'" + text
  }

  /// Quotes a field when it contains a comma, quote, CR or LF, doubling inner quotes.
  public static func quoted(_ text: String) -> String {
    let special: Set<Unicode.Scalar> = [",", "\"", "\n", "\r"]
    guard text.unicodeScalars.contains(where: special.contains) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
