/// The part of the responses that a report quotes: the first responses in order, the
/// respondents' suggestions by service, and the first and last submission dates.
///
/// Its size does not grow with the number of responses: it keeps ``Limits/listed`` responses
/// and ``Limits/suggestionsPerService`` suggestions per service, so it grows only with the
/// number of distinct services.
///
/// Adding responses in file order, or appending the sample of a later stretch of the file to
/// that of an earlier one, gives the same sample.
public struct ResponseSample: Sendable, Hashable {
  /// How much of the responses a sample keeps.
  public struct Limits: Sendable, Hashable {
    /// The responses kept in order, for the processing form in a report's appendix.
    public var listed: Int
    /// The suggestions quoted per service; the rest are only counted.
    public var suggestionsPerService: Int

    public init(listed: Int = 500, suggestionsPerService: Int = 100) {
      self.listed = max(listed, 0)
      self.suggestionsPerService = max(suggestionsPerService, 0)
    }
  }

  /// The suggestions of one service: the first ones as written, and how many there are.
  public struct Suggestions: Sendable, Hashable {
    /// The first suggestions in order, without leading and trailing whitespace.
    public var quoted: [String] = []
    /// All non-blank suggestions, quoted or not.
    public var total = 0
  }

  public let limits: Limits
  /// The first responses added, at most ``Limits/listed``.
  public private(set) var listed: [Response] = []
  /// Suggestions by service; the key of responses without a service is the empty string.
  public private(set) var suggestions: [String: Suggestions] = [:]
  /// The earliest date a response was submitted on, among those that record one.
  public private(set) var firstSubmission: CivilDate?
  /// The latest date a response was submitted on.
  public private(set) var lastSubmission: CivilDate?

  public init(limits: Limits = Limits()) {
    self.limits = limits
  }

  /// Adds a response that comes after those added before.
  public mutating func add(_ response: Response) {
    list(response)
    addSuggestion(response.suggestion, service: response.service)
    if let date = response.submittedAt?.date { addSubmission(on: date) }
  }

  /// Keeps a response whole while fewer than ``Limits/listed`` are kept, without taking its
  /// suggestion or date; ``add(_:)`` takes all three.
  package mutating func list(_ response: Response) {
    if listed.count < limits.listed { listed.append(response) }
  }

  /// Returns whether a suggestion for `service` would still be quoted rather than only counted.
  public func quotesMore(service: String?) -> Bool {
    (suggestions[service ?? ""]?.quoted.count ?? 0) < limits.suggestionsPerService
  }

  /// Adds a response's suggestion as ``Response/suggestion`` contains it. A blank one is
  /// ignored.
  public mutating func addSuggestion(_ text: String?, service: String?) {
    guard let text else { return }
    let trimmed = text.trimmingWhitespace()
    guard !trimmed.isEmpty else { return }
    let key = service ?? ""
    suggestions[key, default: Suggestions()].total += 1
    if suggestions[key]!.quoted.count < limits.suggestionsPerService {
      suggestions[key]!.quoted.append(trimmed)
    }
  }

  /// Counts `count` non-blank suggestions for `service` without their text, once
  /// ``quotesMore(service:)`` is false.
  public mutating func countSuggestions(_ count: Int = 1, service: String?) {
    precondition(!quotesMore(service: service), "a suggestion that is still quoted needs its text")
    suggestions[service ?? "", default: Suggestions()].total += count
  }

  /// Widens the span of submission dates to include `date`.
  public mutating func addSubmission(on date: CivilDate) {
    if firstSubmission.map({ date < $0 }) ?? true { firstSubmission = date }
    if lastSubmission.map({ $0 < date }) ?? true { lastSubmission = date }
  }

  /// Returns whether `date` lies within the span already seen, so that adding it changes nothing.
  public func spans(_ date: CivilDate) -> Bool {
    guard let firstSubmission, let lastSubmission else { return false }
    return !(date < firstSubmission) && !(lastSubmission < date)
  }

  /// Appends the sample of responses that come after this sample's, with the same limits.
  public mutating func append(_ later: ResponseSample) {
    precondition(later.limits == limits, "appended samples need the same limits")
    listed += later.listed.prefix(limits.listed - listed.count)
    for (service, more) in later.suggestions {
      var merged = suggestions[service, default: Suggestions()]
      merged.total += more.total
      merged.quoted += more.quoted.prefix(limits.suggestionsPerService - merged.quoted.count)
      suggestions[service] = merged
    }
    if let first = later.firstSubmission { addSubmission(on: first) }
    if let last = later.lastSubmission { addSubmission(on: last) }
  }
}

extension String {
  /// Returns the text without the leading and trailing characters that Unicode counts as
  /// whitespace.
  public func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
    return String(scalars[start...end])
  }
}
