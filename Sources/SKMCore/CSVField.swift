import Foundation

/// Cell text for CSV files that people open in spreadsheets.
public enum CSVField {
  /// Returns a text cell quoted as RFC 4180 requires, after neutralising it against formulas.
  public static func textCell(_ text: String) -> String {
    quoted(neutralizingFormula(text))
  }

  /// Returns a number cell as is; numbers are written by this library, never taken from input.
  public static func numberCell(_ digits: String) -> String { digits }

  /// Prefixes an apostrophe to text that a spreadsheet would run as a formula: text whose
  /// first character after any spaces is `=`, `+`, `-` or `@`, or that starts with a tab or a
  /// carriage return. Spreadsheets show the apostrophe-led cell as plain text.
  ///
  /// The same applies after every `;` and tab inside the text, because a spreadsheet set up
  /// for Indonesian opens CSV files with `;` as the separator (and some split on tabs), so
  /// `ok;=1+2` would otherwise give a formula cell `=1+2`.
  public static func neutralizingFormula(_ text: String) -> String {
    var out = ""
    var segmentStart = true
    var pendingSpaces = ""
    for scalar in text.unicodeScalars {
      if segmentStart {
        if scalar == " " {
          pendingSpaces.unicodeScalars.append(scalar)
          continue
        }
        if "=+-@".unicodeScalars.contains(scalar)
          || (pendingSpaces.isEmpty && (scalar == "\t" || scalar == "\r") && out.isEmpty)
        {
          out += "'"
        }
        out += pendingSpaces
        pendingSpaces = ""
        segmentStart = false
      }
      out.unicodeScalars.append(scalar)
      if scalar == ";" || scalar == "\t" { segmentStart = true }
    }
    return out + pendingSpaces
  }

  /// Quotes a field when it contains a comma, quote, CR, LF, semicolon or tab, doubling inner
  /// quotes, so the field stays whole whichever separator a spreadsheet assumes.
  public static func quoted(_ text: String) -> String {
    let special: Set<Unicode.Scalar> = [",", "\"", "\n", "\r", ";", "\t"]
    guard text.unicodeScalars.contains(where: special.contains) else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
