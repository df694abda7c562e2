import SKMCore
import SKMScoring

/// The data-quality options that `check`, `score`, `report` and `export` share.
enum ScreeningArguments {
  static let valueOptions: Set<String> = ["repeat-window", "service-hours", "ages"]
  static let flagOptions: Set<String> = ["flag-identical"]

  static func options(_ arguments: Arguments) throws(UsageError) -> ScreeningOptions {
    var options = ScreeningOptions()
    if let window = arguments.value("repeat-window") {
      options.repeatWindow = try repeatWindow(window)
    }
    if let hours = arguments.value("service-hours") {
      guard let range = minutesRange(hours) else {
        throw .invalidValue(
          "service-hours",
          hours,
          expected: LocalizedText(
            indonesian: "jam seperti 08:00-16:00",
            english: "hours such as 08:00-16:00"
          )
        )
      }
      options.serviceHours = range
    }
    if let ages = arguments.value("ages") {
      options.plausibleAges = try ageRange(ages)
    }
    options.flagIdenticalAnswers = arguments.flag("flag-identical")
    return options
  }

  private static func repeatWindow(_ text: String) throws(UsageError)
    -> ScreeningOptions.RepeatWindow?
  {
    switch text {
    case "off": return nil
    case "day": return .sameDay
    default:
      // Ten years is wider than any survey period, and keeps the seconds within 64 bits.
      guard text.hasSuffix("h"), let hours = Int(text.dropLast()), (1...87_600).contains(hours)
      else {
        throw .invalidValue(
          "repeat-window",
          text,
          expected: LocalizedText(
            indonesian: "day, jumlah jam 1–87600 seperti 6h, atau off",
            english: "day, a number of hours 1–87600 such as 6h, or off"
          )
        )
      }
      return .hours(hours)
    }
  }

  private static func ageRange(_ text: String) throws(UsageError) -> ClosedRange<Int>? {
    if text == "off" { return nil }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
      .map { $0.allSatisfy { $0.isASCII && $0.isNumber } ? Int($0) : nil }
    guard parts.count == 2, let lower = parts[0], let upper = parts[1], lower <= upper else {
      throw .invalidValue(
        "ages",
        text,
        expected: LocalizedText(
          indonesian: "rentang usia seperti 10-100, atau off",
          english: "an age range such as 10-100, or off"
        )
      )
    }
    return lower...upper
  }

  /// Reads `08:00-16:00` (or `08.00-16.00`) as minutes after midnight.
  private static func minutesRange(_ text: String) -> ClosedRange<Int>? {
    let ends = text.split(separator: "-")
    guard ends.count == 2 else { return nil }
    let minutes = ends.map { end -> Int? in
      let parts = end.split(whereSeparator: { $0 == ":" || $0 == "." }).compactMap { Int($0) }
      guard parts.count == 2, (0...23).contains(parts[0]), (0...59).contains(parts[1]) else {
        return nil
      }
      return parts[0] * 60 + parts[1]
    }
    guard let start = minutes[0], let end = minutes[1], start <= end else { return nil }
    return start...end
  }
}
