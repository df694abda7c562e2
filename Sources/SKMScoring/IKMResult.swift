import SKMCore

/// The figures of one unsur: its tally, NRR, weighted NRR, konversi and mutu.
public struct UnsurResult: Sendable, Hashable {
  public let unsur: Unsur
  /// How many respondents gave each score 1…4.
  public let tally: [Int]
  /// How many respondents answered this unsur; blank answers are not counted.
  public var answered: Int { tally.reduce(0, +) }
  /// The sum of scores (Σ nilai).
  public var total: Int { tally.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element } }
  /// NRR (nilai rata-rata): total / answered, or `nil` when nobody answered.
  public let nrr: Rational?
  /// NRR tertimbang: NRR × weight, or `nil` when nobody answered.
  public let weightedNRR: Rational?

  init(unsur: Unsur, tally: [Int], weight: Rational) {
    self.unsur = unsur
    self.tally = tally
    let answered = tally.reduce(0, +)
    let total = tally.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
    self.nrr = answered > 0 ? Rational(total, answered) : nil
    self.weightedNRR = nrr.map { $0 * weight }
  }

  /// NRR × 25 on the 25–100 scale, rounded half-up to 2 decimals.
  public var konversi: FixedDecimal? { nrr.map { ($0 * Rational(25)).rounded(places: 2) } }
  /// The unsur's own grade, from its rounded konversi.
  public var mutu: Mutu? { konversi.map(Mutu.init(konversi:)) }
}

/// The survey index of a unit (or any set of responses) under PermenPANRB 14/2017.
///
/// For each unsur i, NRR_i is the mean score over the respondents who answered it. The IKM
/// ("nilai SKM", 1–4 scale) is Σ NRR_i × w, the konversi (NIK, 25–100 scale) is IKM × 25 rounded
/// half-up to 2 decimals, and the mutu is graded from the rounded konversi. Nothing is rounded
/// before that final step.
///
/// An unsur that nobody answered has no NRR and cannot enter the sum. Under the exact policy
/// the weight becomes 1/k′ over the k′ unsur that were answered, so the index stays on the 1–4
/// scale; ``unansweredUnsur`` lists what was left out, and reports must say so.
public struct IKMResult: Sendable, Hashable {
  public let respondents: Int
  public let weightPolicy: WeightPolicy
  /// The weight applied to each answered unsur's NRR.
  public let weight: Rational
  /// Every unsur of the questionnaire in questionnaire order, answered or not.
  public let unsur: [UnsurResult]
  /// IKM on the 1–4 scale, unrounded; `nil` when no unsur was answered.
  public let ikm: Rational?

  public init(_ accumulator: ScoreAccumulator, weightPolicy: WeightPolicy = .exact) {
    let answeredCount = accumulator.unsur.indices.filter {
      accumulator.tally(unsurAt: $0).contains { $0 > 0 }
    }.count
    let weight = weightPolicy.weight(unsurCount: max(answeredCount, 1))
    self.respondents = accumulator.respondents
    self.weightPolicy = weightPolicy
    self.weight = weight
    self.unsur = accumulator.unsur.enumerated().map { index, unsur in
      UnsurResult(unsur: unsur, tally: accumulator.tally(unsurAt: index), weight: weight)
    }
    let weighted = unsur.compactMap(\.weightedNRR)
    self.ikm = weighted.isEmpty ? nil : weighted.reduce(Rational.zero, +)
  }

  /// IKM × 25, unrounded.
  public var unroundedKonversi: Rational? { ikm.map { $0 * Rational(25) } }
  /// The published konversi (NIK): IKM × 25 rounded half-up to 2 decimals.
  public var konversi: FixedDecimal? { unroundedKonversi.map { $0.rounded(places: 2) } }
  public var mutu: Mutu? { konversi.map(Mutu.init(konversi:)) }
  /// k′, the number of unsur that entered the index: those that somebody answered.
  public var scoredUnsurCount: Int { unsur.count - unansweredUnsur.count }

  /// The unsur left out of the index because nobody answered them.
  public var unansweredUnsur: [Unsur] { unsur.filter { $0.nrr == nil }.map(\.unsur) }

  /// The answered unsur with the lowest NRR, first in questionnaire order on a tie.
  public var weakest: UnsurResult? {
    unsur.filter { $0.nrr != nil }.min { $0.nrr! < $1.nrr! }
  }

  /// The answered unsur with the highest NRR, first in questionnaire order on a tie.
  public var strongest: UnsurResult? {
    unsur.filter { $0.nrr != nil }.max { $0.nrr! < $1.nrr! }
  }
}
