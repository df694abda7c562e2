import Foundation
import SKMCore
import SKMReport
import SKMScoring
import SKMStore

/// `skm report`: writes the laporan SKM of an export as HTML, Markdown, a one-page
/// infographic, the processing form CSV, the JSON summary, an Excel workbook or a Word
/// document.
enum ReportCommand {
  enum Format: String, CaseIterable {
    case html, md, infographic, csv, json, xlsx, docx
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
    let input = try read(format, options: options, laporan: laporan, console: console)
    laporan.collection = input.collection
    guard IKMResult(input.survey.overall).ikm != nil else { throw SurveyInput.noAnswers(options) }
    laporan.ageBands = options.ageBands
    if format == .csv, input.responses.isEmpty, let path = options.input {
      try writeProcessingForm(reading: path, input: input, options: options, to: output, laporan)
    } else if let file = try officeFile(format, input: input, options: options, laporan: laporan) {
      try writeOfficeFile(file, to: output)
    } else {
      let text = render(format, input: input, weightPolicy: options.weight, options: laporan)
      try OutputFile.write(text, to: output)
    }
    console.problem(console.text("Laporan ditulis ke \(output)", "Report written to \(output)"))
  }

  /// Reads the survey. A file is read on the fast path, which keeps no responses, unless a
  /// screening rule must see them all or the format is the workbook, which lists every
  /// respondent. The processing form as CSV reads a regular file a second time instead.
  private static func read(
    _ format: Format,
    options: CommonOptions,
    laporan: LaporanOptions,
    console: Console
  ) throws -> SurveyInput {
    guard let path = options.input, !options.excludeFlagged, format != .xlsx,
      format != .csv || isRegularFile(path)
    else {
      return try options.load(keepResponses: format != .json, console: console)
    }
    return try SurveyInput.counts(
      options: options,
      console: console,
      sample: format == .json ? nil : laporan.sampleLimits
    )
  }

  /// Writes the processing form of a file whose counts `input` holds, reading the file a
  /// second time and writing each accepted response as it arrives, so that memory stays flat.
  private static func writeProcessingForm(
    reading path: String,
    input: SurveyInput,
    options: CommonOptions,
    to output: String,
    _ laporan: LaporanOptions
  ) throws {
    let result = IKMResult(input.survey.overall, weightPolicy: options.weight)
    let writer = try StreamingTextWriter(
      path: output,
      header: ProcessingFormCSV.header(result: result, language: laporan.language)
    )
    var number = 0
    _ = try ResponseCSVImporter(options: ResponseImportOptions(numberedColumnOrder: options.order))
      .read(
        CSVReader(url: URL(fileURLWithPath: path), displayName: path),
        response: { response, _ in
          number += 1
          try writer.appendLine(
            ProcessingFormCSV.row(number: number, response: response, result: result)
          )
        },
        rejected: { _ in }
      )
    guard number == result.respondents else {
      throw SKMError(
        code: SKMError.Code(rawValue: "input.changed"),
        message: LocalizedText(
          indonesian:
            "Berkas berubah saat dibaca: \(result.respondents) jawaban dihitung, tetapi \(number) terbaca kemudian. Jalankan perintah lagi setelah berkas selesai ditulis.",
          english:
            "The file changed while it was read: \(result.respondents) responses were counted but \(number) were read afterwards. Run the command again once the file is complete."
        ),
        location: SourceLocation(file: path)
      )
    }
    try writer.appendLine(ProcessingFormCSV.footer(result: result, language: laporan.language))
    try writer.finish()
  }

  private static func isRegularFile(_ path: String) -> Bool {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return attributes?[.type] as? FileAttributeType == .typeRegular
  }

  /// Returns the builder of the survey's laporan, which quotes its sample or else its responses.
  private static func builder(
    _ input: SurveyInput,
    weightPolicy: WeightPolicy,
    options: LaporanOptions
  ) -> LaporanBuilder {
    var sample = input.sample ?? ResponseSample(limits: options.sampleLimits)
    if input.sample == nil {
      for response in input.responses { sample.add(response) }
    }
    return LaporanBuilder(
      survey: input.survey,
      weightPolicy: weightPolicy,
      sample: sample,
      options: options
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
          expected: LocalizedText("html, md, infographic, csv, json, xlsx, docx")
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
    let builder = builder(input, weightPolicy: weightPolicy, options: options)
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
    case .xlsx, .docx:
      preconditionFailure("officeFile renders the binary formats")
    }
  }

  /// Returns the bytes of an `.xlsx` or `.docx` file, or `nil` for the text formats.
  private static func officeFile(
    _ format: Format,
    input: SurveyInput,
    options: CommonOptions,
    laporan: LaporanOptions
  ) throws -> Data? {
    switch format {
    case .xlsx:
      return try XLSXWorkbook.render(
        survey: input.survey,
        responses: input.responses,
        weightPolicy: options.weight,
        rejected: try rejectedProblems(input, options: options),
        language: laporan.language
      )
    case .docx:
      return try DOCXRenderer.render(
        builder(input, weightPolicy: options.weight, options: laporan).build()
      )
    case .html, .md, .infographic, .csv, .json:
      return nil
    }
  }

  /// Returns the problems of the rows rejected from `--input`, for the workbook's Ditolak
  /// sheet. The list is empty when no row was rejected, and `nil` for a store or for a file
  /// that cannot be read twice, such as a pipe. `SurveyInput` keeps only counts, so a file with
  /// rejected rows is read a second time.
  private static func rejectedProblems(_ input: SurveyInput, options: CommonOptions) throws
    -> [SKMError]?
  {
    guard let path = options.input, let collection = input.collection else { return nil }
    guard collection.rejected > 0 else { return [] }
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    guard attributes?[.type] as? FileAttributeType == .typeRegular else { return nil }
    var problems: [SKMError] = []
    let importer = ResponseCSVImporter(
      options: ResponseImportOptions(numberedColumnOrder: options.order)
    )
    _ = try importer.read(
      CSVReader(url: URL(fileURLWithPath: path), displayName: path),
      response: { _, _ in },
      rejected: { problems += $0.problems }
    )
    return problems
  }

  /// Writes the bytes of an `.xlsx` or `.docx` file the way `OutputFile.write` writes text.
  /// `-` is standard output and a device or pipe is written through. A regular file is
  /// replaced through a temporary file, so a failed run never leaves a partial file.
  private static func writeOfficeFile(_ data: Data, to path: String) throws {
    if path == "-" {
      FileHandle.standardOutput.write(data)
      return
    }
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
    do {
      let attributes = try? FileManager.default.attributesOfItem(atPath: target.path)
      if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular,
        type != .typeDirectory
      {
        guard let handle = FileHandle(forWritingAtPath: target.path) else {
          throw CocoaError(.fileWriteNoPermission)
        }
        defer { try? handle.close() }
        try handle.write(contentsOf: data)
        return
      }
      try data.write(to: target, options: .atomic)
    } catch {
      throw SKMError(
        code: SKMError.Code(rawValue: "output.unwritable"),
        message: LocalizedText(
          indonesian:
            "Berkas tidak dapat ditulis: \(error.localizedDescription). Periksa path, folder dan izin tulisnya.",
          english:
            "Cannot write the file: \(error.localizedDescription). Check the path, the folder and its permissions."
        ),
        location: SourceLocation(file: path)
      )
    }
  }
}
