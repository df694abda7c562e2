import SKMCore
import SKMReport
import SKMStore

/// `skm sync`: copies every questionnaire version and response of one store into another,
/// creating the target if needed. Appends are idempotent by id, so running it twice, or
/// syncing several kiosks into one store, never counts a respondent twice.
enum SyncCommand {
  static let batchSize = 1000

  static func run(_ words: [String], console: Console) throws {
    let arguments = try Arguments(words, valueOptions: ["from", "to", "format"], flagOptions: [])
    guard let from = arguments.value("from"), let to = arguments.value("to") else {
      throw UsageError.required(
        LocalizedText(
          indonesian: "berikan --from PATH dan --to PATH.",
          english: "give --from PATH and --to PATH."
        )
      )
    }
    let format = arguments.value("format") ?? "text"
    guard ["text", "json"].contains(format) else {
      throw UsageError.invalidValue("format", format, expected: LocalizedText("text, json"))
    }
    try OutputFile.checkDistinct(outputs: [("to", to)], inputs: [from])
    let source = try StoreLocation.open(from, readOnly: true, console: console)
    let target = try StoreLocation.open(to, readOnly: false, console: console)
    for questionnaire in try source.questionnaires() { try target.saveQuestionnaire(questionnaire) }
    var copied = 0
    var duplicates = 0
    var batch: [Response] = []
    let flush = {
      guard !batch.isEmpty else { return }
      let outcome = try target.append(batch)
      copied += outcome.stored
      duplicates += outcome.duplicateIDs.count
      batch.removeAll(keepingCapacity: true)
    }
    try source.scan(.all) { response in
      batch.append(response)
      if batch.count >= batchSize { try flush() }
    }
    try flush()
    if format == "json" {
      console.result(
        JSONValue.object([
          ("copied", .number(String(copied))), ("duplicates", .number(String(duplicates))),
        ]).serialized() + "\n"
      )
    } else {
      console.result(
        console.text(
          "Disalin: \(copied)\nSudah ada di tujuan: \(duplicates)\n",
          "Copied: \(copied)\nAlready in the target: \(duplicates)\n"
        )
      )
    }
  }
}
