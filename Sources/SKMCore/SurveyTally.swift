/// The answers of a set of responses counted per jenis layanan and unit, with the respondent
/// profiles counted alike: everything that the tables of a report need, without the responses.
///
/// A reader that counts an export without building a ``Response`` per row produces it; the
/// scoring module turns it into the accumulator that adding every response would give.
public struct SurveyTally: Sendable, Hashable {
  /// The responses of one service at one unit.
  public struct Group: Sendable, Hashable {
    public var service: String?
    public var unitID: String?
    /// The answers of the group per unsur and score.
    public var tally: TallyTable
    /// The responses in the group, including those that leave every unsur blank.
    public var respondents: Int

    public init(service: String?, unitID: String?, tally: TallyTable, respondents: Int) {
      self.service = service
      self.unitID = unitID
      self.tally = tally
      self.respondents = respondents
    }
  }

  /// The groups; each response is in exactly one.
  public var groups: [Group]
  /// How many responses record each value of the profile fields.
  public var profiles: ProfileMargins

  public init(groups: [Group] = [], profiles: ProfileMargins = ProfileMargins()) {
    self.groups = groups
    self.profiles = profiles
  }
}

/// How many responses record each value of each profile field, field by field. Responses that
/// leave a field empty are not counted under it.
public struct ProfileMargins: Sendable, Hashable {
  public var genders: [Gender: Int]
  public var ages: [Int: Int]
  /// Pendidikan as written in the source.
  public var education: [String: Int]
  /// Pekerjaan as written in the source.
  public var occupation: [String: Int]

  public init(
    genders: [Gender: Int] = [:],
    ages: [Int: Int] = [:],
    education: [String: Int] = [:],
    occupation: [String: Int] = [:]
  ) {
    self.genders = genders
    self.ages = ages
    self.education = education
    self.occupation = occupation
  }
}
