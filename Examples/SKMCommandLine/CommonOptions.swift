import Foundation
import SKMCore
import SKMScoring
import SKMStore

/// Options that `score`, `report`, `check` and `export` share.
struct CommonOptions {
  var input: String?
  var tally: String?
  var weight: WeightPolicy
  var order: NumberedColumnOrder
  /// Score the valid rows of a file that has invalid ones, instead of refusing it.
  var skipInvalid: Bool
  /// Where to write the rejected rows verbatim.
  var rejectsPath: String?
  /// Leave flagged responses out of the scoring.
  var excludeFlagged: Bool
  var screening: ScreeningOptions
  var ageBands: AgeBands

  static let valueOptions: Set<String> = ScreeningArguments.valueOptions.union([
    "input", "tally", "weight", "order", "rejects", "age-bands",
  ])
  static let flagOptions: Set<String> = ScreeningArguments.flagOptions.union([
    "skip-invalid", "exclude-flagged",
  ])

  init(_ arguments: Arguments, allowTally: Bool) throws(UsageError) {
    input = arguments.value("input")
    tally = allowTally ? arguments.value("tally") : nil
    let weightName = arguments.value("weight") ?? "exact"
    guard let weight = WeightPolicy(name: weightName) else {
      throw .invalidValue("weight", weightName, expected: LocalizedText("exact, 0.111, 0.11"))
    }
    self.weight = weight
    let orderName = arguments.value("order") ?? NumberedColumnOrder.questionnaire.rawValue
    guard let order = NumberedColumnOrder(rawValue: orderName) else {
      throw .invalidValue("order", orderName, expected: LocalizedText("questionnaire, regulation"))
    }
    self.order = order
    skipInvalid = arguments.flag("skip-invalid")
    rejectsPath = arguments.value("rejects")
    excludeFlagged = arguments.flag("exclude-flagged")
    screening = try ScreeningArguments.options(arguments)
    ageBands = .standard
    if let text = arguments.value("age-bands") {
      let bounds = text.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
      guard bounds.allSatisfy({ $0 != nil }), let bands = AgeBands(boundaries: bounds.map { $0! })
      else {
        throw .invalidValue(
          "age-bands",
          text,
          expected: LocalizedText(
            indonesian: "batas usia yang naik, seperti 20,30,40,50,60",
            english: "ascending age boundaries, such as 20,30,40,50,60"
          )
        )
      }
      ageBands = bands
    }
    if (input == nil) == (tally == nil) || !arguments.positional.isEmpty {
      throw .required(
        allowTally
          ? LocalizedText(
            indonesian: "berikan tepat satu dari --input FILE atau --tally FILE.",
            english: "give exactly one of --input FILE or --tally FILE."
          )
          : LocalizedText(indonesian: "berikan --input FILE.", english: "give --input FILE.")
      )
    }
  }

  func load(console: Console) throws -> SurveyInput {
    if let tally { return try SurveyInput.tally(path: tally) }
    return try SurveyInput.responses(options: self, console: console)
  }
}
