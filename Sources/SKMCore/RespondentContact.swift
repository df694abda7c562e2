/// How to reach a respondent who asked to be contacted, for example after a complaint.
///
/// Contact details are personal data and never part of a ``Response``: a host keeps them in a
/// separate record linked by the response id, under its own access rules. No report, export or
/// store of this library reads or writes them, and CSV imports drop such columns with a warning.
public struct RespondentContact: Sendable, Hashable, Codable {
  /// The id of the response the contact belongs to.
  public var responseID: String
  public var name: String?
  public var phone: String?
  public var email: String?
  /// The respondent's request, such as a call back about a complaint.
  public var note: String?

  public init(
    responseID: String,
    name: String? = nil,
    phone: String? = nil,
    email: String? = nil,
    note: String? = nil
  ) {
    self.responseID = responseID
    self.name = name
    self.phone = phone
    self.email = email
    self.note = note
  }
}
