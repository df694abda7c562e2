/// An answer's score on the 1–4 scale of PermenPANRB 14/2017 (answers a–d score 1–4).
///
/// A value outside 1…4 cannot be constructed.
public struct Score: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  public let value: Int

  /// Creates a score, or returns `nil` when `value` is not 1, 2, 3 or 4.
  public init?(_ value: Int) {
    guard (1...4).contains(value) else { return nil }
    self.value = value
  }

  public init(from decoder: any Decoder) throws {
    let raw = try decoder.singleValueContainer().decode(Int.self)
    guard let score = Score(raw) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "score \(raw) is not in 1...4")
      )
    }
    self = score
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(value)
  }

  public static let one = Score(1)!
  public static let two = Score(2)!
  public static let three = Score(3)!
  public static let four = Score(4)!
  public static let all: [Score] = [.one, .two, .three, .four]

  /// The answer letter of the printed questionnaire: a, b, c or d.
  public var letter: Character { Array("abcd")[value - 1] }

  public static func < (lhs: Score, rhs: Score) -> Bool { lhs.value < rhs.value }
  public var description: String { String(value) }
}
