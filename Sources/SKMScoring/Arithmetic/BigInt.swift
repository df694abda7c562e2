/// An arbitrary-precision signed integer, enough for the exact rationals of SKM scoring.
///
/// Exact IKM values need it: with blank answers each unsur has its own denominator, and the
/// common denominator of nine unsur over millions of responses exceeds 128 bits. Operations are
/// schoolbook (division is bit by bit), which costs microseconds for the few hundred bits a
/// survey result needs and is not meant for cryptographic sizes.
public struct BigInt: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Little-endian 32-bit limbs of the absolute value, with no trailing zero limbs.
  private var limbs: [UInt32]
  /// Whether the value is below zero; always false for zero.
  private var negative: Bool

  public init(_ value: Int) {
    negative = value < 0
    var magnitude = value.magnitude
    limbs = []
    while magnitude > 0 {
      limbs.append(UInt32(truncatingIfNeeded: magnitude))
      magnitude >>= 32
    }
  }

  private init(limbs: [UInt32], negative: Bool) {
    var trimmed = limbs
    while trimmed.last == 0 { trimmed.removeLast() }
    self.limbs = trimmed
    self.negative = negative && !trimmed.isEmpty
  }

  public static let zero = BigInt(0)
  public static let one = BigInt(1)

  public var isZero: Bool { limbs.isEmpty }
  public var isNegative: Bool { negative }
  public var magnitude: BigInt { BigInt(limbs: limbs, negative: false) }

  /// The value as an `Int`, or `nil` when it does not fit.
  public var intValue: Int? {
    guard limbs.count <= 2 else { return nil }
    var value: UInt64 = 0
    for (index, limb) in limbs.enumerated() { value |= UInt64(limb) << (32 * UInt64(index)) }
    if negative {
      guard value <= UInt64(Int.max) + 1 else { return nil }
      return value == UInt64(Int.max) + 1 ? Int.min : -Int(value)
    }
    guard value <= UInt64(Int.max) else { return nil }
    return Int(value)
  }

  // MARK: Comparison

  public static func < (lhs: BigInt, rhs: BigInt) -> Bool {
    if lhs.negative != rhs.negative { return lhs.negative }
    let order = compareMagnitudes(lhs.limbs, rhs.limbs)
    return lhs.negative ? order > 0 : order < 0
  }

  private static func compareMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> Int {
    if a.count != b.count { return a.count < b.count ? -1 : 1 }
    for index in stride(from: a.count - 1, through: 0, by: -1) where a[index] != b[index] {
      return a[index] < b[index] ? -1 : 1
    }
    return 0
  }

  // MARK: Addition and subtraction

  public static func + (lhs: BigInt, rhs: BigInt) -> BigInt {
    if lhs.negative == rhs.negative {
      return BigInt(limbs: addMagnitudes(lhs.limbs, rhs.limbs), negative: lhs.negative)
    }
    if compareMagnitudes(lhs.limbs, rhs.limbs) >= 0 {
      return BigInt(limbs: subtractMagnitudes(lhs.limbs, rhs.limbs), negative: lhs.negative)
    }
    return BigInt(limbs: subtractMagnitudes(rhs.limbs, lhs.limbs), negative: rhs.negative)
  }

  public static prefix func - (value: BigInt) -> BigInt {
    BigInt(limbs: value.limbs, negative: !value.negative)
  }

  public static func - (lhs: BigInt, rhs: BigInt) -> BigInt { lhs + (-rhs) }

  private static func addMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    var result: [UInt32] = []
    result.reserveCapacity(max(a.count, b.count) + 1)
    var carry: UInt64 = 0
    for index in 0..<max(a.count, b.count) {
      let sum =
        UInt64(index < a.count ? a[index] : 0) + UInt64(index < b.count ? b[index] : 0) + carry
      result.append(UInt32(truncatingIfNeeded: sum))
      carry = sum >> 32
    }
    if carry > 0 { result.append(UInt32(carry)) }
    return result
  }

  /// Returns a − b for magnitudes with a ≥ b.
  private static func subtractMagnitudes(_ a: [UInt32], _ b: [UInt32]) -> [UInt32] {
    var result: [UInt32] = []
    result.reserveCapacity(a.count)
    var borrow: Int64 = 0
    for index in 0..<a.count {
      var difference = Int64(a[index]) - Int64(index < b.count ? b[index] : 0) - borrow
      borrow = difference < 0 ? 1 : 0
      if difference < 0 { difference += 1 << 32 }
      result.append(UInt32(difference))
    }
    return result
  }

  // MARK: Multiplication

  public static func * (lhs: BigInt, rhs: BigInt) -> BigInt {
    guard !lhs.isZero, !rhs.isZero else { return .zero }
    var result = [UInt32](repeating: 0, count: lhs.limbs.count + rhs.limbs.count)
    for (i, a) in lhs.limbs.enumerated() {
      var carry: UInt64 = 0
      for (j, b) in rhs.limbs.enumerated() {
        let product = UInt64(a) * UInt64(b) + UInt64(result[i + j]) + carry
        result[i + j] = UInt32(truncatingIfNeeded: product)
        carry = product >> 32
      }
      result[i + rhs.limbs.count] = UInt32(carry)
    }
    return BigInt(limbs: result, negative: lhs.negative != rhs.negative)
  }

  // MARK: Division

  /// Returns the quotient truncated toward zero and the remainder, which has the sign of the
  /// dividend (as Swift's `/` and `%` on `Int`).
  public func quotientAndRemainder(dividingBy divisor: BigInt) -> (
    quotient: BigInt, remainder: BigInt
  ) {
    precondition(!divisor.isZero, "division by zero")
    if BigInt.compareMagnitudes(limbs, divisor.limbs) < 0 { return (.zero, self) }
    // Values of real surveys mostly fit in 64 bits, where the machine divides exactly.
    if let dividend = magnitude64, let other = divisor.magnitude64 {
      let quotient = BigInt(magnitude: dividend / other, negative: negative != divisor.negative)
      return (quotient, BigInt(magnitude: dividend % other, negative: negative))
    }
    var quotient = [UInt32](repeating: 0, count: limbs.count)
    var remainder = BigInt.zero
    let divisorMagnitude = divisor.magnitude
    for bit in stride(from: limbs.count * 32 - 1, through: 0, by: -1) {
      remainder = remainder.shiftedLeftByOne()
      if limbs[bit / 32] & (1 << UInt32(bit % 32)) != 0 {
        remainder = remainder + .one
      }
      if remainder >= divisorMagnitude {
        remainder = remainder - divisorMagnitude
        quotient[bit / 32] |= 1 << UInt32(bit % 32)
      }
    }
    return (
      BigInt(limbs: quotient, negative: negative != divisor.negative),
      BigInt(limbs: remainder.limbs, negative: negative)
    )
  }

  public static func / (lhs: BigInt, rhs: BigInt) -> BigInt {
    lhs.quotientAndRemainder(dividingBy: rhs).quotient
  }

  public static func % (lhs: BigInt, rhs: BigInt) -> BigInt {
    lhs.quotientAndRemainder(dividingBy: rhs).remainder
  }

  private func shiftedLeftByOne() -> BigInt {
    var result: [UInt32] = []
    result.reserveCapacity(limbs.count + 1)
    var carry: UInt32 = 0
    for limb in limbs {
      result.append(limb << 1 | carry)
      carry = limb >> 31
    }
    if carry > 0 { result.append(carry) }
    return BigInt(limbs: result, negative: negative)
  }

  /// The magnitude as a `UInt64`, or `nil` when it needs more than two limbs.
  private var magnitude64: UInt64? {
    guard limbs.count <= 2 else { return nil }
    return limbs.enumerated().reduce(UInt64(0)) {
      $0 | UInt64($1.element) << (32 * UInt64($1.offset))
    }
  }

  private init(magnitude: UInt64, negative: Bool) {
    self.init(
      limbs: [UInt32(truncatingIfNeeded: magnitude), UInt32(magnitude >> 32)],
      negative: negative
    )
  }

  /// Divides the magnitude by a small divisor, returning quotient and remainder.
  private func dividedBySmall(_ divisor: UInt32) -> (BigInt, UInt32) {
    var quotient = [UInt32](repeating: 0, count: limbs.count)
    var remainder: UInt64 = 0
    for index in stride(from: limbs.count - 1, through: 0, by: -1) {
      let current = remainder << 32 | UInt64(limbs[index])
      quotient[index] = UInt32(current / UInt64(divisor))
      remainder = current % UInt64(divisor)
    }
    return (BigInt(limbs: quotient, negative: false), UInt32(remainder))
  }

  /// Returns the greatest common divisor of the magnitudes of `a` and `b`.
  public static func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
    var x = a.magnitude
    var y = b.magnitude
    while !y.isZero { (x, y) = (y, x % y) }
    return x
  }

  /// Returns 10 raised to `exponent`.
  public static func powerOfTen(_ exponent: Int) -> BigInt {
    var result = BigInt.one
    for _ in 0..<exponent { result = result * BigInt(10) }
    return result
  }

  /// The value in decimal digits, with a leading `-` when negative.
  public var description: String {
    guard !isZero else { return "0" }
    var chunks: [UInt32] = []
    var rest = magnitude
    while !rest.isZero {
      let (quotient, remainder) = rest.dividedBySmall(1_000_000_000)
      chunks.append(remainder)
      rest = quotient
    }
    var text = negative ? "-" : ""
    text += String(chunks.removeLast())
    for chunk in chunks.reversed() {
      let digits = String(chunk)
      text += String(repeating: "0", count: 9 - digits.count) + digits
    }
    return text
  }
}
