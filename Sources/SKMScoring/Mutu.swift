import SKMCore

/// The mutu pelayanan (service quality grade) of PermenPANRB 14/2017, A to D.
///
/// The regulation's table prints closed ranges with gaps between them (64.99 | 65.00,
/// 76.60 | 76.61, 88.30 | 88.31). This library closes the gaps: a konversi value is rounded
/// half-up to 2 decimals first and then graded by lower bounds, so every value has exactly one
/// grade: ≥ 88.31 is A, ≥ 76.61 is B, ≥ 65.00 is C, anything lower is D.
public enum Mutu: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
  case a = "A"
  case b = "B"
  case c = "C"
  case d = "D"

  /// Grades a konversi value (25–100 scale) that has been rounded to 2 decimals.
  public init(konversi: FixedDecimal) {
    let value = konversi.rational
    self = Mutu.allCases.first { value >= $0.lowerBound.rational } ?? .d
  }

  /// Rounds an unrounded konversi value half-up to 2 decimals and grades it.
  public init(unroundedKonversi: Rational) {
    self.init(konversi: unroundedKonversi.rounded(places: 2))
  }

  /// The lowest rounded konversi value that earns this grade.
  public var lowerBound: FixedDecimal {
    switch self {
    case .a: FixedDecimal("88.31")!
    case .b: FixedDecimal("76.61")!
    case .c: FixedDecimal("65.00")!
    case .d: FixedDecimal("25.00")!
    }
  }

  /// The highest rounded konversi value of this grade, as the regulation's table prints it.
  public var upperBound: FixedDecimal {
    switch self {
    case .a: FixedDecimal("100.00")!
    case .b: FixedDecimal("88.30")!
    case .c: FixedDecimal("76.60")!
    case .d: FixedDecimal("64.99")!
    }
  }

  /// The kinerja unit pelayanan (unit performance) the grade stands for.
  public var kinerja: LocalizedText {
    switch self {
    case .a: LocalizedText(indonesian: "Sangat baik", english: "Very good")
    case .b: LocalizedText(indonesian: "Baik", english: "Good")
    case .c: LocalizedText(indonesian: "Kurang baik", english: "Poor")
    case .d: LocalizedText(indonesian: "Tidak baik", english: "Very poor")
    }
  }

  /// A is best: `Mutu.a > Mutu.b`.
  public static func < (lhs: Mutu, rhs: Mutu) -> Bool { lhs.rawValue > rhs.rawValue }
}
