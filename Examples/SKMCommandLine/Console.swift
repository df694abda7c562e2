import Foundation
import SKMCore

/// Where the program writes: results to standard output, progress and problems to standard
/// error, in the chosen language.
struct Console {
  var language: Language

  func result(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  func problem(_ text: String) {
    FileHandle.standardError.write(Data((Console.sanitized(text) + "\n").utf8))
  }

  /// Returns `text` with control characters (other than line breaks in the program's own
  /// multi-line messages) and bidirectional overrides shown as `\u{…}`, so input values
  /// quoted in a message cannot move the cursor, clear the screen or reverse text.
  static func sanitized(_ text: String, keepingLineBreaks: Bool = true) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      let isBidi =
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
      let isControl = scalar.properties.generalCategory == .control
      if isBidi || (isControl && !(keepingLineBreaks && scalar == "\n")) {
        out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  func error(_ error: SKMError) {
    problem(
      prefix(.error) + Console.sanitized(error.formatted(in: language), keepingLineBreaks: false)
    )
  }

  func warning(_ warning: SKMError) {
    problem(
      prefix(.warning)
        + Console.sanitized(warning.formatted(in: language), keepingLineBreaks: false)
    )
  }

  enum Severity { case error, warning }

  private func prefix(_ severity: Severity) -> String {
    switch (severity, language) {
    case (.error, .indonesian): "galat: "
    case (.error, .english): "error: "
    case (.warning, .indonesian): "peringatan: "
    case (.warning, .english): "warning: "
    }
  }

  func text(_ indonesian: String, _ english: String) -> String {
    language == .indonesian ? indonesian : english
  }
}
