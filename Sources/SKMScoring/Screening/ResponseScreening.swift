import SKMCore

/// Flags suspicious responses by the rules of ``ScreeningOptions``.
///
/// Screening looks at all responses together (a repeat needs its earlier twin), so it holds
/// one entry per response; scoring itself does not need it and stays in constant memory.
public struct ResponseScreening: Sendable {
  public var options: ScreeningOptions

  public init(options: ScreeningOptions = ScreeningOptions()) {
    self.options = options
  }

  /// Returns the flags of each response, in the order given; an empty list means unflagged.
  ///
  /// - Parameter labels: How messages name a response, such as "baris 12"; its id by default.
  public func flags(for responses: [Response], labels: [String]? = nil) -> [[ResponseFlag]] {
    let names = labels ?? responses.map { "id \($0.id)" }
    var flags = Array(repeating: [ResponseFlag](), count: responses.count)
    flagDuplicateIDs(responses, names, &flags)
    if let window = options.repeatWindow { flagRepeats(responses, names, window, &flags) }
    if options.detectBursts { flagBursts(responses, &flags) }
    for (index, response) in responses.enumerated() {
      flags[index] += singleResponseFlags(response)
    }
    return flags
  }

  private func flagDuplicateIDs(
    _ responses: [Response],
    _ names: [String],
    _ flags: inout [[ResponseFlag]]
  ) {
    var first: [String: Int] = [:]
    for (index, response) in responses.enumerated() {
      guard let earlier = first[response.id] else {
        first[response.id] = index
        continue
      }
      flags[index].append(
        ResponseFlag(
          rule: .duplicateID,
          reason: LocalizedText(
            indonesian: "ID \"\(response.id)\" sudah dipakai oleh \(names[earlier]).",
            english: "Id \"\(response.id)\" is already used by \(names[earlier])."
          )
        )
      )
    }
  }

  /// The fingerprint of a submission: profile and answers, without time, unit or service.
  private struct Fingerprint: Hashable {
    var profile: RespondentProfile
    var answers: [UnsurKey: Score]
  }

  private func flagRepeats(
    _ responses: [Response],
    _ names: [String],
    _ window: ScreeningOptions.RepeatWindow,
    _ flags: inout [[ResponseFlag]]
  ) {
    var groups: [Fingerprint: [Int]] = [:]
    for (index, response) in responses.enumerated() {
      // Without a time and a profile, identical answers are common and say nothing.
      guard response.submittedAt != nil, response.profile != .empty, !response.answers.isEmpty
      else { continue }
      groups[Fingerprint(profile: response.profile, answers: response.answers), default: []]
        .append(index)
    }
    for members in groups.values where members.count > 1 {
      let ordered = members.sorted { responses[$0].submittedAt! < responses[$1].submittedAt! }
      for (previous, current) in zip(ordered, ordered.dropFirst()) {
        let earlier = responses[previous].submittedAt!
        let later = responses[current].submittedAt!
        guard Self.isWithin(window, earlier, later) else { continue }
        flags[current].append(
          ResponseFlag(
            rule: .repeatedSubmission,
            reason: LocalizedText(
              indonesian:
                "Profil dan semua jawaban sama dengan \(names[previous]) (\(earlier)), dikirim pada \(later).",
              english:
                "Same profile and answers as \(names[previous]) (\(earlier)), submitted at \(later)."
            )
          )
        )
      }
    }
  }

  static func isWithin(
    _ window: ScreeningOptions.RepeatWindow,
    _ earlier: CivilDateTime,
    _ later: CivilDateTime
  ) -> Bool {
    switch window {
    case .sameDay: earlier.date == later.date
    case .hours(let hours): later.secondsSinceEpoch - earlier.secondsSinceEpoch <= hours * 3600
    }
  }

  private func singleResponseFlags(_ response: Response) -> [ResponseFlag] {
    var flags: [ResponseFlag] = []
    let scores = Set(response.answers.values)
    if options.flagIdenticalAnswers, response.answers.count > 1, let only = scores.first,
      scores.count == 1
    {
      flags.append(
        ResponseFlag(
          rule: .identicalAnswers,
          reason: LocalizedText(
            indonesian: "Semua \(response.answers.count) unsur dijawab \(only).",
            english: "Every one of \(response.answers.count) unsur answered \(only)."
          )
        )
      )
    }
    if let hours = options.serviceHours, let time = response.submittedAt,
      !hours.contains(time.hour * 60 + time.minute)
    {
      flags.append(
        ResponseFlag(
          rule: .outsideServiceHours,
          reason: LocalizedText(
            indonesian:
              "Dikirim pukul \(Self.clock(time)), di luar jam layanan \(Self.clock(hours.lowerBound))–\(Self.clock(hours.upperBound)).",
            english:
              "Submitted at \(Self.clock(time)), outside service hours \(Self.clock(hours.lowerBound))–\(Self.clock(hours.upperBound))."
          )
        )
      )
    }
    if let ages = options.plausibleAges, let age = response.profile.age, !ages.contains(age) {
      flags.append(
        ResponseFlag(
          rule: .implausibleAge,
          reason: LocalizedText(
            indonesian:
              "Usia \(age) tahun di luar rentang wajar \(ages.lowerBound)–\(ages.upperBound).",
            english:
              "Age \(age) is outside the plausible range \(ages.lowerBound)–\(ages.upperBound)."
          )
        )
      )
    }
    return flags
  }

  static func clock(_ minutes: Int) -> String {
    let hour = String(minutes / 60)
    let minute = String(minutes % 60)
    return (hour.count < 2 ? "0" : "") + hour + "." + (minute.count < 2 ? "0" : "") + minute
  }

  static func clock(_ time: CivilDateTime) -> String { clock(time.hour * 60 + time.minute) }
}
