import Foundation
import SKMCore
import SKMScoring
import SKMStore

/// Options that `score`, `report`, `check` and `export` share.
struct CommonOptions {
  var input: String?
  var tally: String?
  /// A journal or SQLite store to read instead of a file.
  var store: String?
  /// The selection of stored responses, used only with `store`.
  var filter: ResponseFilter
  var weight: WeightPolicy
  var order: NumberedColumnOrder
  /// Score the valid rows of a file that has invalid ones, instead of refusing it.
  var skipInvalid: Bool
  /// The file that receives the rejected rows verbatim.
  var rejectsPath: String?
  /// Leave flagged responses out of the scoring.
  var excludeFlagged: Bool
  var screening: ScreeningOptions
  var ageBands: AgeBands

  static let valueOptions: Set<String> = ScreeningArguments.valueOptions.union([
    "input", "tally", "store", "unit", "service", "period", "version", "weight", "order", "rejects",
    "age-bands",
  ])
  static let flagOptions: Set<String> = ScreeningArguments.flagOptions.union([
    "skip-invalid", "exclude-flagged",
  ])

  init(_ arguments: Arguments, allowTally: Bool) throws(UsageError) {
    input = arguments.value("input")
    tally = allowTally ? arguments.value("tally") : nil
    store = arguments.value("store")
    filter = try Self.filter(arguments)
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
    if [input, tally, store].compactMap({ $0 }).count != 1 {
      throw .required(
        allowTally
          ? LocalizedText(
            indonesian: "berikan tepat satu dari --input FILE, --tally FILE atau --store PATH.",
            english: "give exactly one of --input FILE, --tally FILE or --store PATH."
          )
          : LocalizedText(
            indonesian: "berikan tepat satu dari --input FILE atau --store PATH.",
            english: "give exactly one of --input FILE or --store PATH."
          )
      )
    }
  }

  /// Returns the selection that `--unit`, `--service`, `--period` and `--version` make in a store.
  private static func filter(_ arguments: Arguments) throws(UsageError) -> ResponseFilter {
    var filter = ResponseFilter(
      unitID: arguments.value("unit"),
      service: arguments.value("service")
    )
    if let label = arguments.value("period"), arguments.value("store") != nil {
      guard let period = Period(label: label) else {
        throw .invalidValue(
          "period",
          label,
          expected: LocalizedText(
            indonesian:
              "periode seperti 2026, 2026-S1, 2026-TW3, 2026-03 atau 2026-01-01..2026-03-31",
            english: "a period such as 2026, 2026-S1, 2026-TW3, 2026-03 or 2026-01-01..2026-03-31"
          )
        )
      }
      filter.period = period
    }
    if let text = arguments.value("version") {
      guard let version = Int(text) else {
        throw .invalidValue(
          "version",
          text,
          expected: LocalizedText(indonesian: "nomor versi", english: "a version number")
        )
      }
      filter.questionnaireVersion = version
    }
    return filter
  }

  /// Reads the input; `keepResponses` keeps the responses themselves for a report's
  /// suggestions and appendix.
  func load(keepResponses: Bool, console: Console) throws -> SurveyInput {
    try OutputFile.checkDistinct(
      outputs: [("rejects", rejectsPath)],
      inputs: [input, tally, store]
    )
    if let tally { return try SurveyInput.tally(path: tally) }
    if let store { return try SurveyInput.stored(path: store, options: self, console: console) }
    return try SurveyInput.responses(options: self, keepResponses: keepResponses, console: console)
  }
}
