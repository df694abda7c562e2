import SKMCore

/// Everything a laporan needs from one pass over the responses: the unit's counts, the counts
/// per jenis layanan and per unit, and the respondent characteristics.
///
/// Memory grows with the number of distinct services and units, not with responses. Two
/// accumulators over the same questionnaire merge.
public struct SurveyAccumulator: Sendable, Hashable {
  public private(set) var overall: ScoreAccumulator
  public private(set) var byService: [String: ScoreAccumulator] = [:]
  public private(set) var byUnit: [String: ScoreAccumulator] = [:]
  public private(set) var characteristics: CharacteristicsAccumulator

  public init(questionnaire: Questionnaire = .standard, ageBands: AgeBands = .standard) {
    overall = ScoreAccumulator(questionnaire: questionnaire)
    characteristics = CharacteristicsAccumulator(ageBands: ageBands)
  }

  /// Creates an accumulator holding counts without respondents, such as a tally table's;
  /// it has no services, units or characteristics.
  public init(overall: ScoreAccumulator, ageBands: AgeBands = .standard) {
    self.overall = overall
    characteristics = CharacteristicsAccumulator(ageBands: ageBands)
  }

  /// Creates the accumulator that adding every response counted in `tally` would give.
  public init(
    _ tally: SurveyTally,
    questionnaire: Questionnaire = .standard,
    ageBands: AgeBands = .standard
  ) throws(SKMError) {
    self.init(questionnaire: questionnaire, ageBands: ageBands)
    for group in tally.groups {
      let counts = ScoreAccumulator(tally: group.tally, respondents: group.respondents)
      try overall.merge(counts)
      if let service = group.service {
        try byService[service, default: ScoreAccumulator(unsur: overall.unsur)].merge(counts)
      }
      if let unit = group.unitID {
        try byUnit[unit, default: ScoreAccumulator(unsur: overall.unsur)].merge(counts)
      }
    }
    var services: [String: Int] = [:]
    for group in tally.groups {
      if let service = group.service { services[service, default: 0] += group.respondents }
    }
    characteristics.add(tally.profiles, services: services, respondents: overall.respondents)
  }

  public mutating func add(_ response: Response) {
    overall.add(response)
    if let service = response.service {
      byService[service, default: ScoreAccumulator(unsur: overall.unsur)].add(response)
    }
    if let unit = response.unitID {
      byUnit[unit, default: ScoreAccumulator(unsur: overall.unsur)].add(response)
    }
    characteristics.add(response)
  }

  /// Adds the counts of `other`, which must score the same unsur.
  public mutating func merge(_ other: SurveyAccumulator) throws(SKMError) {
    try overall.merge(other.overall)
    for (service, counts) in other.byService {
      try byService[service, default: ScoreAccumulator(unsur: overall.unsur)].merge(counts)
    }
    for (unit, counts) in other.byUnit {
      try byUnit[unit, default: ScoreAccumulator(unsur: overall.unsur)].merge(counts)
    }
    characteristics.merge(other.characteristics)
  }

  /// The result of each jenis layanan, by name.
  public func serviceResults(weightPolicy: WeightPolicy = .exact) -> [GroupResult] {
    GroupResult.sorted(byService, weightPolicy: weightPolicy)
  }

  /// The result of each unit, by name.
  public func unitResults(weightPolicy: WeightPolicy = .exact) -> [GroupResult] {
    GroupResult.sorted(byUnit, weightPolicy: weightPolicy)
  }
}

/// The result of one group of responses, such as a jenis layanan or a unit.
public struct GroupResult: Sendable, Hashable {
  public var name: String
  public var result: IKMResult

  public init(name: String, result: IKMResult) {
    self.name = name
    self.result = result
  }

  static func sorted(_ groups: [String: ScoreAccumulator], weightPolicy: WeightPolicy)
    -> [GroupResult]
  {
    groups.keys.sorted().map {
      GroupResult(name: $0, result: IKMResult(groups[$0]!, weightPolicy: weightPolicy))
    }
  }
}
