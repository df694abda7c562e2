import Testing

@testable import SKMCore

@Suite("Survey periods")
struct PeriodTests {
  @Test(
    "Labels parse to periods and back",
    arguments: [
      ("2026", Period.year(2026)), ("2026-S1", .semester(2026, 1)), ("2026-s2", .semester(2026, 2)),
      ("2026-TW3", .triwulan(2026, 3)), ("2026-03", .month(2026, 3)),
      (
        "2026-01-01..2026-03-31",
        .range(CivilDate(year: 2026, month: 1, day: 1)!, CivilDate(year: 2026, month: 3, day: 31)!)
      ),
    ]
  )
  func parseLabels(label: String, period: Period) {
    #expect(Period(label: label) == period)
    #expect(Period(label: period.label) == period)
  }

  @Test(
    "Invalid labels are rejected",
    arguments: [
      "", "26", "2026-S3", "2026-TW5", "2026-13", "2026-3", "2026-Q1", "2026-03-01..2026-02-01",
      "2026-02-30..2026-03-01", "tahun 2026",
    ]
  )
  func invalidLabels(label: String) {
    #expect(Period(label: label) == nil)
  }

  @Test(
    "Periods cover their dates",
    arguments: [
      (Period.semester(2026, 1), "2026-01-01", "2026-06-30"),
      (.semester(2026, 2), "2026-07-01", "2026-12-31"),
      (.triwulan(2026, 1), "2026-01-01", "2026-03-31"),
      (.triwulan(2026, 4), "2026-10-01", "2026-12-31"),
      (.month(2024, 2), "2024-02-01", "2024-02-29"),
      (.month(2025, 2), "2025-02-01", "2025-02-28"),
      (.year(2025), "2025-01-01", "2025-12-31"),
    ]
  )
  func dateRanges(period: Period, first: String, last: String) {
    #expect(period.dates.lowerBound.description == first)
    #expect(period.dates.upperBound.description == last)
  }

  @Test("Contains checks both ends")
  func contains() {
    let quarter = Period.triwulan(2025, 4)
    #expect(quarter.contains(CivilDate(year: 2025, month: 10, day: 1)!))
    #expect(quarter.contains(CivilDate(year: 2025, month: 12, day: 31)!))
    #expect(!quarter.contains(CivilDate(year: 2025, month: 9, day: 30)!))
    #expect(!quarter.contains(CivilDate(year: 2026, month: 1, day: 1)!))
  }

  @Test(
    "Display names in both languages",
    arguments: [
      (Period.triwulan(2025, 4), "Triwulan IV 2025", "Quarter IV 2025"),
      (.semester(2019, 1), "Semester I 2019", "Semester I 2019"),
      (.month(2026, 8), "Agustus 2026", "August 2026"),
      (.year(2026), "Tahun 2026", "Year 2026"),
    ]
  )
  func displayNames(period: Period, indonesian: String, english: String) {
    #expect(period.displayName(in: .indonesian) == indonesian)
    #expect(period.displayName(in: .english) == english)
  }
}
