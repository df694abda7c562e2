import Foundation
import SKMCore
import SKMScoring
import SKMStore
import SKMTestSupport
import Testing

private func timed(
  _ id: String,
  _ time: String,
  source: String? = nil,
  service: String? = nil,
  age: Int? = 30,
  scores: [Int] = Array(repeating: 4, count: 9)
) -> Response {
  var answers: [UnsurKey: Score] = [:]
  for (unsur, value) in zip(Unsur.standard, scores) { answers[unsur.key] = Score(value) }
  return Response(
    id: id,
    submittedAt: CivilDateTime(iso: Substring(time)),
    service: service,
    profile: RespondentProfile(gender: .female, age: age, education: "S1", occupation: "ASN"),
    answers: answers,
    source: source
  )
}

private func rules(_ flags: [[ResponseFlag]]) -> [[ScreeningRule]] {
  flags.map { $0.map(\.rule) }
}

@Suite("Response screening")
struct ResponseScreeningTests {
  @Test("Mahulu repeats on one day are flagged after the first")
  func mahuluSameDay() throws {
    let imported = try ResponseCSVImporter().importFile(at: Fixture.mahulu.url)
    let flags = ResponseScreening().flags(for: imported.responses)
    let flagged = zip(imported.responses, flags).filter { !$1.isEmpty }.map(\.0.id)
    #expect(flagged == ["19", "22", "32", "33", "34", "35", "36"])
    let first = try #require(flags[imported.responses.firstIndex { $0.id == "32" }!].first)
    #expect(first.rule == .repeatedSubmission)
    #expect(first.reason.indonesian.contains("id 31"))
  }

  @Test("Wider window also flags ids 11 and 12 four days apart")
  func mahuluWeekWindow() throws {
    let imported = try ResponseCSVImporter().importFile(at: Fixture.mahulu.url)
    var options = ScreeningOptions()
    options.repeatWindow = .hours(7 * 24)
    let flags = ResponseScreening(options: options).flags(for: imported.responses)
    let twelve = try #require(imported.responses.firstIndex { $0.id == "12" })
    #expect(flags[twelve].map(\.rule) == [.repeatedSubmission])
    #expect(flags[twelve].first?.reason.english.contains("id 11") == true)
  }

  @Test("Repeat window compares hours across midnight")
  func repeatWindowHours() {
    let responses = [timed("a", "2026-01-01 23:30"), timed("b", "2026-01-02 00:15")]
    #expect(rules(ResponseScreening().flags(for: responses)) == [[], []])
    var options = ScreeningOptions()
    options.repeatWindow = .hours(1)
    #expect(
      rules(ResponseScreening(options: options).flags(for: responses)) == [
        [], [.repeatedSubmission],
      ]
    )
    options.repeatWindow = nil
    #expect(rules(ResponseScreening(options: options).flags(for: responses)) == [[], []])
  }

  @Test("Different answers or profile are no repeat")
  func notRepeats() {
    let responses = [
      timed("a", "2026-01-01 09:00"),
      timed("b", "2026-01-01 09:05", scores: [4, 4, 4, 4, 4, 4, 4, 4, 3]),
      timed("c", "2026-01-01 09:10", age: 31),
    ]
    #expect(rules(ResponseScreening().flags(for: responses)) == [[], [], []])
  }

  @Test("Rows without time or profile are never repeats")
  func sekadauNoRepeats() throws {
    let imported = try ResponseCSVImporter().importFile(at: Fixture.sekadau.url)
    let flags = ResponseScreening().flags(for: imported.responses)
    #expect(flags.allSatisfy { $0.isEmpty })
  }

  @Test("Duplicate id is flagged on the later row")
  func duplicateID() {
    let responses = [timed("7", "2026-01-01 09:00"), timed("7", "2026-02-01 09:00", age: 50)]
    let flags = ResponseScreening().flags(for: responses, labels: ["baris 2", "baris 9"])
    #expect(rules(flags) == [[], [.duplicateID]])
    #expect(flags[1].first?.reason.indonesian == "ID \"7\" sudah dipakai oleh baris 2.")
  }

  @Test("Burst from one source above the usual rate")
  func burst() {
    var responses: [Response] = []
    // A kiosk with a usual pace of one response an hour over ten hours …
    for hour in 0..<10 {
      responses.append(
        timed(
          "k\(hour)",
          "2026-03-0\(1 + hour % 5) 1\(hour % 6):00",
          source: "kiosk-1",
          age: 20 + hour
        )
      )
    }
    // … and twelve responses from one address within twenty minutes.
    for minute in 0..<12 {
      let clock = minute < 10 ? "0\(minute)" : "\(minute)"
      responses.append(
        timed("b\(minute)", "2026-03-09 10:\(clock)", source: "10.0.0.9", age: 40 + minute)
      )
    }
    let flags = ResponseScreening().flags(for: responses)
    let burstIDs = zip(responses, flags).filter { $1.contains { $0.rule == .burst } }.map(\.0.id)
    #expect(burstIDs == ["b10", "b11"])
    #expect(flags.last?.first?.reason.english.contains("12 responses within an hour") == true)
  }

  @Test("No source column means no burst flags")
  func burstNeedsSource() {
    let responses = (0..<30).map { timed("x\($0)", "2026-03-09 10:00", age: 20 + $0) }
    #expect(
      ResponseScreening().flags(for: responses).allSatisfy { !$0.contains { $0.rule == .burst } }
    )
  }

  @Test("Service hours, ages and identical answers")
  func singleRowRules() {
    var options = ScreeningOptions()
    options.serviceHours = 8 * 60...16 * 60
    options.flagIdenticalAnswers = true
    options.repeatWindow = nil
    let responses = [
      timed("early", "2026-01-05 07:59", scores: [3, 4, 4, 4, 4, 4, 4, 4, 4]),
      timed("open", "2026-01-05 08:00", scores: [3, 4, 4, 4, 4, 4, 4, 4, 4]),
      timed("close", "2026-01-05 16:00", scores: [3, 4, 4, 4, 4, 4, 4, 4, 4]),
      timed("late", "2026-01-05 16:01", scores: [3, 4, 4, 4, 4, 4, 4, 4, 4]),
      timed("child", "2026-01-05 09:00", age: 7, scores: [3, 4, 4, 4, 4, 4, 4, 4, 4]),
      timed("old", "2026-01-05 09:00", age: 130, scores: [3, 4, 4, 4, 4, 4, 4, 4, 4]),
      timed("same", "2026-01-05 09:00", age: 45),
    ]
    let flags = rules(ResponseScreening(options: options).flags(for: responses))
    #expect(
      flags == [
        [.outsideServiceHours], [], [], [.outsideServiceHours], [.implausibleAge],
        [.implausibleAge], [.identicalAnswers],
      ]
    )
  }
}
