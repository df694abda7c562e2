import Foundation
import SKMCore
import SKMReport
import SKMSampleExports
import SKMScoring
import SKMStore
import Testing

/// `skm report` reads files without keeping their responses. These tests compare its reports
/// with the laporan built from every response of the same file.
@Suite("skm report on large exports")
struct LargeReportTests {
  /// Writes a generated export of `rows` rows into a new folder and returns its URL.
  private func generatedExport(rows: Int, seed: UInt64) throws -> URL {
    let input = try CommandRunner.temporaryFolder().appendingPathComponent("ekspor.csv")
    try ExportGenerator.csv(rows: rows, seed: seed).write(
      to: input,
      atomically: true,
      encoding: .utf8
    )
    return input
  }

  /// Returns every response that the reference import reads from `url`, in file order.
  private func referenceResponses(_ url: URL) throws -> [Response] {
    var responses: [Response] = []
    _ = try ResponseCSVImporter().read(
      CSVReader(url: url, displayName: url.path),
      response: { response, _ in responses.append(response) },
      rejected: { _ in }
    )
    return responses
  }

  /// Builds the laporan of every response that the reference import reads from `url`.
  private func referenceLaporan(_ url: URL, language: Language) throws -> ReportDocument {
    let responses = try referenceResponses(url)
    var options = LaporanOptions(language: language)
    options.collection = DataCollection(collected: responses.count, rejected: 0)
    return LaporanBuilder(responses: responses, options: options).build()
  }

  @Test("Generated export matches full laporan", arguments: ["id", "en"])
  func generatedExport(language: String) throws {
    // Large enough to be split over both cores, with more suggestions than the report quotes.
    let input = try generatedExport(rows: 60_000, seed: 11)
    let folder = input.deletingLastPathComponent()
    let expected = try referenceLaporan(input, language: language == "en" ? .english : .indonesian)

    for (format, render) in [
      ("md", MarkdownRenderer.render), ("html", HTMLRenderer.render),
    ] as [(String, (ReportDocument) -> String)] {
      let output = folder.appendingPathComponent("laporan.\(format)")
      let run = try CommandRunner.run([
        "report", "--input", input.path, "--output", output.path, "--lang", language,
      ])
      #expect(run.status == 0, "\(run.standardError)")
      let text = try String(contentsOf: output, encoding: .utf8)
      #expect(text == render(expected), "\(format)")
    }
    let markdown = MarkdownRenderer.render(expected)
    #expect(
      markdown.contains(language == "en" ? "more suggestions for this service" : "saran lainnya")
    )
  }

  @Test("Processing form streams every row")
  func processingForm() throws {
    // More than 1 MiB of rows, so that the form is written through a temporary file.
    let input = try generatedExport(rows: 40_000, seed: 12)
    let folder = input.deletingLastPathComponent()
    let responses = try referenceResponses(input)
    var survey = SurveyAccumulator()
    for response in responses { survey.add(response) }
    let expected = ProcessingFormCSV.render(result: IKMResult(survey.overall), responses: responses)

    let output = folder.appendingPathComponent("formulir.csv")
    let run = try CommandRunner.run([
      "report", "--input", input.path, "--output", output.path, "--format", "csv",
    ])
    #expect(run.status == 0, "\(run.standardError)")
    #expect(try String(contentsOf: output, encoding: .utf8) == expected)

    let piped = try CommandRunner.run([
      "report", "--input", input.path, "--output", "-", "--format", "csv",
    ])
    #expect(piped.standardOutput == expected)
  }
}
