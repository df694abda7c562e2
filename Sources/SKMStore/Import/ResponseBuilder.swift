import Foundation
import SKMCore

/// Collects the cells of one row into a ``Response``.
struct ResponseBuilder {
  let line: Int
  var id: String?
  var submittedAt: CivilDateTime?
  var unitID: String?
  var service: String?
  var profile = RespondentProfile()
  var answers: [UnsurKey: Score] = [:]
  var suggestion: String?
  var questionnaireVersion: Int?
  var source: String?

  init(line: Int, defaultUnitID: String?) {
    self.line = line
    self.unitID = defaultUnitID
  }

  /// The response; a row with no id column gets `L` and its line number.
  var response: Response {
    Response(
      id: id ?? "L\(line)",
      submittedAt: submittedAt,
      unitID: unitID,
      service: service,
      profile: profile,
      answers: answers,
      suggestion: suggestion,
      questionnaireVersion: questionnaireVersion,
      source: source
    )
  }

  /// Stores a profile cell; returns a warning when the value cannot be read, in which case the
  /// row is kept without it.
  mutating func set(_ role: ColumnRole, _ cell: String, at location: SourceLocation) -> SKMError? {
    let value = cell.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !value.isEmpty else { return nil }
    switch role {
    case .id: id = value
    case .unit: unitID = value
    case .service: service = value
    case .education: profile.education = value
    case .occupation: profile.occupation = value
    // Exports with separate "Kritik" and "Saran" questions give two suggestion columns;
    // both texts are kept, one per line.
    case .suggestion: suggestion = suggestion.map { $0 + "\n" + cell } ?? cell
    case .source: source = value
    case .submittedAt:
      submittedAt = parseTimestamp(value)
      if submittedAt == nil { return unreadable(value, expected: Self.expectedTimestamp, location) }
    case .gender:
      profile.gender = Gender(text: value)
      if profile.gender == nil { return unreadable(value, expected: Self.expectedGender, location) }
    case .age:
      profile.age = parseAge(value)
      if profile.age == nil { return unreadable(value, expected: Self.expectedAge, location) }
    case .questionnaireVersion:
      questionnaireVersion = Int(value)
      if questionnaireVersion == nil {
        return unreadable(value, expected: Self.expectedVersion, location)
      }
    case .answer, .personalData: break
    }
    return nil
  }

  /// Reads `29` or `29 tahun` as whole years.
  private func parseAge(_ value: String) -> Int? {
    let digits = value.prefix { $0.isASCII && $0.isNumber }
    let rest = foldForMatching(String(value.dropFirst(digits.count)))
    guard !digits.isEmpty, rest.isEmpty || rest == "tahun" || rest == "thn" else { return nil }
    return Int(digits)
  }

  /// Reads `2025-11-12 05:45:53` (ISO, as databases export) or `12/11/2025 05:45:53` (day
  /// first, as Indonesian spreadsheets and Google Forms write it).
  private func parseTimestamp(_ value: String) -> CivilDateTime? {
    if let iso = CivilDateTime(iso: Substring(value)) { return iso }
    let halves = value.split(separator: " ", maxSplits: 1)
    let dateParts = halves[0].split(separator: "/")
    guard dateParts.count == 3,
      dateParts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
      let day = Int(dateParts[0]), let month = Int(dateParts[1]),
      let year = Int(dateParts[2]), dateParts[2].count == 4,
      let date = CivilDate(year: year, month: month, day: day)
    else { return nil }
    guard halves.count == 2 else { return CivilDateTime(date: date, hour: 0, minute: 0) }
    let clock = halves[1].split(whereSeparator: { $0 == ":" || $0 == "." }).map { Int($0) }
    guard (2...3).contains(clock.count), clock.allSatisfy({ $0 != nil }) else { return nil }
    return CivilDateTime(
      date: date,
      hour: clock[0]!,
      minute: clock[1]!,
      second: clock.count == 3 ? clock[2]! : 0
    )
  }

  private func unreadable(_ value: String, expected: LocalizedText, _ location: SourceLocation)
    -> SKMError
  {
    SKMError(
      code: .importInvalidProfileValue,
      message: LocalizedText(
        indonesian:
          "Nilai \"\(value)\" tidak dapat dibaca; yang diharapkan: \(expected.indonesian)."
          + " Jawaban tetap diimpor tanpa nilai ini.",
        english:
          "Cannot read value \"\(value)\"; expected \(expected.english). The response is kept"
          + " without this value."
      ),
      location: location,
      value: value
    )
  }

  static let expectedTimestamp = LocalizedText(
    indonesian: "tanggal seperti 2026-01-06 08:30:00 atau 06/01/2026 08:30",
    english: "a date such as 2026-01-06 08:30:00 or 06/01/2026 08:30"
  )
  static let expectedGender = LocalizedText(
    indonesian: "L, P, Laki-laki atau Perempuan",
    english: "L, P, Laki-laki or Perempuan"
  )
  static let expectedAge = LocalizedText(
    indonesian: "usia dalam tahun, seperti 29",
    english: "an age in years, such as 29"
  )
  static let expectedVersion = LocalizedText(
    indonesian: "nomor versi kuesioner, seperti 2",
    english: "a questionnaire version number, such as 2"
  )
}
