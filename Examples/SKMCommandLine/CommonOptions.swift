import SKMCore
import SKMScoring
import SKMStore

/// Options that `score` and `report` share.
struct CommonOptions {
  var input: String?
  var tally: String?
  var weight: WeightPolicy
  var order: NumberedColumnOrder

  static let valueOptions: Set<String> = ["input", "tally", "weight", "order"]

  init(_ arguments: Arguments, allowTally: Bool) throws(UsageError) {
    input = arguments.value("input")
    tally = allowTally ? arguments.value("tally") : nil
    let weightName = arguments.value("weight") ?? "exact"
    guard let weight = WeightPolicy(name: weightName) else {
      throw .invalidValue(
        "weight",
        weightName,
        expected: LocalizedText("exact, 0.111, 0.11")
      )
    }
    self.weight = weight
    let orderName = arguments.value("order") ?? NumberedColumnOrder.questionnaire.rawValue
    guard let order = NumberedColumnOrder(rawValue: orderName) else {
      throw .invalidValue(
        "order",
        orderName,
        expected: LocalizedText("questionnaire, regulation")
      )
    }
    self.order = order
    if (input == nil) == (tally == nil) || !arguments.positional.isEmpty {
      throw .required(
        allowTally
          ? LocalizedText(
            indonesian: "berikan tepat satu dari --input FILE atau --tally FILE.",
            english: "give exactly one of --input FILE or --tally FILE."
          )
          : LocalizedText(
            indonesian: "berikan --input FILE.",
            english: "give --input FILE."
          )
      )
    }
  }

  func load(console: Console) throws -> SurveyInput {
    if let tally { return try SurveyInput.tally(path: tally) }
    return try SurveyInput.responses(path: input!, order: order, console: console)
  }
}
