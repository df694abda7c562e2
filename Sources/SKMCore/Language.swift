/// A language that user-facing text is written in.
///
/// Bahasa Indonesia is the default everywhere: respondents, operators and report readers are
/// Indonesian. English is available for every text this library shows.
public enum Language: String, Sendable, Hashable, CaseIterable, Codable {
  case indonesian = "id"
  case english = "en"

  /// Returns the language for a BCP 47 tag such as `id`, `id-ID`, `en` or `en-US`.
  public init?(tag: String) {
    let primary = tag.lowercased().split(separator: "-").first.map(String.init) ?? ""
    switch primary {
    case "id", "in": self = .indonesian
    case "en": self = .english
    default: return nil
    }
  }
}

/// A text with an Indonesian and an English wording.
public struct LocalizedText: Sendable, Hashable, Codable {
  public var indonesian: String
  public var english: String

  public init(indonesian: String, english: String) {
    self.indonesian = indonesian
    self.english = english
  }

  /// Creates a text that reads the same in both languages, such as a proper name.
  public init(_ invariant: String) {
    self.init(indonesian: invariant, english: invariant)
  }

  public func text(in language: Language) -> String {
    switch language {
    case .indonesian: indonesian
    case .english: english
    }
  }
}
