import SKMCore
import SKMStore

/// `skm export`: writes the valid responses of a file as a clean CSV, with every text cell
/// neutralised against spreadsheet formulas and personal data columns left out.
enum ExportCommand {
  static func run(_ words: [String], console: Console) throws {
    let arguments = try Arguments(
      words,
      valueOptions: ["input", "output", "order", "rejects"],
      flagOptions: ["skip-invalid"]
    )
    guard let path = arguments.value("input"), let output = arguments.value("output"),
      arguments.positional.isEmpty
    else {
      throw UsageError.required(
        LocalizedText(
          indonesian: "berikan --input FILE dan --output PATH.",
          english: "give --input FILE and --output PATH."
        )
      )
    }
    let orderName = arguments.value("order") ?? "questionnaire"
    guard let order = NumberedColumnOrder(rawValue: orderName) else {
      throw UsageError.invalidValue(
        "order",
        orderName,
        expected: LocalizedText("questionnaire, regulation")
      )
    }
    try OutputFile.checkDistinct(
      outputs: [("output", output), ("rejects", arguments.value("rejects"))],
      inputs: [path]
    )
    let imported = try InputFile.read(path: path, order: order, console: console)
    if let rejects = arguments.value("rejects") {
      try InputFile.writeRejects(imported, to: rejects, console: console)
    }
    if !imported.rejectedRows.isEmpty {
      InputFile.listProblems(imported, console: console)
      guard arguments.flag("skip-invalid") else {
        InputFile.explainRefusal(imported, path: path, console: console)
        throw SurveyInput.Refused()
      }
    }
    try OutputFile.write(ResponseCSVExporter().render(imported.responses), to: output)
    console.problem(
      console.text(
        "\(imported.responses.count) jawaban ditulis ke \(output)",
        "\(imported.responses.count) responses written to \(output)"
      )
    )
  }
}
