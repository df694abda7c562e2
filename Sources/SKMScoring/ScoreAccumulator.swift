import SKMCore

/// Counts of answers per unsur and score, which is all that scoring needs.
///
/// Memory is fixed by the number of unsur, whatever the number of responses, so a host can
/// stream any export through one accumulator. Two accumulators over the same unsur merge by
/// adding counts, which serves shards, threads and roll-ups (a pemerintah daerah pooled over its
/// units): merging gives exactly the result of adding every response to one accumulator.
public struct ScoreAccumulator: Sendable, Hashable {
  /// The scored unsur in questionnaire order.
  public let unsur: [Unsur]
  /// `counts[i * 4 + s - 1]` is how many respondents gave score `s` to unsur `i`.
  private var counts: [Int]
  /// How many responses were added, including those that left every unsur blank.
  public private(set) var respondents: Int = 0

  public init(unsur: [Unsur]) {
    self.unsur = unsur
    self.counts = Array(repeating: 0, count: unsur.count * 4)
  }

  public init(questionnaire: Questionnaire) {
    self.init(unsur: questionnaire.unsur)
  }

  /// Adds a response; blank unsur leave only that unsur's denominator, and answers to unsur
  /// outside ``unsur`` are not counted.
  public mutating func add(_ response: Response) {
    for (index, item) in unsur.enumerated() {
      if let score = response.answers[item.key] {
        counts[index * 4 + score.value - 1] += 1
      }
    }
    respondents += 1
  }

  /// Adds `count` respondents who gave `score` to the unsur at `index`, as a tally table states
  /// them. Respondent numbers are not changed; use ``addRespondents(_:)`` for that.
  public mutating func add(score: Score, unsurAt index: Int, count: Int = 1) {
    precondition(count >= 0, "a tally count cannot be negative")
    counts[index * 4 + score.value - 1] += count
  }

  /// Counts `count` more respondents whose answers were added with ``add(score:unsurAt:count:)``.
  public mutating func addRespondents(_ count: Int) {
    respondents += count
  }

  /// Adds the counts of `other`, which must score the same unsur in the same order.
  public mutating func merge(_ other: ScoreAccumulator) throws(SKMError) {
    guard other.unsur.map(\.key) == unsur.map(\.key) else {
      throw SKMError(
        code: .unsurMismatch,
        message: LocalizedText(
          indonesian:
            "Hasil tidak dapat digabung karena daftar unsurnya berbeda (\(Self.keys(unsur))"
            + " dan \(Self.keys(other.unsur))). Petakan unsur kedua kuesioner terlebih dahulu.",
          english:
            "Cannot merge results with different unsur (\(Self.keys(unsur)) and"
            + " \(Self.keys(other.unsur))). Map the unsur of both questionnaires first."
        )
      )
    }
    for index in counts.indices { counts[index] += other.counts[index] }
    respondents += other.respondents
  }

  /// Returns how many respondents gave each score 1…4 to the unsur at `index`.
  public func tally(unsurAt index: Int) -> [Int] {
    Array(counts[index * 4..<index * 4 + 4])
  }

  private static func keys(_ unsur: [Unsur]) -> String {
    unsur.map(\.key.rawValue).joined(separator: ", ")
  }
}

extension SKMError.Code {
  /// Two result sets or questionnaires score different unsur.
  public static let unsurMismatch = SKMError.Code(rawValue: "scoring.unsur-mismatch")
}

extension ScoreAccumulator {
  /// Creates an accumulator holding a tally table's counts; the respondents are the table's.
  public init(tally: TallyTable) {
    self.init(unsur: tally.rows.map(\.unsur))
    for (index, row) in tally.rows.enumerated() {
      for score in Score.all {
        add(score: score, unsurAt: index, count: row.counts[score.value - 1])
      }
    }
    addRespondents(tally.respondents)
  }

  /// Creates an accumulator holding a tally table's counts and an exact number of respondents,
  /// such as the accepted rows of an export counted without building its responses.
  ///
  /// Scoring the result gives the same figures as adding each of those responses, because a
  /// response adds one count per unsur it answers and one respondent.
  ///
  /// - Parameters:
  ///   - tally: The counts per unsur and score.
  ///   - respondents: The respondents, which must be at least the answers of any one unsur,
  ///     since each respondent answers an unsur at most once.
  public init(tally: TallyTable, respondents: Int) {
    precondition(
      tally.rows.allSatisfy { $0.answered <= respondents },
      "an unsur cannot have more answers than there are respondents"
    )
    self.init(unsur: tally.rows.map(\.unsur))
    for (index, row) in tally.rows.enumerated() {
      for score in Score.all {
        add(score: score, unsurAt: index, count: row.counts[score.value - 1])
      }
    }
    addRespondents(respondents)
  }
}
