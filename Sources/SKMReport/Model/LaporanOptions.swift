import SKMCore
import SKMScoring

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
  /// The reasons rows were rejected. A row with several problems counts under each.
  public var rejectionReasons: [ReasonCount]
  /// The reasons rows were excluded. A row with several flags counts under each.
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

/// The person who signs the report, usually the head of the unit.
public struct Signatory: Sendable, Hashable {
  public var name: String
  /// The NIP (civil servant number), if the report prints one.
  public var identifier: String?
  /// The position, such as "Kepala Dinas Kependudukan dan Pencatatan Sipil".
  public var position: String

  public init(name: String, identifier: String? = nil, position: String) {
    self.name = name
    self.identifier = identifier
    self.position = position
  }
}

/// The subject, context and language of a laporan.
public struct LaporanOptions: Sendable {
  /// The unit (UPP) the report is about, as the title names it.
  public var unitName: String?
  /// The OPD the unit belongs to.
  public var organization: String?
  /// The pemerintah daerah, such as "Kabupaten Mahakam Ulu".
  public var region: String?
  /// The survey period as the title names it, such as "Triwulan IV 2025".
  public var periodName: String?
  public var language: Language
  /// The collection counts. When `nil`, every response counts as collected and valid.
  public var collection: DataCollection?
  /// The questionnaire the responses answered, printed in the appendix.
  public var questionnaire: Questionnaire
  /// Service recipients in the survey period, for the required sample size.
  public var population: Int?
  /// Published konversi values of earlier periods, oldest first, for the trend.
  public var previousPeriods: [TrendPoint]
  /// The unit's own follow-up plan entries; they replace the suggested program of their unsur.
  public var plan: [FollowUpPlanEntry]
  public var signatory: Signatory?
  /// The place of signing, such as "Ujoh Bilang".
  public var place: String?
  /// The date the report is signed.
  public var reportDate: CivilDate?
  /// The collection method, such as "kuesioner elektronik (e-SKM)".
  public var collectionMethod: String?
  /// The team that ran the survey, such as "Tim SKM Sekretariat Daerah".
  public var surveyTeam: String?
  public var ageBands: AgeBands
  /// Respondents listed one by one in the appendix at most; the full form is the CSV output.
  public var maximumAppendixRows: Int
  /// Suggestions quoted per service at most; the rest are counted.
  public var maximumQuotedSuggestions: Int

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
    self.previousPeriods = []
    self.plan = []
    self.ageBands = .standard
    self.maximumAppendixRows = 500
    self.maximumQuotedSuggestions = 100
  }

  /// The limits of the ``ResponseSample`` that a report with these options quotes from.
  public var sampleLimits: ResponseSample.Limits {
    ResponseSample.Limits(
      listed: maximumAppendixRows,
      suggestionsPerService: maximumQuotedSuggestions
    )
  }
}
