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
    var survey = SurveyAccumulator(ageBands: options.ageBands)
    for response in responses { survey.add(response) }
    return SurveyInput(
      responses: responses,
      survey: survey,
      collection: DataCollection(collected: responses.count, rejected: 0)
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
