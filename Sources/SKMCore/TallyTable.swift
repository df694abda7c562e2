/// How many respondents gave each score to each unsur: a paper survey counted by hand, or a
/// published table being re-checked.
public struct TallyTable: Sendable, Hashable {
  /// The counts of one unsur.
  public struct Row: Sendable, Hashable {
    public var unsur: Unsur
    /// Respondents who gave score 1, 2, 3 and 4, in that order.
    public var counts: [Int]

    /// Creates a row; `counts` must have four non-negative entries.
    public init(unsur: Unsur, counts: [Int]) {
      precondition(counts.count == 4 && counts.allSatisfy { $0 >= 0 }, "four counts, none negative")
      self.unsur = unsur
      self.counts = counts
    }

    /// Respondents who answered this unsur.
    public var answered: Int { counts.reduce(0, +) }
  }

  /// The unsur of the questionnaire in questionnaire order, with zero counts where the table
  /// has no row.
  public var rows: [Row]

  public init(rows: [Row]) {
    self.rows = rows
  }

  /// The number of respondents, taken as the most answers any one unsur has, since a tally
  /// does not say who left which unsur blank.
  public var respondents: Int { rows.map(\.answered).max() ?? 0 }
}
