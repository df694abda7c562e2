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
/// Every conforming store guarantees the following. ``StoreConformance`` checks idempotence,
/// order, visibility and filters. The journal's and SQLite's own tests check atomic batches and
/// durability, including processes killed in the middle of a batch.
/// - Appending is idempotent by response id: an id that is already stored, or that repeats
///   within the batch, stores nothing and is reported in ``AppendOutcome/duplicateIDs``, so a
///   retried upload never counts a respondent twice.
/// - After `append` returns, a scan or count from any thread or store instance on the same
///   storage includes the stored responses, in the order they were appended.
/// - A batch is stored whole or not at all when `append` throws.
/// - A durable store (the journal and SQLite stores) has written the batch to stable storage
///   before `append` returns, so a crash or power cut after that point loses none of it.
public protocol ResponseStore: Sendable {
  /// Stores the responses whose ids are new, in order, and reports the ids that were not new.
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

/// A place that keeps questionnaire versions, so each response can be read under the version it
/// was answered under.
///
/// Versions are immutable: saving an id and version that exist with identical content stores
/// nothing, and saving different content under an existing version throws
/// ``SKMError/Code/storeQuestionnaireVersionExists``; an edit must be saved as a new version.
public protocol QuestionnaireStore: Sendable {
  /// Stores a questionnaire version; returns `false` when the identical version was stored.
  @discardableResult
  func saveQuestionnaire(_ questionnaire: Questionnaire) throws -> Bool
  /// Returns every stored version, ordered by id and then version.
  func questionnaires() throws -> [Questionnaire]
}

/// A store of both responses and questionnaire versions.
public typealias SurveyStore = ResponseStore & QuestionnaireStore

extension SKMError.Code {
  /// A questionnaire version was saved again with different content.
  public static let storeQuestionnaireVersionExists = SKMError.Code(
    rawValue: "store.questionnaire-version-exists"
  )
}

extension SKMError {
  /// The error for saving different content under an existing questionnaire version.
  public static func questionnaireVersionExists(_ questionnaire: Questionnaire) -> SKMError {
    SKMError(
      code: .storeQuestionnaireVersionExists,
      message: LocalizedText(
        indonesian:
          "Kuesioner \"\(questionnaire.id)\" versi \(questionnaire.version) sudah tersimpan dengan isi yang berbeda. Simpan perubahan sebagai versi baru agar jawaban lama tetap terbaca dengan versinya sendiri.",
        english:
          "Questionnaire \"\(questionnaire.id)\" version \(questionnaire.version) is already stored with different content. Save the change as a new version so earlier answers keep their own version."
      )
    )
  }
}

/// Keeps questionnaire versions in memory under the rules of ``QuestionnaireStore``; stores
/// use it as their cache.
struct QuestionnaireVersions: Sendable {
  private(set) var all: [String: Questionnaire] = [:]

  static func key(_ questionnaire: Questionnaire) -> String {
    "\(questionnaire.id)#\(questionnaire.version)"
  }

  /// Returns whether the version is new, or throws when it conflicts with a stored one.
  func isNew(_ questionnaire: Questionnaire) throws -> Bool {
    guard let existing = all[Self.key(questionnaire)] else { return true }
    guard existing == questionnaire else {
      throw SKMError.questionnaireVersionExists(questionnaire)
    }
    return false
  }

  mutating func insert(_ questionnaire: Questionnaire) {
    all[Self.key(questionnaire)] = questionnaire
  }

  var sorted: [Questionnaire] {
    all.values.sorted { ($0.id, $0.version) < ($1.id, $1.version) }
  }
}
