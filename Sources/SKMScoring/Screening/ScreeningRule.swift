import SKMCore

/// A data-quality rule that flags suspicious responses. Flags never remove a response: a
/// caller decides whether flagged responses are excluded from scoring, and reports say so.
public struct ScreeningRule: RawRepresentable, Sendable, Hashable, Comparable,
  CustomStringConvertible
{
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public var description: String { rawValue }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

  /// An id that an earlier response already has.
  public static let duplicateID = ScreeningRule(rawValue: "duplicate-id")
  /// The same profile with identical answers as an earlier response within the repeat window.
  public static let repeatedSubmission = ScreeningRule(rawValue: "repeated-submission")
  /// One of many responses from one source within an hour, far above the service's usual rate.
  public static let burst = ScreeningRule(rawValue: "burst")
  /// The same score for every unsur.
  public static let identicalAnswers = ScreeningRule(rawValue: "identical-answers")
  /// Submitted outside the unit's service hours.
  public static let outsideServiceHours = ScreeningRule(rawValue: "outside-service-hours")
  /// An age outside the plausible range.
  public static let implausibleAge = ScreeningRule(rawValue: "implausible-age")

  public static let all: [ScreeningRule] = [
    .duplicateID, .repeatedSubmission, .burst, .identicalAnswers, .outsideServiceHours,
    .implausibleAge,
  ]

  /// The rule's name as reports write it.
  public var title: LocalizedText {
    switch self {
    case .duplicateID: LocalizedText(indonesian: "ID ganda", english: "Duplicate id")
    case .repeatedSubmission:
      LocalizedText(indonesian: "Pengisian berulang", english: "Repeated submission")
    case .burst:
      LocalizedText(indonesian: "Lonjakan dari satu sumber", english: "Burst from one source")
    case .identicalAnswers:
      LocalizedText(
        indonesian: "Jawaban seragam di semua unsur",
        english: "Same answer for every unsur"
      )
    case .outsideServiceHours:
      LocalizedText(indonesian: "Di luar jam layanan", english: "Outside service hours")
    case .implausibleAge: LocalizedText(indonesian: "Usia tidak wajar", english: "Implausible age")
    default: LocalizedText(rawValue)
    }
  }
}

/// A rule's finding about one response.
public struct ResponseFlag: Sendable, Hashable {
  public var rule: ScreeningRule
  /// The finding, naming the related response where there is one.
  public var reason: LocalizedText

  public init(rule: ScreeningRule, reason: LocalizedText) {
    self.rule = rule
    self.reason = reason
  }
}

/// Settings of the screening rules; each rule can be switched off.
public struct ScreeningOptions: Sendable, Hashable {
  /// The time span within which identical submissions count as a repeat.
  public enum RepeatWindow: Sendable, Hashable {
    /// The same calendar day.
    case sameDay
    /// At most this many hours after the previous submission of the group.
    case hours(Int)
  }

  /// The window of the repeated-submission rule, or `nil` to switch the rule off.
  public var repeatWindow: RepeatWindow? = .sameDay
  /// Whether the burst rule runs; it needs a source column such as a kiosk id or IP address.
  public var detectBursts = true
  /// A source is in a burst when, within one hour, it sends more than this many responses and
  /// more than ``burstFactor`` times the service's median hourly count.
  public var burstMinimum = 10
  public var burstFactor = 5
  /// Whether to flag the same score for every unsur; off by default, because a truly
  /// satisfied respondent often answers 4 throughout.
  public var flagIdenticalAnswers = false
  /// The unit's service hours in the submission times' clock, as minutes after midnight,
  /// or `nil` to switch the rule off.
  public var serviceHours: ClosedRange<Int>? = nil
  /// Ages outside this range are flagged, or `nil` to switch the rule off.
  public var plausibleAges: ClosedRange<Int>? = 10...100

  public init() {}
}
