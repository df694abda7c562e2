/// A calendar date with no time zone, as e-SKM exports write it (`2026-01-06`).
public struct CivilDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Creates a date, or returns `nil` when the month or day does not exist.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), (1...CivilDate.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD`; returns `nil` for any other text or a date that does not exist.
  public init?(iso text: Substring) {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2])
    else { return nil }
    self.init(year: year, month: month, day: day)
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }

  /// The date as `YYYY-MM-DD`.
  public var description: String {
    "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
  }
}

/// A date and time of day with no time zone, such as a submission's server time.
public struct CivilDateTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public let date: CivilDate
  public let hour: Int
  public let minute: Int
  public let second: Int

  public init?(date: CivilDate, hour: Int, minute: Int, second: Int = 0) {
    guard (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else {
      return nil
    }
    self.date = date
    self.hour = hour
    self.minute = minute
    self.second = second
  }

  /// Parses `YYYY-MM-DD`, `YYYY-MM-DD HH:MM`, `YYYY-MM-DD HH:MM:SS`, or the same with a `T`
  /// between date and time. A bare date means midnight.
  public init?(iso text: Substring) {
    let trimmed = text.trimmingSpaces()
    let halves = trimmed.split(
      maxSplits: 1,
      omittingEmptySubsequences: true,
      whereSeparator: { $0 == " " || $0 == "T" }
    )
    guard let first = halves.first, let date = CivilDate(iso: first) else { return nil }
    guard halves.count == 2 else {
      self.init(date: date, hour: 0, minute: 0)
      return
    }
    let clock = halves[1].split(separator: ":", omittingEmptySubsequences: false)
    guard (2...3).contains(clock.count), clock.allSatisfy({ $0.count == 2 }),
      let hour = Int(clock[0]), let minute = Int(clock[1])
    else { return nil }
    let second = clock.count == 3 ? Int(clock[2]) : 0
    guard let second else { return nil }
    self.init(date: date, hour: hour, minute: minute, second: second)
  }

  public static func < (lhs: CivilDateTime, rhs: CivilDateTime) -> Bool {
    (lhs.date, lhs.hour, lhs.minute, lhs.second) < (rhs.date, rhs.hour, rhs.minute, rhs.second)
  }

  /// The date and time as `YYYY-MM-DD HH:MM:SS`.
  public var description: String {
    "\(date) \(pad(hour, 2)):\(pad(minute, 2)):\(pad(second, 2))"
  }
}

func pad(_ value: Int, _ width: Int) -> String {
  let digits = String(value)
  return String(repeating: "0", count: max(0, width - digits.count)) + digits
}

extension Substring {
  func trimmingSpaces() -> Substring {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let start = firstIndex(where: { !isSpace($0) }) else { return self[endIndex...] }
    let end = lastIndex(where: { !isSpace($0) })!
    return self[start...end]
  }
}

extension CivilDate {
  /// Days since 1970-01-01 in the proleptic Gregorian calendar.
  public var daysSinceEpoch: Int {
    // Howard Hinnant's days_from_civil algorithm.
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }
}

extension CivilDateTime {
  /// Seconds since 1970-01-01 00:00:00 in the same clock as the value, for differences of
  /// times; no time zone is applied.
  public var secondsSinceEpoch: Int {
    date.daysSinceEpoch * 86_400 + hour * 3600 + minute * 60 + second
  }
}
