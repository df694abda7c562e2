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
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  func error(_ error: SKMError) {
    problem(prefix(.error) + error.formatted(in: language))
  }

  func warning(_ warning: SKMError) {
    problem(prefix(.warning) + warning.formatted(in: language))
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
