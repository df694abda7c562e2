/// An exact fraction of two integers, always in lowest terms with a positive denominator.
///
/// Every figure on the path to a published SKM value is a `Rational`. Binary floating point
/// gets exact ties wrong: when 5,000 respondents give every unsur 2,339 threes and 2,661 fours,
/// the konversi is exactly 88.305, but nine `Double` products NRR × (1/9) sum to
/// 88.30499999999998, which rounds to 88.30 (grade B) instead of 88.31 (grade A).
public struct Rational: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let numerator: BigInt
  /// Always positive.
  public let denominator: BigInt

  /// Creates `numerator / denominator` in lowest terms; `denominator` must not be zero.
  public init(_ numerator: BigInt, _ denominator: BigInt) {
    precondition(!denominator.isZero, "a rational number needs a non-zero denominator")
    let divisor = BigInt.gcd(numerator, denominator)
    let sign = denominator.isNegative ? BigInt(-1) : BigInt.one
    self.numerator = numerator / divisor * sign
    self.denominator = denominator / divisor * sign
  }

  public init(_ numerator: Int, _ denominator: Int = 1) {
    self.init(BigInt(numerator), BigInt(denominator))
  }

  /// Parses a decimal such as `0.111`, `88.305` or `-2`; returns `nil` for anything else.
  public init?(decimal text: String) {
    var digits = Substring(text)
    let negative = digits.first == "-"
    if negative { digits = digits.dropFirst() }
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count), !parts[0].isEmpty,
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) })
    else { return nil }
    let fraction = parts.count == 2 ? parts[1] : ""
    guard parts.count == 1 || !fraction.isEmpty else { return nil }
    var numerator = BigInt.zero
    for digit in parts[0] + fraction {
      numerator = numerator * BigInt(10) + BigInt(Int(String(digit))!)
    }
    self.init(negative ? -numerator : numerator, BigInt.powerOfTen(fraction.count))
  }

  public static let zero = Rational(0)
  public static let one = Rational(1)

  public static func + (lhs: Rational, rhs: Rational) -> Rational {
    Rational(
      lhs.numerator * rhs.denominator + rhs.numerator * lhs.denominator,
      lhs.denominator * rhs.denominator
    )
  }

  public static func - (lhs: Rational, rhs: Rational) -> Rational {
    lhs + Rational(-rhs.numerator, rhs.denominator)
  }

  public static func * (lhs: Rational, rhs: Rational) -> Rational {
    Rational(lhs.numerator * rhs.numerator, lhs.denominator * rhs.denominator)
  }

  public static func / (lhs: Rational, rhs: Rational) -> Rational {
    Rational(lhs.numerator * rhs.denominator, lhs.denominator * rhs.numerator)
  }

  public static func < (lhs: Rational, rhs: Rational) -> Bool {
    lhs.numerator * rhs.denominator < rhs.numerator * lhs.denominator
  }

  /// Rounds half-up to `places` decimals: ties go away from zero, so 88.305 becomes 88.31 and
  /// −0.005 becomes −0.01.
  public func rounded(places: Int) -> FixedDecimal {
    let scaled = numerator.magnitude * BigInt.powerOfTen(places)
    let doubled = scaled * BigInt(2) + denominator
    let units = doubled / (denominator * BigInt(2))
    return FixedDecimal(units: numerator.isNegative ? -units : units, places: places)
  }

  /// The value as `numerator/denominator`, or just the numerator for an integer.
  public var description: String {
    denominator == .one ? numerator.description : "\(numerator)/\(denominator)"
  }
}

/// A decimal number with a fixed count of decimal places, such as a published konversi value.
public struct FixedDecimal: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The value times 10^places.
  public let units: BigInt
  public let places: Int

  public init(units: BigInt, places: Int) {
    self.units = units
    self.places = places
  }

  /// Parses a decimal such as `88.31` and keeps its count of decimals.
  public init?(_ text: String) {
    guard let value = Rational(decimal: text) else { return nil }
    let places = text.split(separator: ".").dropFirst().first?.count ?? 0
    self = value.rounded(places: places)
  }

  /// The exact value as a fraction.
  public var rational: Rational { Rational(units, BigInt.powerOfTen(places)) }

  public static func < (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool {
    lhs.rational < rhs.rational
  }

  public static func == (lhs: FixedDecimal, rhs: FixedDecimal) -> Bool {
    lhs.rational == rhs.rational
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(rational) }

  /// Returns the digits with `separator` before the decimals: `88.31` or, for Indonesian
  /// documents, `88,31`.
  public func formatted(decimalSeparator separator: String = ".") -> String {
    let digits = units.magnitude.description
    let sign = units.isNegative ? "-" : ""
    guard places > 0 else { return sign + digits }
    let padded = String(repeating: "0", count: max(0, places + 1 - digits.count)) + digits
    let split = padded.index(padded.endIndex, offsetBy: -places)
    return sign + padded[..<split] + separator + padded[split...]
  }

  /// The value with a decimal point, as JSON and CSV write it.
  public var description: String { formatted() }
}
