import Foundation

/// A survey period: a year, semester, triwulan (quarter), month or an explicit date range.
///
/// Units run the SKM at least once a year and commonly report per triwulan or semester. The
/// label form (`2026`, `2026-S1`, `2026-TW3`, `2026-03`, `2026-01-01..2026-03-31`) is what
/// command lines and stores use.
public enum Period: Sendable, Hashable, Codable {
  case year(Int)
  /// A half year, 1 (January–June) or 2 (July–December).
  case semester(Int, Int)
  /// A quarter, 1…4.
  case triwulan(Int, Int)
  case month(Int, Int)
  case range(CivilDate, CivilDate)

  /// Parses a period label; returns `nil` for an invalid label.
  public init?(label: String) {
    let text = label.trimmingCharacters(in: .whitespaces)
    if let dots = text.range(of: "..") {
      guard let from = CivilDate(iso: text[..<dots.lowerBound]),
        let to = CivilDate(iso: text[dots.upperBound...]), from <= to
      else { return nil }
      self = .range(from, to)
      return
    }
    let parts = text.uppercased().split(separator: "-", omittingEmptySubsequences: false)
    guard let yearText = parts.first, yearText.count == 4, let year = Int(yearText) else {
      return nil
    }
    guard parts.count == 2 else {
      guard parts.count == 1 else { return nil }
      self = .year(year)
      return
    }
    let tail = parts[1]
    if tail.hasPrefix("TW"), let quarter = Int(tail.dropFirst(2)), (1...4).contains(quarter) {
      self = .triwulan(year, quarter)
    } else if tail.hasPrefix("S"), let half = Int(tail.dropFirst()), (1...2).contains(half) {
      self = .semester(year, half)
    } else if tail.count == 2, let month = Int(tail), (1...12).contains(month) {
      self = .month(year, month)
    } else {
      return nil
    }
  }

  /// The first and last day of the period.
  public var dates: ClosedRange<CivilDate> {
    switch self {
    case .year(let year): Period.months(year, 1, 12)
    case .semester(let year, let half): Period.months(year, half * 6 - 5, half * 6)
    case .triwulan(let year, let quarter): Period.months(year, quarter * 3 - 2, quarter * 3)
    case .month(let year, let month): Period.months(year, month, month)
    case .range(let from, let to): from...to
    }
  }

  public func contains(_ date: CivilDate) -> Bool { dates.contains(date) }

  /// The label that ``init(label:)`` parses.
  public var label: String {
    switch self {
    case .year(let year): "\(year)"
    case .semester(let year, let half): "\(year)-S\(half)"
    case .triwulan(let year, let quarter): "\(year)-TW\(quarter)"
    case .month(let year, let month): "\(year)-\(pad(month, 2))"
    case .range(let from, let to): "\(from)..\(to)"
    }
  }

  /// Returns the period as a report writes it, such as "Semester I 2026" or "Triwulan III 2026".
  public func displayName(in language: Language) -> String {
    let english = language == .english
    switch self {
    case .year(let year):
      return english ? "Year \(year)" : "Tahun \(year)"
    case .semester(let year, let half):
      return "Semester \(Period.roman[half]) \(year)"
    case .triwulan(let year, let quarter):
      return english
        ? "Quarter \(Period.roman[quarter]) \(year)" : "Triwulan \(Period.roman[quarter]) \(year)"
    case .month(let year, let month):
      return "\(Period.monthName(month, in: language)) \(year)"
    case .range(let from, let to):
      return "\(Period.dateName(from, in: language)) – \(Period.dateName(to, in: language))"
    }
  }

  /// Returns a date as a report writes it, such as "6 Januari 2026" or "6 January 2026".
  public static func dateName(_ date: CivilDate, in language: Language) -> String {
    "\(date.day) \(monthName(date.month, in: language)) \(date.year)"
  }

  public static func monthName(_ month: Int, in language: Language) -> String {
    let names =
      language == .english
      ? [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
      ]
      : [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
        "Oktober", "November", "Desember",
      ]
    return names[month - 1]
  }

  private static let roman = ["", "I", "II", "III", "IV"]

  private static func months(_ year: Int, _ first: Int, _ last: Int) -> ClosedRange<CivilDate> {
    CivilDate(year: year, month: first, day: 1)!...CivilDate(
      year: year,
      month: last,
      day: CivilDate.daysIn(month: last, year: year)
    )!
  }
}
