import SKMCore

/// Counts of respondents per category of one profile question, with the share of each.
public struct Breakdown: Sendable, Hashable {
  /// A category and how many respondents are in it.
  public struct Row: Sendable, Hashable {
    public var label: LocalizedText
    public var count: Int
    /// count / total, exact; `nil` when the breakdown is empty.
    public var share: Rational?
  }

  /// Categories in their natural order (grades, age bands) or by count for free text.
  public var rows: [Row]
  /// Respondents counted, including those in ``unknown``.
  public var total: Int
  /// Respondents whose value is missing or not recognised.
  public var unknown: Int

  init(counts: [(LocalizedText, Int)], unknown: Int) {
    let total = counts.reduce(unknown) { $0 + $1.1 }
    self.rows = counts.map { label, count in
      Row(label: label, count: count, share: total > 0 ? Rational(count, total) : nil)
    }
    self.total = total
    self.unknown = unknown
  }

  /// The share of the unknown respondents, exact.
  public var unknownShare: Rational? { total > 0 ? Rational(unknown, total) : nil }
}

/// Counts respondents by jenis kelamin, age band, pendidikan, pekerjaan and jenis layanan, in
/// memory bounded by the number of distinct services. Two accumulators merge.
public struct CharacteristicsAccumulator: Sendable, Hashable {
  public let ageBands: AgeBands
  private var gender: [Gender: Int] = [:]
  private var ages: [Int]
  private var education: [EducationLevel: Int] = [:]
  private var occupation: [OccupationGroup: Int] = [:]
  private var services: [String: Int] = [:]
  private var respondents = 0

  public init(ageBands: AgeBands = .standard) {
    self.ageBands = ageBands
    self.ages = Array(repeating: 0, count: ageBands.count)
  }

  public mutating func add(_ response: Response) {
    respondents += 1
    let profile = response.profile
    if let value = profile.gender { gender[value, default: 0] += 1 }
    if let age = profile.age { ages[ageBands.band(of: age)] += 1 }
    if let value = profile.education.flatMap(EducationLevel.init(text:)) {
      education[value, default: 0] += 1
    }
    if let value = profile.occupation.flatMap(OccupationGroup.init(text:)) {
      occupation[value, default: 0] += 1
    }
    if let service = response.service { services[service, default: 0] += 1 }
  }

  /// Adds respondents counted field by field, as adding each of them would.
  ///
  /// - Parameters:
  ///   - margins: The respondents per value of each profile field.
  ///   - services: The respondents per service.
  ///   - respondents: All the respondents, including those who left fields empty.
  public mutating func add(_ margins: ProfileMargins, services: [String: Int], respondents: Int) {
    self.respondents += respondents
    gender.merge(margins.genders, uniquingKeysWith: +)
    for (age, count) in margins.ages { ages[ageBands.band(of: age)] += count }
    for (text, count) in margins.education {
      if let value = EducationLevel(text: text) { education[value, default: 0] += count }
    }
    for (text, count) in margins.occupation {
      if let value = OccupationGroup(text: text) { occupation[value, default: 0] += count }
    }
    self.services.merge(services, uniquingKeysWith: +)
  }

  /// Adds the counts of `other`, which must use the same age bands.
  public mutating func merge(_ other: CharacteristicsAccumulator) {
    precondition(other.ageBands == ageBands, "merged characteristics need the same age bands")
    gender.merge(other.gender, uniquingKeysWith: +)
    ages = zip(ages, other.ages).map(+)
    education.merge(other.education, uniquingKeysWith: +)
    occupation.merge(other.occupation, uniquingKeysWith: +)
    services.merge(other.services, uniquingKeysWith: +)
    respondents += other.respondents
  }

  public var genderBreakdown: Breakdown {
    breakdown(
      Gender.allCases.map {
        (
          LocalizedText(
            indonesian: $0.displayName(in: .indonesian),
            english: $0.displayName(in: .english)
          ), gender[$0] ?? 0
        )
      }
    )
  }

  public var ageBreakdown: Breakdown {
    breakdown((0..<ageBands.count).map { (ageBands.label($0), ages[$0]) })
  }

  public var educationBreakdown: Breakdown {
    breakdown(
      EducationLevel.allCases.compactMap { level in
        // The combined S2/S3 choice appears only when an export offers it.
        level == .postgraduate && education[level] == nil
          ? nil : (level.displayName, education[level] ?? 0)
      }
    )
  }

  public var occupationBreakdown: Breakdown {
    breakdown(OccupationGroup.allCases.map { ($0.displayName, occupation[$0] ?? 0) })
  }

  /// Services by count, most used first, then by name.
  public var serviceBreakdown: Breakdown {
    let sorted = services.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
    return breakdown(sorted.map { (LocalizedText($0.key), $0.value) })
  }

  private func breakdown(_ counts: [(LocalizedText, Int)]) -> Breakdown {
    Breakdown(counts: counts, unknown: respondents - counts.reduce(0) { $0 + $1.1 })
  }
}
