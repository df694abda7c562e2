import Foundation
import SKMCore
import SKMStore
import SKMStoreConformance
import Testing

@Suite("Store conformance")
struct StoreConformanceTests {
  @Test("In-memory store conforms")
  func inMemory() {
    let failures = StoreConformance(makeStore: { InMemoryResponseStore() }).run()
    #expect(failures.isEmpty, "\(failures)")
  }

  @Test("Conformance suite catches a store that double counts")
  func catchesBrokenStore() {
    let failures = StoreConformance(makeStore: { DoubleCountingStore() }).run()
    #expect(failures.contains { $0.hasPrefix("idempotent append:") })
    #expect(failures.contains { $0.hasPrefix("concurrent appends:") })
  }
}

/// A store that forgets idempotence, to prove the suite can fail.
private final class DoubleCountingStore: SurveyStore, @unchecked Sendable {
  private let inner = InMemoryResponseStore()
  private let lock = NSLock()
  private var extra: [Response] = []

  func append(_ responses: [Response]) throws -> AppendOutcome {
    let outcome = inner.append(responses)
    lock.withLock { extra += responses.filter { outcome.duplicateIDs.contains($0.id) } }
    return AppendOutcome(stored: responses.count)
  }

  func scan(_ filter: ResponseFilter, _ body: (Response) throws -> Void) throws {
    try inner.scan(filter, body)
    for response in lock.withLock({ extra }) where filter.matches(response) { try body(response) }
  }

  func saveQuestionnaire(_ questionnaire: Questionnaire) throws -> Bool {
    try inner.saveQuestionnaire(questionnaire)
  }

  func questionnaires() throws -> [Questionnaire] { inner.questionnaires() }
}
