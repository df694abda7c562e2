/// A respondent's jenis kelamin as the SKM form records it (L or P).
public enum Gender: String, Sendable, Hashable, Codable, CaseIterable {
  case male = "L"
  case female = "P"

  /// Recognises the spellings of real exports: `L`, `P`, `Laki-laki`, `Laki - Laki`, `Pria`,
  /// `Perempuan`, `Wanita`, `Male`, `Female`, ignoring case and spaces.
  public init?(text: String) {
    let folded = text.lowercased().filter { $0.isLetter }
    switch folded {
    case "l", "lakilaki", "laki", "pria", "male", "m": self = .male
    case "p", "perempuan", "wanita", "female", "f": self = .female
    default: return nil
    }
  }

  public func displayName(in language: Language) -> String {
    switch (self, language) {
    case (.male, .indonesian): "Laki-laki"
    case (.female, .indonesian): "Perempuan"
    case (.male, .english): "Male"
    case (.female, .english): "Female"
    }
  }
}

/// The respondent profile of the SKM form.
///
/// Pendidikan and pekerjaan keep the export's own spelling ("SMA / SMK", "S1 / Setara"), because
/// exports spell them many ways and a report groups them, not the import.
public struct RespondentProfile: Sendable, Hashable, Codable {
  public var gender: Gender?
  /// Age in whole years.
  public var age: Int?
  /// Pendidikan (education) as written in the source.
  public var education: String?
  /// Pekerjaan (occupation) as written in the source.
  public var occupation: String?

  public init(
    gender: Gender? = nil,
    age: Int? = nil,
    education: String? = nil,
    occupation: String? = nil
  ) {
    self.gender = gender
    self.age = age
    self.education = education
    self.occupation = occupation
  }

  public static let empty = RespondentProfile()
}
