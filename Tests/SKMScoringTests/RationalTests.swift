import Testing

@testable import SKMScoring

@Suite("Exact arithmetic")
struct RationalTests {
  @Test("Exact tie 25 × 158949 / 45000 rounds to 88.31")
  func halfUpOnExactTie() {
    let konversi = Rational(25) * Rational(158_949, 45_000)
    #expect(konversi == Rational(decimal: "88.305"))
    #expect(konversi.rounded(places: 2).formatted() == "88.31")
    #expect(konversi.rounded(places: 2).formatted(decimalSeparator: ",") == "88,31")
  }

  @Test("Fractions reduce to lowest terms with positive denominator")
  func normalisation() {
    let value = Rational(6, -8)
    #expect(value.numerator == BigInt(-3))
    #expect(value.denominator == BigInt(4))
    #expect(value.description == "-3/4")
    #expect(Rational(10, 5).description == "2")
  }

  @Test("Negative ties round away from zero")
  func negativeRounding() {
    #expect(Rational(-5, 1000).rounded(places: 2).formatted() == "-0.01")
    #expect(Rational(-4, 1000).rounded(places: 2).formatted() == "0.00")
  }

  @Test("Small values keep leading zeros")
  func leadingZeros() {
    #expect(Rational(1, 9).rounded(places: 4).formatted() == "0.1111")
    #expect(Rational(5, 1000).rounded(places: 2).formatted() == "0.01")
  }

  @Test("Large products stay exact beyond 128 bits")
  func bigProducts() {
    var product = BigInt.one
    for prime in [1_999_993, 1_999_999, 1_999_979, 1_999_969, 1_999_957, 1_999_951] {
      product = product * BigInt(prime)
    }
    let digits = product.description
    #expect(digits.count == 38)
    let (quotient, remainder) = product.quotientAndRemainder(dividingBy: BigInt(1_999_951))
    #expect(remainder.isZero)
    #expect(quotient * BigInt(1_999_951) == product)
    #expect((product + BigInt.one) % BigInt(1_999_951) == BigInt.one)
  }

  @Test("Sum of nine unsur with distinct denominators is exact")
  func distinctDenominators() {
    let denominators = [1_000_003, 1_000_033, 1_000_037, 1_000_039, 1_000_081, 1_000_099]
    var sum = Rational.zero
    for denominator in denominators { sum = sum + Rational(denominator - 1, denominator) }
    var back = sum
    for denominator in denominators { back = back - Rational(denominator - 1, denominator) }
    #expect(back == .zero)
    #expect(sum < Rational(6))
    #expect(sum > Rational(5))
  }

  @Test("Decimal text parses exactly", arguments: ["0.111", "0.11", "88.305", "100", "-2.5"])
  func decimalParsing(text: String) throws {
    let value = try #require(Rational(decimal: text))
    let places = text.split(separator: ".").dropFirst().first?.count ?? 0
    #expect(value.rounded(places: places).formatted() == text)
  }

  @Test(
    "Malformed decimal text is rejected",
    arguments: ["", ".5", "1.", "1,5", "1e3", "--1", "abc"]
  )
  func decimalRejection(text: String) {
    #expect(Rational(decimal: text) == nil)
  }

  @Test("Int conversion reports overflow")
  func intConversion() {
    #expect(BigInt(Int.max).intValue == Int.max)
    #expect(BigInt(Int.min).intValue == Int.min)
    #expect((BigInt(Int.max) + BigInt.one).intValue == nil)
    #expect(BigInt(-42).description == "-42")
  }
}
