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
    var rejects: StreamingTextWriter?
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
          rejects = try StreamingTextWriter(path: rejectsPath, header: summary.headerText)
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

/// Writes a text file line by line into a temporary file that replaces the target when
/// finished, so that a long output never sits whole in memory and a failed run leaves no partial
/// file. Rejected rows are written verbatim under the input's header.
final class StreamingTextWriter {
  private let path: String
  private var text: String

  init(path: String, header: String) throws {
    self.path = path
    self.text = header + "\r\n"
  }

  func append(_ row: RejectedRow) throws {
    try appendLine(row.text)
  }

  /// Appends one line, which gets a CRLF terminator.
  func appendLine(_ line: String) throws {
    text += line + "\r\n"
    // Flush in pieces so a long output does not grow in memory.
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
    let target =
      path == "-"
      ? URL(fileURLWithPath: FileManager.default.temporaryDirectory.path)
        .appendingPathComponent("skm-stdout")
      : URL(fileURLWithPath: path).resolvingSymlinksInPath()
    let url = target.deletingLastPathComponent()
      .appendingPathComponent(".\(target.lastPathComponent).\(UUID().uuidString).part")
    guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
      throw SKMError(
        code: SKMError.Code(rawValue: "output.unwritable"),
        message: LocalizedText(
          indonesian:
            "Berkas sementara untuk \(path) tidak dapat dibuat. Periksa folder dan izin tulisnya.",
          english:
            "Cannot create the temporary file for \(path). Check the folder and its permissions."
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
    if path == "-" || attributes.map({ $0[.type] as? FileAttributeType != .typeRegular }) == true {
      // Standard output, a device or a pipe is written through, never replaced.
      try copy(partial, toOutput: path)
      return
    }
    // rename(2) replaces the target atomically, whether or not it exists.
    guard rename(partial.path, target.path) == 0 else {
      throw SKMError(
        code: SKMError.Code(rawValue: "output.unwritable"),
        message: LocalizedText(
          indonesian: "Berkas \(path) tidak dapat ditulis: \(String(cString: strerror(errno))).",
          english: "Cannot write \(path): \(String(cString: strerror(errno)))."
        ),
        location: SourceLocation(file: path)
      )
    }
  }

  /// Copies the finished temporary file to standard output, a device or a pipe in pieces.
  private func copy(_ partial: URL, toOutput path: String) throws {
    let input = try FileHandle(forReadingFrom: partial)
    defer { try? input.close() }
    let output =
      path == "-" ? FileHandle.standardOutput : FileHandle(forWritingAtPath: path)
    guard let output else { throw CocoaError(.fileWriteNoPermission) }
    while let piece = try input.read(upToCount: 1 << 20), !piece.isEmpty {
      try output.write(contentsOf: piece)
    }
  }
}
