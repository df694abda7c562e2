import Foundation
import SKMCore
import SKMReport
import SKMScoring
import SKMStore

/// `skm report`: writes the laporan SKM of an export as HTML, Markdown, a one-page
/// infographic, the processing form CSV or the JSON summary.
enum ReportCommand {
  enum Format: String, CaseIterable {
    case html, md, infographic, csv, json
  }

  static func run(_ words: [String], console: Console) throws {
    let arguments = try Arguments(
      words,
      valueOptions: CommonOptions.valueOptions.union(ReportArguments.valueOptions),
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
    var laporan = try ReportArguments.options(arguments, language: console.language)
    try OutputFile.checkDistinct(
      outputs: [("output", output), ("rejects", options.rejectsPath)],
      inputs: [options.input, options.store, arguments.value("plan")]
    )
    let input = try options.load(keepResponses: format != .json, console: console)
    laporan.collection = input.collection
    guard IKMResult(input.survey.overall).ikm != nil else { throw SurveyInput.noAnswers(options) }
    laporan.ageBands = options.ageBands
    let text = render(format, input: input, weightPolicy: options.weight, options: laporan)
    try OutputFile.write(text, to: output)
    console.problem(console.text("Laporan ditulis ke \(output)", "Report written to \(output)"))
  }

  /// Returns the format that `--format` names, or else the one the output's extension names,
  /// or HTML.
  private static func format(_ name: String?, output: String) throws -> Format {
    if let name {
      guard let format = Format(rawValue: name == "markdown" ? "md" : name) else {
        throw UsageError.invalidValue(
          "format",
          name,
          expected: LocalizedText("html, md, infographic, csv, json")
        )
      }
      return format
    }
    let suffix = URL(fileURLWithPath: output).pathExtension.lowercased()
    return Format(rawValue: suffix == "markdown" ? "md" : suffix) ?? .html
  }

  private static func render(
    _ format: Format,
    input: SurveyInput,
    weightPolicy: WeightPolicy,
    options: LaporanOptions
  ) -> String {
    let builder = LaporanBuilder(
      survey: input.survey,
      weightPolicy: weightPolicy,
      responses: input.responses,
      options: options
    )
    let result = IKMResult(input.survey.overall, weightPolicy: weightPolicy)
    switch format {
    case .html:
      return HTMLRenderer.render(builder.build())
    case .md:
      return MarkdownRenderer.render(builder.build())
    case .infographic:
      return InfographicRenderer.render(builder.infographic())
    case .csv:
      return ProcessingFormCSV.render(
        result: result,
        responses: input.responses,
        language: options.language
      )
    case .json:
      return JSONSummary.render(result, language: options.language)
    }
  }
}
