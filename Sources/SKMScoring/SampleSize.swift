/// The Krejcie–Morgan sample size that PermenPANRB 14/2017 tabulates in its appendix.
///
/// S = λ²·N·P·(1−P) / (d²·(N−1) + λ²·P·(1−P)) with λ² = 3.841, P = 0.5 and d = 0.05, rounded
/// half-up to a whole respondent. The regulation prints the table for 90 population sizes;
/// the formula rounded to the nearest integer reproduces every printed pair and covers any N.
public enum SampleSize {
  /// Returns the required number of respondents for a population of `population` service
  /// recipients in the survey period, or `nil` when the population is below 1.
  public static func krejcieMorgan(population: Int) -> Int? {
    guard population >= 1 else { return nil }
    let chiSquare = Rational(3841, 1000)
    let proportion = Rational(1, 2)
    let margin = Rational(5, 100)
    let n = Rational(population)
    let variance = chiSquare * proportion * (Rational.one - proportion)
    let size = variance * n / (margin * margin * (n - Rational.one) + variance)
    return size.rounded(places: 0).units.intValue
  }
}
