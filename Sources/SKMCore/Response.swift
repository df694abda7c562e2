/// One respondent's completed questionnaire.
///
/// An unsur the respondent left blank has no entry in ``answers``: it leaves that unsur's
/// denominator and never counts as 0.
public struct Response: Sendable, Hashable, Codable, Identifiable {
  /// An identifier unique within its source, such as an export's id column.
  public var id: String
  /// The submission time, in the source's own (usually server) time.
  public var submittedAt: CivilDateTime?
  /// The service unit (UPP) the response is about.
  public var unitID: String?
  /// The jenis layanan (service) the respondent used.
  public var service: String?
  public var profile: RespondentProfile
  public var answers: [UnsurKey: Score]
  /// The respondent's saran (suggestion), as written.
  public var suggestion: String?
  /// The version of the questionnaire the answers were given under.
  public var questionnaireVersion: Int?
  /// The device or address the response came from, such as a kiosk id or an IP address, as
  /// the collecting application recorded it.
  public var source: String?

  public init(
    id: String,
    submittedAt: CivilDateTime? = nil,
    unitID: String? = nil,
    service: String? = nil,
    profile: RespondentProfile = .empty,
    answers: [UnsurKey: Score],
    suggestion: String? = nil,
    questionnaireVersion: Int? = nil,
    source: String? = nil
  ) {
    self.id = id
    self.submittedAt = submittedAt
    self.unitID = unitID
    self.service = service
    self.profile = profile
    self.answers = answers
    self.suggestion = suggestion
    self.questionnaireVersion = questionnaireVersion
    self.source = source
  }

  /// Returns the score for an unsur, or `nil` where the respondent left it blank.
  public subscript(key: UnsurKey) -> Score? { answers[key] }
}
