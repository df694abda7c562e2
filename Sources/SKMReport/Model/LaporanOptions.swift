import SKMCore

/// A reason with the number of questionnaires it applies to.
public struct ReasonCount: Sendable, Hashable {
  public var reason: LocalizedText
  public var count: Int

  public init(reason: LocalizedText, count: Int) {
    self.reason = reason
    self.count = count
  }
}

/// How many questionnaires were collected, and why some were not scored.
public struct DataCollection: Sendable, Hashable {
  /// Rows or questionnaires received.
  public var collected: Int
  /// Rows rejected as invalid, such as a score outside 1–4.
  public var rejected: Int
  /// Valid rows left out of the scoring because a screening rule flagged them.
  public var excluded: Int
  /// Why rows were rejected; a row with several problems counts under each.
  public var rejectionReasons: [ReasonCount]
  /// Why rows were excluded; a row with several flags counts under each.
  public var exclusionReasons: [ReasonCount]

  public init(
    collected: Int,
    rejected: Int,
    excluded: Int = 0,
    rejectionReasons: [ReasonCount] = [],
    exclusionReasons: [ReasonCount] = []
  ) {
    self.collected = collected
    self.rejected = rejected
    self.excluded = excluded
    self.rejectionReasons = rejectionReasons
    self.exclusionReasons = exclusionReasons
  }

  /// Questionnaires that passed validation.
  public var valid: Int { collected - rejected }
  /// Questionnaires that entered the scoring.
  public var scored: Int { valid - excluded }
}

/// What a laporan is about and how it is written.
public struct LaporanOptions: Sendable {
  /// The unit (UPP) the report is about, as the title names it.
  public var unitName: String?
  /// The survey period as the title names it, such as "Triwulan IV 2025".
  public var periodName: String?
  public var language: Language
  /// How the data were collected; when `nil`, every response counts as collected and valid.
  public var collection: DataCollection?
  /// The questionnaire the responses answered, for the report's description of the method.
  public var questionnaire: Questionnaire

  public init(
    unitName: String? = nil,
    periodName: String? = nil,
    language: Language = .indonesian,
    collection: DataCollection? = nil,
    questionnaire: Questionnaire = .standard
  ) {
    self.unitName = unitName
    self.periodName = periodName
    self.language = language
    self.collection = collection
    self.questionnaire = questionnaire
  }
}
