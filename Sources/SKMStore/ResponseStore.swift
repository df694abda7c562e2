import SKMCore

/// A selection of responses for a scan or count. A `nil` field matches everything.
public struct ResponseFilter: Sendable, Hashable {
  public var unitID: String?
  public var service: String?
  /// Responses submitted within the period; a response with no submission time never matches
  /// a period filter.
  public var period: Period?
  public var questionnaireVersion: Int?

  public init(
    unitID: String? = nil,
    service: String? = nil,
    period: Period? = nil,
    questionnaireVersion: Int? = nil
  ) {
    self.unitID = unitID
    self.service = service
    self.period = period
    self.questionnaireVersion = questionnaireVersion
  }

  public static let all = ResponseFilter()

  public func matches(_ response: Response) -> Bool {
    if let unitID, response.unitID != unitID { return false }
    if let service, response.service != service { return false }
    if let questionnaireVersion, response.questionnaireVersion != questionnaireVersion {
      return false
    }
    if let period {
      guard let submitted = response.submittedAt, period.contains(submitted.date) else {
        return false
      }
    }
    return true
  }
}

/// The outcome of an append.
public struct AppendOutcome: Sendable, Hashable {
  /// How many responses were new and are now stored.
  public var stored: Int
  /// The ids that were already stored (or repeated within the batch), which stored nothing.
  public var duplicateIDs: [String]

  public init(stored: Int = 0, duplicateIDs: [String] = []) {
    self.stored = stored
    self.duplicateIDs = duplicateIDs
  }
}

/// A place that keeps responses: the host's database, a file, or memory.
///
/// Appending is idempotent by response id: an id that is already stored stores nothing and is
/// reported in ``AppendOutcome/duplicateIDs``, so a retried upload never counts a respondent
/// twice. After `append` returns, a scan from any thread includes the stored responses.
public protocol ResponseStore: Sendable {
  /// Stores the responses whose ids are new, in order.
  func append(_ responses: [Response]) throws -> AppendOutcome
  /// Calls `body` with every stored response that `filter` matches, in the order stored.
  func scan(_ filter: ResponseFilter, _ body: (Response) throws -> Void) throws
  /// Returns how many stored responses `filter` matches.
  func count(_ filter: ResponseFilter) throws -> Int
}

extension ResponseStore {
  public func count(_ filter: ResponseFilter) throws -> Int {
    var total = 0
    try scan(filter) { _ in total += 1 }
    return total
  }

  /// Returns the matching responses as an array.
  public func responses(_ filter: ResponseFilter = .all) throws -> [Response] {
    var list: [Response] = []
    try scan(filter) { list.append($0) }
    return list
  }
}
