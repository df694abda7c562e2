import Foundation
import SKMCore

/// A ``ResponseStore`` in memory, for tests, previews and short-lived hosts.
///
/// Thread-safe: an `NSLock` guards all state, which is why it is `@unchecked Sendable`. A scan
/// works on a snapshot, so `body` may append to the same store.
public final class InMemoryResponseStore: ResponseStore, @unchecked Sendable {
  private let lock = NSLock()
  private var stored: [Response] = []
  private var ids: Set<String> = []

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
}
