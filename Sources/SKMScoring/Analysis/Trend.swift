import SKMCore

/// Whether a published value went up, down or stayed the same.
public enum TrendDirection: String, Sendable, Hashable {
  case up, down, unchanged

  /// The word a report uses: naik, turun or tetap.
  public var word: LocalizedText {
    switch self {
    case .up: LocalizedText(indonesian: "naik", english: "rose")
    case .down: LocalizedText(indonesian: "turun", english: "fell")
    case .unchanged: LocalizedText(indonesian: "tetap", english: "was unchanged")
    }
  }
}

/// A published konversi value of one period.
public struct TrendPoint: Sendable, Hashable {
  public var label: String
  public var konversi: FixedDecimal

  public init(label: String, konversi: FixedDecimal) {
    self.label = label
    self.konversi = konversi
  }

  public var mutu: Mutu { Mutu(konversi: konversi) }
}

/// The change between two consecutive periods.
public struct TrendChange: Sendable, Hashable {
  public var from: TrendPoint
  public var to: TrendPoint

  /// `to − from` on the published, rounded values, so the stated change matches the two
  /// figures a reader sees.
  public var difference: FixedDecimal {
    (to.konversi.rational - from.konversi.rational).rounded(places: 2)
  }

  public var direction: TrendDirection {
    let change = to.konversi.rational - from.konversi.rational
    if change > .zero { return .up }
    if change < .zero { return .down }
    return .unchanged
  }
}

/// Published values over periods in the order given, oldest first.
public struct Trend: Sendable, Hashable {
  public var points: [TrendPoint]

  public init(points: [TrendPoint]) {
    self.points = points
  }

  /// The change from each period to the next.
  public var changes: [TrendChange] {
    zip(points, points.dropFirst()).map { TrendChange(from: $0, to: $1) }
  }
}
