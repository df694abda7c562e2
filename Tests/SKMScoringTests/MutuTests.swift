import SKMCore
import Testing

@testable import SKMScoring

@Suite("Mutu pelayanan")
struct MutuTests {
  @Test(
    "Rounded konversi graded by lower bounds",
    arguments: [
      ("100.00", Mutu.a), ("88.31", .a), ("88.30", .b), ("76.61", .b), ("76.60", .c),
      ("65.00", .c), ("64.99", .d), ("25.00", .d),
    ]
  )
  func gradeBoundaries(konversi: String, expected: Mutu) throws {
    let value = try #require(FixedDecimal(konversi))
    #expect(Mutu(konversi: value) == expected)
  }

  @Test(
    "Unrounded konversi rounds half-up before grading",
    arguments: [
      ("88.305", "88.31", Mutu.a), ("88.3049", "88.30", .b), ("88.3044", "88.30", .b),
      ("76.605", "76.61", .b), ("76.6049", "76.60", .c), ("64.995", "65.00", .c),
      ("64.9949", "64.99", .d), ("88.30999", "88.31", .a), ("65", "65.00", .c),
    ]
  )
  func gradeAfterRounding(unrounded: String, rounded: String, expected: Mutu) throws {
    let value = try #require(Rational(decimal: unrounded))
    #expect(value.rounded(places: 2).formatted() == rounded)
    #expect(Mutu(unroundedKonversi: value) == expected)
  }

  @Test("Bands leave no gap between grades")
  func bandsAreContiguous() {
    let hundredth = Rational(1, 100)
    for (higher, lower) in zip(Mutu.allCases, Mutu.allCases.dropFirst()) {
      #expect(lower.upperBound.rational + hundredth == higher.lowerBound.rational)
    }
  }

  @Test("Kinerja follows the regulation's table")
  func kinerjaWording() {
    #expect(Mutu.a.kinerja.indonesian == "Sangat baik")
    #expect(Mutu.b.kinerja.indonesian == "Baik")
    #expect(Mutu.c.kinerja.indonesian == "Kurang baik")
    #expect(Mutu.d.kinerja.indonesian == "Tidak baik")
  }

  @Test("Grade A compares above grade D")
  func ordering() {
    #expect(Mutu.a > Mutu.b)
    #expect(Mutu.c > Mutu.d)
    #expect([Mutu.c, .a, .d, .b].max() == .a)
  }
}
