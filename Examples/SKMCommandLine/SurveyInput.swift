import Foundation
import SKMCore
import SKMReport
import SKMScoring
import SKMStore

/// A survey read from the command line's input: the responses (none for a tally) and their
/// counts.
struct SurveyInput {
  var responses: [Response]
  var accumulator: ScoreAccumulator
  var collection: DataCollection?

  /// The input was refused; the problems were already written to standard error.
  struct Refused: Error {}

  /// Reads `--input FILE` strictly: any invalid row refuses the whole file.
  static func responses(path: String, order: NumberedColumnOrder, console: Console) throws
    -> SurveyInput
  {
    let importer = ResponseCSVImporter(options: ResponseImportOptions(numberedColumnOrder: order))
    let imported = try importer.importFile(at: URL(fileURLWithPath: path), displayName: path)
    report(warnings: imported.summary, console: console)
    guard imported.rejectedRows.isEmpty else {
      refuse(imported, path: path, console: console)
      throw Refused()
    }
    guard !imported.responses.isEmpty else {
      throw SKMError(
        code: .importNoResponses,
        message: LocalizedText(
          indonesian: "Berkas tidak berisi jawaban responden; tidak ada yang dapat dihitung.",
          english: "The file contains no responses; there is nothing to score."
        ),
        location: SourceLocation(file: path)
      )
    }
    var accumulator = ScoreAccumulator(questionnaire: importer.options.questionnaire)
    for response in imported.responses { accumulator.add(response) }
    return SurveyInput(
      responses: imported.responses,
      accumulator: accumulator,
      collection: DataCollection(collected: imported.summary.collected, rejected: 0)
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
    return SurveyInput(responses: [], accumulator: ScoreAccumulator(tally: table), collection: nil)
  }

  private static let maximumListed = 20

  private static func report(warnings summary: ImportSummary, console: Console) {
    for warning in summary.warnings.prefix(maximumListed) { console.warning(warning) }
    let unlisted = summary.warningCount - min(summary.warningCount, maximumListed)
    if unlisted > 0 {
      console.problem(
        console.text("… dan \(unlisted) peringatan lainnya.", "… and \(unlisted) more warnings.")
      )
    }
  }

  private static func refuse(_ imported: ResponseImport, path: String, console: Console) {
    let problems = imported.rejectedRows.flatMap(\.problems)
    for problem in problems.prefix(maximumListed) { console.error(problem) }
    if problems.count > maximumListed {
      console.problem(
        console.text(
          "… dan \(problems.count - maximumListed) masalah lainnya.",
          "… and \(problems.count - maximumListed) more problems."
        )
      )
    }
    let rejected = imported.rejectedRows.count
    let collected = imported.summary.collected
    console.problem(
      console.text(
        "\(path): \(rejected) dari \(collected) baris tidak valid, sehingga berkas ditolak dan tidak ada yang ditulis. Perbaiki baris tersebut lalu jalankan lagi.",
        "\(path): \(rejected) of \(collected) rows are invalid, so the file was refused and nothing was written. Fix those rows and run again."
      )
    )
  }
}
