import Foundation
import SKMCore
import SKMReport
import SKMScoring

/// `skm report`: writes the laporan SKM of an export as HTML, Markdown, the processing form
/// CSV or the JSON summary.
enum ReportCommand {
  enum Format: String, CaseIterable {
    case html, md, csv, json
  }

  static func run(_ words: [String], console: Console) throws {
    let arguments = try Arguments(
      words,
      valueOptions: CommonOptions.valueOptions.union(["output", "format", "unit", "period"]),
      flagOptions: CommonOptions.flagOptions
    )
    let options = try CommonOptions(arguments, allowTally: false)
    guard let output = arguments.value("output") else {
      throw UsageError.required(
        LocalizedText(
          indonesian: "berikan --output PATH, berkas laporan yang akan ditulis.",
          english: "give --output PATH, the report file to write."
        )
      )
    }
    let format = try self.format(arguments.value("format"), output: output)
    let input = try options.load(console: console)
    let result = IKMResult(input.accumulator, weightPolicy: options.weight)
    let laporan = LaporanOptions(
      unitName: arguments.value("unit"),
      periodName: arguments.value("period").map { periodName($0, language: console.language) },
      language: console.language,
      collection: input.collection
    )
    let text = render(format, result: result, input: input, options: laporan)
    try OutputFile.write(text, to: output)
    console.problem(
      console.text("Laporan ditulis ke \(output)", "Report written to \(output)")
    )
  }

  /// Returns the format that `--format` names, or else the one the output's extension names,
  /// or HTML.
  private static func format(_ name: String?, output: String) throws -> Format {
    if let name {
      guard let format = Format(rawValue: name == "markdown" ? "md" : name) else {
        throw UsageError.invalidValue(
          "format",
          name,
          expected: LocalizedText("html, md, csv, json")
        )
      }
      return format
    }
    let suffix = URL(fileURLWithPath: output).pathExtension.lowercased()
    return Format(rawValue: suffix == "markdown" ? "md" : suffix) ?? .html
  }

  /// Returns the display name of a period label, such as "Triwulan IV 2025" for `2025-TW4`,
  /// or the text as given when it is not a label.
  private static func periodName(_ label: String, language: Language) -> String {
    Period(label: label)?.displayName(in: language) ?? label
  }

  private static func render(
    _ format: Format,
    result: IKMResult,
    input: SurveyInput,
    options: LaporanOptions
  ) -> String {
    switch format {
    case .html:
      HTMLRenderer.render(
        LaporanBuilder(result: result, responses: input.responses, options: options).build()
      )
    case .md:
      MarkdownRenderer.render(
        LaporanBuilder(result: result, responses: input.responses, options: options).build()
      )
    case .csv:
      ProcessingFormCSV.render(
        result: result,
        responses: input.responses,
        language: options.language
      )
    case .json:
      JSONSummary.render(result, language: options.language)
    }
  }
}
