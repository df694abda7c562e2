import Foundation
import SKMCore
import SKMStore

/// The checks every ``SurveyStore`` must pass, so a host can run them on its own store.
///
/// Each check uses a fresh store from `makeStore`. When `reopen` is given, the checks also
/// close and reopen the store and expect everything stored to survive. Run it from a test:
///
/// ```swift
/// let failures = StoreConformance(makeStore: { try MyStore(path: temporaryPath()) }).run()
/// #expect(failures.isEmpty, "\(failures)")
/// ```
public struct StoreConformance<Store: SurveyStore> {
  let makeStore: () throws -> Store
  let reopen: ((Store) throws -> Store)?

  /// - Parameters:
  ///   - makeStore: Returns a new, empty store.
  ///   - reopen: Closes the given store and returns a new instance on the same storage, for
  ///     durable stores; `nil` for a store that keeps nothing between instances.
  public init(makeStore: @escaping () throws -> Store, reopen: ((Store) throws -> Store)? = nil) {
    self.makeStore = makeStore
    self.reopen = reopen
  }

  /// Runs every check and returns a description of each failure; empty when the store conforms.
  public func run() -> [String] {
    var failures: [String] = []
    let checks: [(String, (Store, inout [String]) throws -> Void)] = [
      ("empty store", checkEmpty),
      ("append and scan in order", checkAppendOrder),
      ("idempotent append", checkIdempotence),
      ("filters", checkFilters),
      ("every field survives", checkRoundTrip),
      ("questionnaire versions", checkQuestionnaires),
      ("concurrent appends", checkConcurrentAppends),
      ("large batch", checkLargeBatch),
    ]
    for (name, check) in checks {
      var found: [String] = []
      do {
        try check(try makeStore(), &found)
      } catch {
        found.append("threw \(error)")
      }
      failures += found.map { "\(name): \($0)" }
    }
    return failures
  }

  private func checkEmpty(_ store: Store, _ failures: inout [String]) throws {
    try expect(try store.count(.all) == 0, "a new store counts \(try store.count(.all))", &failures)
    var seen = 0
    try store.scan(.all) { _ in seen += 1 }
    try expect(seen == 0, "a new store scanned \(seen) responses", &failures)
  }

  private func checkAppendOrder(_ store: Store, _ failures: inout [String]) throws {
    let batch = (1...20).map { Self.sample(id: "r\($0)", day: $0) }
    let outcome = try store.append(batch)
    try expect(outcome.stored == 20, "stored \(outcome.stored) of 20", &failures)
    try expect(outcome.duplicateIDs.isEmpty, "new ids reported as duplicates", &failures)
    try store.append([Self.sample(id: "r21", day: 21)])
    let ids = try store.responses().map(\.id)
    try expect(ids == (1...21).map { "r\($0)" }, "scan order \(ids.prefix(5))…", &failures)
    try expect(try store.count(.all) == 21, "count after appends", &failures)
    if let reopen {
      let reopened = try reopen(store)
      try expect(
        try reopened.responses().map(\.id) == ids,
        "order changed after reopening",
        &failures
      )
    }
  }

  private func checkIdempotence(_ store: Store, _ failures: inout [String]) throws {
    let batch = (1...5).map { Self.sample(id: "x\($0)", day: $0) }
    try store.append(batch)
    let again = try store.append(batch + [Self.sample(id: "x6", day: 6)])
    try expect(again.stored == 1, "a repeated batch stored \(again.stored), expected 1", &failures)
    try expect(
      again.duplicateIDs == (1...5).map { "x\($0)" },
      "duplicates \(again.duplicateIDs)",
      &failures
    )
    let within = try store.append([Self.sample(id: "y", day: 1), Self.sample(id: "y", day: 2)])
    try expect(
      within.stored == 1 && within.duplicateIDs == ["y"],
      "repeat within a batch",
      &failures
    )
    var current = store
    if let reopen { current = try reopen(store) }
    let afterReopen = try current.append(batch)
    try expect(
      afterReopen.stored == 0,
      "stored \(afterReopen.stored) known ids after reopening",
      &failures
    )
    try expect(
      try current.count(.all) == 7,
      "count \(try current.count(.all)), expected 7",
      &failures
    )
  }

  private func checkFilters(_ store: Store, _ failures: inout [String]) throws {
    var undated = Self.sample(id: "undated", day: 1)
    undated.submittedAt = nil
    try store.append((1...12).map { Self.sample(id: "f\($0)", day: $0) } + [undated])
    let cases: [(ResponseFilter, Int, String)] = [
      (.all, 13, "all"),
      (ResponseFilter(unitID: "kecamatan-a"), 7, "unit"),
      (ResponseFilter(service: "KTP-el"), 6, "service"),
      (ResponseFilter(period: .month(2026, 1)), 12, "period"),
      (ResponseFilter(period: Period(label: "2026-01-03..2026-01-05")), 3, "date range"),
      (ResponseFilter(questionnaireVersion: 2), 4, "version"),
      (
        ResponseFilter(unitID: "kecamatan-a", service: "KTP-el", period: .month(2026, 1)), 3,
        "all fields"
      ),
    ]
    for (filter, expected, name) in cases {
      let count = try store.count(filter)
      var scanned: [Response] = []
      try store.scan(filter) { scanned.append($0) }
      try expect(
        count == expected,
        "\(name) filter counts \(count), expected \(expected)",
        &failures
      )
      try expect(
        scanned.allSatisfy(filter.matches),
        "\(name) filter scanned a non-matching response",
        &failures
      )
      try expect(scanned.count == count, "\(name) filter scan and count differ", &failures)
    }
  }

  private func checkRoundTrip(_ store: Store, _ failures: inout [String]) throws {
    var full = Self.sample(id: "lengkap \"kutip\" , koma", day: 9)
    full.suggestion = "Baris satu\nbaris dua, \"dikutip\" — ✓ 日本"
    full.answers[.waktu] = nil
    full.source = "kiosk-7"
    full.profile = RespondentProfile(
      gender: .female,
      age: 61,
      education: "S2 / S3",
      occupation: "Pelajar/Mahasiswa"
    )
    var bare = Response(id: "kosong", answers: [:])
    bare.suggestion = ""
    try store.append([full, bare])
    var current = store
    if let reopen { current = try reopen(store) }
    let read = try current.responses()
    try expect(read == [full, bare], "read back \(read)", &failures)
  }

  private func checkQuestionnaires(_ store: Store, _ failures: inout [String]) throws {
    let first = Questionnaire.standard
    let second = first.nextVersion { $0.items[3].answerLabels[0] = LocalizedText("Tidak wajar") }
    try expect(try store.saveQuestionnaire(first), "a new version was not stored", &failures)
    try expect(
      try !store.saveQuestionnaire(first),
      "an identical version was stored twice",
      &failures
    )
    try store.saveQuestionnaire(second)
    var changed = first
    changed.title = LocalizedText("Judul lain")
    do {
      try store.saveQuestionnaire(changed)
      failures.append("changed content under version \(first.version) was accepted")
    } catch let error as SKMError where error.code == .storeQuestionnaireVersionExists {
    }
    var current = store
    if let reopen { current = try reopen(store) }
    let versions = try current.questionnaires()
    try expect(
      versions == [first, second],
      "stored versions \(versions.map(\.version))",
      &failures
    )
  }

  private func checkConcurrentAppends(_ store: Store, _ failures: inout [String]) throws {
    let errors = ErrorBox()
    DispatchQueue.concurrentPerform(iterations: 4) { worker in
      // Each worker appends its own ids and, in the same batches, ids every worker shares.
      for round in 0..<10 {
        let own = (0..<5).map { Self.sample(id: "w\(worker)-\(round)-\($0)", day: 1 + $0) }
        let shared = Self.sample(id: "shared-\(round)", day: 1)
        do { try store.append(own + [shared]) } catch { errors.add("\(error)") }
      }
    }
    failures += errors.messages
    let count = try store.count(.all)
    try expect(
      count == 4 * 10 * 5 + 10,
      "count \(count) after concurrent appends, expected 210",
      &failures
    )
    let ids = try store.responses().map(\.id)
    try expect(Set(ids).count == ids.count, "a response was stored twice", &failures)
  }

  private func checkLargeBatch(_ store: Store, _ failures: inout [String]) throws {
    let batch = (0..<5000).map { Self.sample(id: "big-\($0)", day: 1 + $0 % 28) }
    let outcome = try store.append(batch)
    try expect(outcome.stored == 5000, "stored \(outcome.stored) of 5000", &failures)
    try expect(
      try store.count(ResponseFilter(service: "KTP-el")) == 1965,
      "service count",
      &failures
    )
  }

  /// A response in January 2026: units alternate, every fifth response from `day` 1 uses
  /// questionnaire version 2, and services cycle through three names.
  static func sample(id: String, day: Int) -> Response {
    let services = ["KTP-el", "Kartu Keluarga", "Akta Kelahiran", "KTP-el", "Pindah Datang"]
    var answers: [UnsurKey: Score] = [:]
    for (index, unsur) in Unsur.standard.enumerated() {
      answers[unsur.key] = Score(1 + (day + index) % 4)
    }
    return Response(
      id: id,
      submittedAt: CivilDateTime(
        date: CivilDate(year: 2026, month: 1, day: day)!,
        hour: 9,
        minute: day
      ),
      unitID: day % 2 == 1 || day > 12 ? "kecamatan-a" : "kecamatan-b",
      service: services[(day - 1) % services.count],
      profile: RespondentProfile(gender: day % 2 == 0 ? .male : .female, age: 20 + day),
      answers: answers,
      suggestion: day % 3 == 0 ? "Saran \(day)" : nil,
      questionnaireVersion: day % 3 == 0 ? 2 : 1
    )
  }

  private func expect(
    _ condition: @autoclosure () throws -> Bool,
    _ message: @autoclosure () throws -> String,
    _ failures: inout [String]
  ) rethrows {
    if try !condition() { failures.append(try message()) }
  }
}

/// Collects error messages from concurrent workers; a lock guards the array.
private final class ErrorBox: @unchecked Sendable {
  private let lock = NSLock()
  private var list: [String] = []

  func add(_ message: String) { lock.withLock { list.append(message) } }
  var messages: [String] { lock.withLock { list } }
}
