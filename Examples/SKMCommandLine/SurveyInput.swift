import Foundation
import SKMCore
import SKMReport
import SKMScoring
import SKMStore

/// A survey read from the command line's input: the responses that are scored (none for a
/// tally), their accumulated counts, and how the collected rows were sorted out.
struct SurveyInput {
  var responses: [Response]
  var survey: SurveyAccumulator
  var collection: DataCollection?
  /// The part of the responses that a report quotes, when they were read without keeping them.
  var sample: ResponseSample? = nil

  /// The input was refused; the problems were already written to standard error.
  struct Refused: Error {}

  /// Reads `--input FILE` in one pass. Invalid rows refuse the whole file unless
  /// `--skip-invalid` is given, and with `--exclude-flagged` the rows that a screening rule
  /// flags are not scored.
  ///
  /// - Parameter keepResponses: Whether the caller needs the responses themselves (a report's
  ///   suggestions and appendix); without them, memory stays flat however large the file.
  static func responses(options: CommonOptions, keepResponses: Bool, console: Console) throws
    -> SurveyInput
  {
    let path = options.input!
    let imported = try StreamingImport.read(
      path: path,
      order: options.order,
      keepResponses: keepResponses || options.excludeFlagged,
      ageBands: options.ageBands,
      rejectsPath: options.rejectsPath,
      console: console
    )
    if imported.rejectedRows > 0 {
      InputFile.listProblems(
        imported.sampleProblems,
        total: imported.problemCount,
        console: console
      )
      guard options.skipInvalid else {
        InputFile.explainRefusal(
          rejected: imported.rejectedRows,
          collected: imported.summary.collected,
          path: path,
          console: console
        )
        throw Refused()
      }
    }
    guard imported.summary.accepted > 0 else { throw InputFile.noResponses(path) }
    var survey = imported.survey
    var scored: [Response] = []
    var flags: [[ResponseFlag]] = []
    if !imported.responses.isEmpty {
      flags =
        options.excludeFlagged
        ? ResponseScreening(options: options.screening).flags(
          for: imported.responses,
          labels: imported.lines.map { console.text("baris \($0)", "line \($0)") }
        )
        : Array(repeating: [], count: imported.responses.count)
      for (response, responseFlags) in zip(imported.responses, flags) where responseFlags.isEmpty {
        survey.add(response)
        scored.append(response)
      }
    }
    return SurveyInput(
      responses: keepResponses ? scored : [],
      survey: survey,
      collection: collection(imported, flags: flags)
    )
  }

  /// Counts the answers of `--input FILE` without building its responses, which is all that
  /// `skm score` needs when no screening rule excludes rows.
  ///
  /// The output, the messages and the refusal of invalid rows are those of
  /// ``responses(options:keepResponses:console:)``, except that no warnings about unreadable
  /// profile values are written: `skm check` lists them.
  ///
  /// - Parameter sample: The limits of the sample a report quotes; when given, the answers are
  ///   also counted per service, unit and respondent profile.
  static func counts(
    options: CommonOptions,
    console: Console,
    sample: ResponseSample.Limits? = nil
  ) throws -> SurveyInput {
    try OutputFile.checkDistinct(
      outputs: [("rejects", options.rejectsPath)],
      inputs: [options.input, options.tally, options.store]
    )
    let path = options.input!
    let reader = FastTallyReader(
      options: ResponseImportOptions(numberedColumnOrder: options.order)
    )
    var rejects: StreamingTextWriter?
    let rejected: ((RejectedRow) throws -> Void)? =
      options.rejectsPath == nil ? nil : { row in try rejects?.append(row) }
    let header: (ImportSummary) throws -> Void = { summary in
      if let rejectsPath = options.rejectsPath {
        rejects = try StreamingTextWriter(path: rejectsPath, header: summary.headerText)
      }
    }
    let url = URL(fileURLWithPath: path)
    var surveyed: ResponseSurvey?
    if let sample {
      surveyed = try reader.surveyFile(
        at: url,
        displayName: path,
        sample: sample,
        rejected: rejected,
        header: header
      )
    }
    let counted =
      try surveyed?.tally
      ?? reader.tallyFile(at: url, displayName: path, rejected: rejected, header: header)
    if let rejects, let rejectsPath = options.rejectsPath {
      try rejects.finish()
      console.problem(
        console.text(
          "\(counted.summary.rejected) baris yang ditolak ditulis ke \(rejectsPath)",
          "\(counted.summary.rejected) rejected rows written to \(rejectsPath)"
        )
      )
    }
    InputFile.report(warnings: counted.summary, console: console)

    if counted.summary.rejected > 0 {
      let sample = counted.firstRejectedRows.flatMap(\.problems).prefix(InputFile.maximumListed)
      InputFile.listProblems(Array(sample), total: counted.problemCount, console: console)
      guard options.skipInvalid else {
        InputFile.explainRefusal(
          rejected: counted.summary.rejected,
          collected: counted.summary.collected,
          path: path,
          console: console
        )
        throw Refused()
      }
    }
    guard counted.summary.accepted > 0 else { throw InputFile.noResponses(path) }

    let overall = ScoreAccumulator(tally: counted.tally, respondents: counted.respondents)
    return SurveyInput(
      responses: [],
      survey: try surveyed.map { try SurveyAccumulator($0.groups, ageBands: options.ageBands) }
        ?? SurveyAccumulator(overall: overall, ageBands: options.ageBands),
      collection: DataCollection(
        collected: counted.summary.collected,
        rejected: counted.summary.rejected,
        excluded: 0,
        rejectionReasons: counted.rejectionsByCode.sorted { $0.key.rawValue < $1.key.rawValue }
          .map { ReasonCount(reason: $0.key.importProblemTitle, count: $0.value) },
        exclusionReasons: []
      ),
      sample: surveyed?.sample
    )
  }

  /// Reads the responses of `--store PATH` that the filter selects. Responses given under
  /// questionnaire versions with different unsur are refused rather than mixed.
  static func stored(path: String, options: CommonOptions, console: Console) throws -> SurveyInput {
    let store = try StoreLocation.open(path, readOnly: true, console: console)
    var versionsSeen: Set<Int> = []
    var responses: [Response] = []
    try store.scan(options.filter) { response in
      responses.append(response)
      if let version = response.questionnaireVersion { versionsSeen.insert(version) }
    }
    let known = try store.questionnaires().filter { $0.id == Questionnaire.standard.id }
    try VersionCompatibility().check(
      known.filter { versionsSeen.contains($0.version) },
      target: .standard
    )
    guard !responses.isEmpty else { throw InputFile.noResponses(path) }
    let flags =
      options.excludeFlagged
      ? ResponseScreening(options: options.screening).flags(for: responses)
      : Array(repeating: [], count: responses.count)
    var survey = SurveyAccumulator(ageBands: options.ageBands)
    var scored: [Response] = []
    var exclusions: [ScreeningRule: Int] = [:]
    for (response, responseFlags) in zip(responses, flags) {
      guard responseFlags.isEmpty else {
        for rule in Set(responseFlags.map(\.rule)) { exclusions[rule, default: 0] += 1 }
        continue
      }
      survey.add(response)
      scored.append(response)
    }
    return SurveyInput(
      responses: scored,
      survey: survey,
      collection: DataCollection(
        collected: responses.count,
        rejected: 0,
        excluded: responses.count - scored.count,
        exclusionReasons: exclusions.sorted { $0.key < $1.key }.map {
          ReasonCount(reason: $0.key.title, count: $0.value)
        }
      )
    )
  }

  /// The error for input whose rows answer no unsur at all.
  static func noAnswers(_ options: CommonOptions) -> SKMError {
    SKMError(
      code: .importNoResponses,
      message: LocalizedText(
        indonesian: "Tidak ada jawaban unsur yang dapat dihitung; semua sel nilai kosong.",
        english: "There are no unsur answers to score; every score cell is empty."
      ),
      location: SourceLocation(file: options.input ?? options.store ?? options.tally ?? "")
    )
  }

  /// Reads `--tally FILE`, a table of counts per unsur and score.
  static func tally(path: String) throws -> SurveyInput {
    let table = try TallyCSVImporter().importFile(at: URL(fileURLWithPath: path), displayName: path)
    guard table.respondents > 0 else {
      throw SKMError(
        code: .importNoResponses,
        message: LocalizedText(
          indonesian: "Tabel rekap tidak berisi jawaban; semua jumlah bernilai 0.",
          english: "The tally contains no answers; every count is 0."
        ),
        location: SourceLocation(file: path)
      )
    }
    return SurveyInput(
      responses: [],
      survey: SurveyAccumulator(overall: ScoreAccumulator(tally: table)),
      collection: nil
    )
  }

  private static func collection(_ imported: StreamingImport, flags: [[ResponseFlag]])
    -> DataCollection
  {
    var exclusions: [ScreeningRule: Int] = [:]
    for responseFlags in flags {
      for rule in Set(responseFlags.map(\.rule)) { exclusions[rule, default: 0] += 1 }
    }
    return DataCollection(
      collected: imported.summary.collected,
      rejected: imported.rejectedRows,
      excluded: flags.filter { !$0.isEmpty }.count,
      rejectionReasons: imported.rejectionsByCode.sorted { $0.key.rawValue < $1.key.rawValue }.map {
        ReasonCount(reason: $0.key.importProblemTitle, count: $0.value)
      },
      exclusionReasons: exclusions.sorted { $0.key < $1.key }.map {
        ReasonCount(reason: $0.key.title, count: $0.value)
      }
    )
  }
}
