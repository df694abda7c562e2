import SKMCore

/// The weight each unsur's NRR is multiplied by before summing to the IKM.
///
/// PermenPANRB 14/2017 defines the weight as 1/k for k unsur, which ``exact`` applies. The
/// processing form that units copy prints it as 0.111, and several applications use 0.11; with
/// those, all-4 answers give 99.90 or 99.00 instead of 100.00 and grades flip near every
/// boundary. ``legacy0111`` and ``legacy011`` reproduce such reports so a unit can reconcile old
/// and new figures; they are not the regulation.
public struct WeightPolicy: Sendable, Hashable, CustomStringConvertible {
  /// The policy's name as command lines and JSON write it: `exact`, `0.111` or `0.11`.
  public let name: String
  /// The fixed weight, or `nil` for 1/k.
  public let fixedWeight: Rational?

  private init(name: String, fixedWeight: Rational?) {
    self.name = name
    self.fixedWeight = fixedWeight
  }

  /// w = 1/k, as the regulation defines it.
  public static let exact = WeightPolicy(name: "exact", fixedWeight: nil)
  /// w = 0.111, as the regulation's sample processing form prints it.
  public static let legacy0111 = WeightPolicy(name: "0.111", fixedWeight: Rational(111, 1000))
  /// w = 0.11, as some e-SKM applications use.
  public static let legacy011 = WeightPolicy(name: "0.11", fixedWeight: Rational(11, 100))

  public static let all: [WeightPolicy] = [.exact, .legacy0111, .legacy011]

  /// Returns the policy named `exact`, `0.111` or `0.11`, or `nil` for any other name.
  public init?(name: String) {
    guard let policy = WeightPolicy.all.first(where: { $0.name == name }) else { return nil }
    self = policy
  }

  /// Returns the weight for a questionnaire of `unsurCount` scored unsur.
  public func weight(unsurCount: Int) -> Rational {
    fixedWeight ?? Rational(1, unsurCount)
  }

  public var isRegulation: Bool { fixedWeight == nil }
  public var description: String { name }
}
