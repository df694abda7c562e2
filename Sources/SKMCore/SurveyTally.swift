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

  /// How many responses of one service share one respondent profile.
  public struct ProfileCount: Sendable, Hashable {
    public var profile: RespondentProfile
    public var service: String?
    public var count: Int

    public init(profile: RespondentProfile, service: String?, count: Int) {
      self.profile = profile
      self.service = service
      self.count = count
    }
  }

  /// The groups; each response is in exactly one.
  public var groups: [Group]
  /// The profiles; each response is counted under exactly one.
  public var profiles: [ProfileCount]

  public init(groups: [Group] = [], profiles: [ProfileCount] = []) {
    self.groups = groups
    self.profiles = profiles
  }
}
