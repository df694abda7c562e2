import Foundation
import SKMCore

/// Reads an answer cell as a score: `1`–`4`, `a`–`d`, or an answer label of the item.
///
/// Case and extra spaces are ignored, and a label may carry its letter (`"d. Sangat sesuai"`),
/// as Google Forms options often do. Labels seen in real exports beside the standard ones are
/// accepted too, such as "Ada tapi tidak berfungsi" and "Sangat wajar" for cost.
struct AnswerParser {
  /// Folded label → score, for one item.
  private let labels: [String: Score]

  init(item: QuestionnaireItem) {
    var labels: [String: Score] = [:]
    for score in Score.all {
      let label = item.label(for: score)
      labels[foldForMatching(label.indonesian)] = score
      labels[foldForMatching(label.english)] = score
    }
    for (index, variant) in (Self.knownVariants[item.unsur.key] ?? []).enumerated() {
      let folded = foldForMatching(variant)
      if labels[folded] == nil { labels[folded] = Score(index % 4 + 1)! }
    }
    self.labels = labels
  }

  enum Outcome: Equatable {
    case blank
    case score(Score)
    case invalid
  }

  func parse(_ cell: String) -> Outcome {
    let trimmed = cell.trimmingCharacters(in: .whitespacesAndNewlines)
    if trimmed.isEmpty { return .blank }
    // A number must be exactly one digit 1–4: folding would read "-1" as 1 and "3.5" as "3 5".
    if let first = trimmed.unicodeScalars.first,
      first == "-" || first == "+" || first.properties.numericType != nil
    {
      guard trimmed.count == 1, let character = trimmed.first, character.isASCII,
        let digit = character.wholeNumberValue
      else { return .invalid }
      return Score(digit).map(Outcome.score) ?? .invalid
    }
    let folded = foldForMatching(trimmed)
    if folded.count == 1, let character = folded.first {
      // A letter may stand alone or as "d.", "d)" or "(d)"; "A+" is no answer letter.
      let allowed: Set<String> = [folded, folded + ".", folded + ")", "(" + folded + ")"]
      guard allowed.contains(trimmed.lowercased()) else { return .invalid }
      if let index = "abcd".firstIndex(of: character) {
        return .score(Score("abcd".distance(from: "abcd".startIndex, to: index) + 1)!)
      }
      return .invalid
    }
    if let score = labels[folded] { return .score(score) }
    return parseLetteredLabel(folded)
  }

  /// `"d sangat sesuai"` (folded from `"d. Sangat sesuai"`): the letter must agree with the
  /// label, so a mislabelled option is invalid rather than silently trusted.
  private func parseLetteredLabel(_ folded: String) -> Outcome {
    let parts = folded.split(separator: " ", maxSplits: 1)
    guard parts.count == 2, parts[0].count == 1, let letter = parts[0].first,
      let index = "abcd".firstIndex(of: letter), let score = labels[String(parts[1])]
    else { return .invalid }
    let letterScore = "abcd".distance(from: "abcd".startIndex, to: index) + 1
    return letterScore == score.value ? .score(score) : .invalid
  }

  /// Variant label sets seen in unit questionnaires, four per set, scoring 1–4 in order.
  static let knownVariants: [UnsurKey: [String]] = [
    .biaya: ["Tidak wajar", "Kurang wajar", "Wajar", "Sangat wajar"],
    .pengaduan: [
      "Tidak ada", "Ada tapi tidak berfungsi", "Berfungsi kurang maksimal", "Dikelola dengan baik",
    ],
    .sarana: ["Buruk", "Cukup", "Baik", "Sangat baik"],
  ]
}
