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
    report(warnings: imported.summary, console: console)
    return imported
  }

  /// Writes the first warnings of an import to standard error, and how many more there are.
  static func report(warnings summary: ImportSummary, console: Console) {
    for warning in summary.warnings.prefix(maximumListed) { console.warning(warning) }
    let unlisted = summary.warningCount - min(summary.warningCount, maximumListed)
    if unlisted > 0 {
      console.problem(
        console.text("… dan \(unlisted) peringatan lainnya.", "… and \(unlisted) more warnings.")
      )
    }
  }

  static func listProblems(_ imported: ResponseImport, console: Console) {
    let problems = imported.rejectedRows.flatMap(\.problems)
    listProblems(Array(problems.prefix(maximumListed)), total: problems.count, console: console)
  }

  /// Writes the first problems of rejected rows to standard error, and how many more there are.
  static func listProblems(_ sample: [SKMError], total: Int, console: Console) {
    for problem in sample.prefix(maximumListed) { console.error(problem) }
    if total > maximumListed {
      console.problem(
        console.text(
          "… dan \(total - maximumListed) masalah lainnya.",
          "… and \(total - maximumListed) more problems."
        )
      )
    }
  }

  static func explainRefusal(_ imported: ResponseImport, path: String, console: Console) {
    explainRefusal(
      rejected: imported.rejectedRows.count,
      collected: imported.summary.collected,
      path: path,
      console: console
    )
  }

  static func explainRefusal(rejected: Int, collected: Int, path: String, console: Console) {
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
  /// Writes `text` to `path`: `-` is standard output; an existing device, pipe or other
  /// special file is written through; a regular file (or a link to one) is replaced through a
  /// temporary file and a rename, so a failed run never leaves a partial file.
  static func write(_ text: String, to path: String) throws {
    if path == "-" {
      FileHandle.standardOutput.write(Data(text.utf8))
      return
    }
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
    var isDirectory: ObjCBool = false
    let exists = FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory)
    do {
      if exists && isDirectory.boolValue {
        throw SKMError(
          code: SKMError.Code(rawValue: "output.is-directory"),
          message: LocalizedText(
            indonesian: "Path keluaran adalah folder; berikan nama berkas, misalnya laporan.html.",
            english: "The output path is a folder; give a file name such as report.html."
          ),
          location: SourceLocation(file: path)
        )
      }
      let attributes = exists ? try FileManager.default.attributesOfItem(atPath: target.path) : [:]
      if exists, attributes[.type] as? FileAttributeType != .typeRegular {
        guard let handle = FileHandle(forWritingAtPath: target.path) else {
          throw CocoaError(.fileWriteNoPermission)
        }
        defer { try? handle.close() }
        try handle.write(contentsOf: Data(text.utf8))
        return
      }
      try Data(text.utf8).write(to: target, options: .atomic)
    } catch let error as SKMError {
      throw error
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

  /// Refuses outputs that would overwrite an input or each other, such as
  /// `--rejects data.csv` for `--input data.csv`; `-` (standard output) is exempt.
  static func checkDistinct(outputs: [(option: String, path: String?)], inputs: [String?])
    throws(UsageError)
  {
    let inputPaths = inputs.compactMap { $0 }.map(canonical)
    var seen: [String: String] = [:]
    for (option, path) in outputs {
      guard let path, path != "-" else { continue }
      guard !path.isEmpty else {
        throw .required(
          LocalizedText(
            indonesian: "--\(option) memerlukan path berkas.",
            english: "--\(option) needs a file path."
          )
        )
      }
      let key = canonical(path)
      if inputPaths.contains(key) {
        throw .required(
          LocalizedText(
            indonesian: "--\(option) \(path) akan menimpa berkas masukan; pilih path lain.",
            english: "--\(option) \(path) would overwrite the input file; choose another path."
          )
        )
      }
      if let other = seen[key] {
        throw .required(
          LocalizedText(
            indonesian:
              "--\(option) dan --\(other) menunjuk ke berkas yang sama; pilih path berbeda.",
            english: "--\(option) and --\(other) name the same file; choose different paths."
          )
        )
      }
      seen[key] = option
    }
  }

  private static func canonical(_ path: String) -> String {
    URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
  }
}
