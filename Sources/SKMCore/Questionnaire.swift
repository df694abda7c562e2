/// A question of a questionnaire: the unsur it scores, its text and the label of each answer.
public struct QuestionnaireItem: Sendable, Hashable, Codable {
  public var unsur: Unsur
  public var question: LocalizedText
  /// The labels of answers a–d, which score 1–4, in that order.
  public var answerLabels: [LocalizedText]

  /// Creates an item; `answerLabels` must have exactly four entries.
  public init(unsur: Unsur, question: LocalizedText, answerLabels: [LocalizedText]) {
    precondition(answerLabels.count == 4, "an SKM item has four answers, a–d")
    self.unsur = unsur
    self.question = question
    self.answerLabels = answerLabels
  }

  /// Returns the label of the answer that scores `score`.
  public func label(for score: Score) -> LocalizedText { answerLabels[score.value - 1] }
}

/// A versioned SKM questionnaire.
///
/// Once answers exist under a version, changing a question or its labels makes a new version,
/// and each response keeps the version it was given under. The number of items is k, the number
/// of unsur that every formula divides by; a unit may add or drop unsur.
public struct Questionnaire: Sendable, Hashable, Codable, Identifiable {
  /// An identifier that stays the same across versions, such as `permenpanrb-14-2017`.
  public var id: String
  public var version: Int
  public var title: LocalizedText
  public var items: [QuestionnaireItem]

  public init(id: String, version: Int, title: LocalizedText, items: [QuestionnaireItem]) {
    self.id = id
    self.version = version
    self.title = title
    self.items = items
  }

  /// The unsur in questionnaire order.
  public var unsur: [Unsur] { items.map(\.unsur) }

  /// Returns the item that scores the unsur with `key`, if the questionnaire has one.
  public func item(for key: UnsurKey) -> QuestionnaireItem? {
    items.first { $0.unsur.key == key }
  }

  /// Returns a copy with the next version number and `change` applied, for editing a
  /// questionnaire that already has answers.
  public func nextVersion(_ change: (inout Questionnaire) -> Void) -> Questionnaire {
    var copy = self
    change(&copy)
    copy.version = version + 1
    return copy
  }
}
