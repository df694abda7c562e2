import Foundation
import SKMCore

/// A ``SurveyStore`` in memory, for tests, previews and short-lived hosts; nothing survives the
/// process.
///
/// Thread-safe: an `NSLock` guards all state, which is why it is `@unchecked Sendable`. A scan
/// works on a snapshot, so `body` may append to the same store.
public final class InMemoryResponseStore: SurveyStore, @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [Response] = []
  private var ids: Set<String> = []
  private var versions = QuestionnaireVersions()

  public init(_ responses: [Response] = []) {
    _ = append(responses)
  }

  @discardableResult
  public func append(_ responses: [Response]) -> AppendOutcome {
    lock.lock()
    defer { lock.unlock() }
    var outcome = AppendOutcome()
    for response in responses {
      if ids.insert(response.id).inserted {
        stored.append(response)
        outcome.stored += 1
      } else {
        outcome.duplicateIDs.append(response.id)
      }
    }
    return outcome
  }

  public func scan(_ filter: ResponseFilter, _ body: (Response) throws -> Void) throws {
    let snapshot = lock.withLock { stored }
    for response in snapshot where filter.matches(response) {
      try body(response)
    }
  }

  @discardableResult
  public func saveQuestionnaire(_ questionnaire: Questionnaire) throws -> Bool {
    try lock.withLock {
      guard try versions.isNew(questionnaire) else { return false }
      versions.insert(questionnaire)
      return true
    }
  }

  public func questionnaires() -> [Questionnaire] {
    lock.withLock { versions.sorted }
  }
}
