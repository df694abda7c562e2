import Foundation
import SKMCore
import SKMStore

/// Reading a response file and telling the operator what was wrong with it.
enum InputFile {
  static let maximumListed = 20

  /// Imports the file and writes its warnings to standard error.
  static func read(path: String, order: NumberedColumnOrder, console: Console) throws
    -> ResponseImport
  {
    let importer = ResponseCSVImporter(options: ResponseImportOptions(numberedColumnOrder: order))
    let imported = try importer.importFile(at: URL(fileURLWithPath: path), displayName: path)
    for warning in imported.summary.warnings.prefix(maximumListed) { console.warning(warning) }
    let unlisted = imported.summary.warningCount - min(imported.summary.warningCount, maximumListed)
    if unlisted > 0 {
      console.problem(
        console.text("… dan \(unlisted) peringatan lainnya.", "… and \(unlisted) more warnings.")
      )
    }
    return imported
  }

  static func listProblems(_ imported: ResponseImport, console: Console) {
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
  }

  static func explainRefusal(_ imported: ResponseImport, path: String, console: Console) {
    let rejected = imported.rejectedRows.count
    let collected = imported.summary.collected
    console.problem(
      console.text(
        "\(path): \(rejected) dari \(collected) baris tidak valid, sehingga berkas ditolak dan tidak ada yang ditulis. Perbaiki baris tersebut, atau tambahkan --skip-invalid untuk menghitung baris yang valid saja.",
        "\(path): \(rejected) of \(collected) rows are invalid, so the file was refused and nothing was written. Fix those rows, or add --skip-invalid to score the valid rows only."
      )
    )
  }

  /// Writes the rejected rows verbatim under the file's own header.
  static func writeRejects(_ imported: ResponseImport, to path: String, console: Console) throws {
    let text = RejectedRow.verbatimFile(
      header: imported.summary.headerText,
      rows: imported.rejectedRows
    )
    try OutputFile.write(text, to: path)
    console.problem(
      console.text(
        "\(imported.rejectedRows.count) baris yang ditolak ditulis ke \(path)",
        "\(imported.rejectedRows.count) rejected rows written to \(path)"
      )
    )
  }

  static func noResponses(_ path: String) -> SKMError {
    SKMError(
      code: .importNoResponses,
      message: LocalizedText(
        indonesian:
          "Berkas tidak berisi jawaban responden yang valid; tidak ada yang dapat dihitung.",
        english: "The file contains no valid responses; there is nothing to score."
      ),
      location: SourceLocation(file: path)
    )
  }
}

/// Writing an output file whole or not at all.
enum OutputFile {
  /// Writes through a temporary file in the same folder and renames it, so a failed run never
  /// leaves a partial file.
  static func write(_ text: String, to path: String) throws {
    do {
      try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
    } catch {
      throw SKMError(
        code: SKMError.Code(rawValue: "output.unwritable"),
        message: LocalizedText(
          indonesian:
            "Berkas tidak dapat ditulis: \(error.localizedDescription). Periksa folder dan izin tulisnya.",
          english:
            "Cannot write the file: \(error.localizedDescription). Check the folder and its permissions."
        ),
        location: SourceLocation(file: path)
      )
    }
  }
}
