import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import SKMCore
import SKMScoring
import SKMStore

/// One pass over a response file that keeps memory bounded: responses go straight into the
/// accumulator unless the caller needs them, and of the rejected rows only their counts, the
/// first problems and (with `--rejects`) the file of rows are kept.
struct StreamingImport {
  var summary: ImportSummary
  /// The accepted responses and their lines, when kept.
  var responses: [Response] = []
  var lines: [Int] = []
  /// Counts of every accepted response, when responses are not kept.
  var survey: SurveyAccumulator
  var rejectedRows = 0
  /// Rows rejected per problem code; a row with several problems counts under each.
  var rejectionsByCode: [SKMError.Code: Int] = [:]
  /// The first problems, for the terminal.
  var sampleProblems: [SKMError] = []
  var problemCount = 0

  static func read(
    path: String,
    order: NumberedColumnOrder,
    keepResponses: Bool,
    ageBands: AgeBands,
    rejectsPath: String?,
    console: Console
  ) throws -> StreamingImport {
    let reader = try CSVReader(url: URL(fileURLWithPath: path), displayName: path)
    let importer = ResponseCSVImporter(options: ResponseImportOptions(numberedColumnOrder: order))
    var result = StreamingImport(
      summary: ImportSummary(file: path, headerText: "", columns: []),
      survey: SurveyAccumulator(ageBands: ageBands)
    )
    var rejects: RejectsWriter?
    result.summary = try importer.read(
      reader,
      response: { response, line in
        if keepResponses {
          result.responses.append(response)
          result.lines.append(line)
        } else {
          result.survey.add(response)
        }
      },
      rejected: { row in
        result.rejectedRows += 1
        for code in Set(row.problems.map(\.code)) { result.rejectionsByCode[code, default: 0] += 1 }
        result.problemCount += row.problems.count
        let room = InputFile.maximumListed - result.sampleProblems.count
        if room > 0 { result.sampleProblems += row.problems.prefix(room) }
        try rejects?.append(row)
      },
      header: { summary in
        if let rejectsPath {
          rejects = try RejectsWriter(path: rejectsPath, header: summary.headerText)
        }
      }
    )
    if let rejects {
      try rejects.finish()
      console.problem(
        console.text(
          "\(result.rejectedRows) baris yang ditolak ditulis ke \(rejectsPath!)",
          "\(result.rejectedRows) rejected rows written to \(rejectsPath!)"
        )
      )
    }
    InputFile.report(warnings: result.summary, console: console)
    return result
  }
}

/// Writes rejected rows verbatim under the file's header as they arrive, into a temporary file
/// that replaces the target when finished.
final class RejectsWriter {
  private let path: String
  private var text: String

  init(path: String, header: String) throws {
    self.path = path
    self.text = header + "\r\n"
  }

  func append(_ row: RejectedRow) throws {
    text += row.text + "\r\n"
    // Flush in pieces so a file of many rejected rows does not grow in memory.
    if text.utf8.count > 1 << 20 { try flush() }
  }

  private var partial: URL?

  private func flush() throws {
    let url = try partialURL()
    let handle = try FileHandle(forWritingTo: url)
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
    text = ""
  }

  private func partialURL() throws -> URL {
    if let partial { return partial }
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
    let url = target.deletingLastPathComponent()
      .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).part")
    guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
      throw SKMError(
        code: SKMError.Code(rawValue: "output.unwritable"),
        message: LocalizedText(
          indonesian: "Berkas penolakan tidak dapat dibuat. Periksa folder dan izin tulisnya.",
          english: "Cannot create the rejects file. Check the folder and its permissions."
        ),
        location: SourceLocation(file: path)
      )
    }
    partial = url
    return url
  }

  func finish() throws {
    guard let partial else {
      try OutputFile.write(text, to: path)
      return
    }
    try flush()
    defer { try? FileManager.default.removeItem(at: partial) }
    let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
    let attributes = try? FileManager.default.attributesOfItem(atPath: target.path)
    if let type = attributes?[.type] as? FileAttributeType, type != .typeRegular {
      // A device or pipe is written through, never replaced.
      try OutputFile.write(try String(contentsOf: partial, encoding: .utf8), to: path)
      return
    }
    // rename(2) replaces the target atomically, whether or not it exists.
    guard rename(partial.path, target.path) == 0 else {
      throw SKMError(
        code: SKMError.Code(rawValue: "output.unwritable"),
        message: LocalizedText(
          indonesian: "Berkas penolakan tidak dapat ditulis: \(String(cString: strerror(errno))).",
          english: "Cannot write the rejects file: \(String(cString: strerror(errno)))."
        ),
        location: SourceLocation(file: path)
      )
    }
  }
}
