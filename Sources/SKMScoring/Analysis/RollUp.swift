import SKMCore

/// The index of a parent (an OPD or a pemerintah daerah) from its units, computed two ways
/// that answer different questions, so reports must label which one they show.
///
/// The pooled index treats every respondent of every unit as one survey, so large units weigh
/// more. The mean of unit indices gives every unit the same weight, whatever its size.
public struct RollUp: Sendable, Hashable {
  public let units: [GroupResult]
  /// The index over all respondents of all units together.
  public let pooled: IKMResult
  /// The mean of the units' unrounded IKM values, over the units that have one.
  public let meanIKM: Rational?

  /// Rolls up units that score the same unsur.
  public init(units: [String: ScoreAccumulator], weightPolicy: WeightPolicy = .exact)
    throws(SKMError)
  {
    guard var pooledCounts = units.values.first.map({ ScoreAccumulator(unsur: $0.unsur) }) else {
      self.units = []
      self.pooled = IKMResult(
        ScoreAccumulator(questionnaire: .standard),
        weightPolicy: weightPolicy
      )
      self.meanIKM = nil
      return
    }
    for counts in units.values { try pooledCounts.merge(counts) }
    self.units = GroupResult.sorted(units, weightPolicy: weightPolicy)
    self.pooled = IKMResult(pooledCounts, weightPolicy: weightPolicy)
    let indices = self.units.compactMap(\.result.ikm)
    self.meanIKM =
      indices.isEmpty ? nil : indices.reduce(Rational.zero, +) / Rational(indices.count)
  }

  /// The mean of unit indices × 25, rounded half-up to 2 decimals.
  public var meanKonversi: FixedDecimal? { meanIKM.map { ($0 * Rational(25)).rounded(places: 2) } }
  public var meanMutu: Mutu? { meanKonversi.map(Mutu.init(konversi:)) }
}
