import Foundation
import SKMCore
import SKMReport
import SKMScoring
import SKMStore

/// `skm check`: validates a response file and flags suspicious responses, without scoring.
///
/// Exits with status 0 when every row is valid and 1 when some rows are rejected; flags alone
/// do not change the status, because a flag asks for a look, not a fix.
enum CheckCommand {
  static func run(_ words: [String], console: Console) throws -> Int32 {
    let arguments = try Arguments(
      words,
      valueOptions: ScreeningArguments.valueOptions.union(["input", "format", "order", "rejects"]),
      flagOptions: ScreeningArguments.flagOptions
    )
    guard let path = arguments.value("input"), arguments.positional.isEmpty else {
      throw UsageError.required(
        LocalizedText(indonesian: "berikan --input FILE.", english: "give --input FILE.")
      )
    }
    let format = arguments.value("format") ?? "text"
    guard ["text", "json"].contains(format) else {
      throw UsageError.invalidValue("format", format, expected: LocalizedText("text, json"))
    }
    let order = try NumberedColumnOrder(rawValue: arguments.value("order") ?? "questionnaire")
      .orThrow(
        UsageError.invalidValue(
          "order",
          arguments.value("order") ?? "",
          expected: LocalizedText("questionnaire, regulation")
        )
      )
    let screening = try ScreeningArguments.options(arguments)
    try OutputFile.checkDistinct(outputs: [("rejects", arguments.value("rejects"))], inputs: [path])
    let imported = try InputFile.read(path: path, order: order, console: console)
    if let rejects = arguments.value("rejects") {
      try InputFile.writeRejects(imported, to: rejects, console: console)
    }
    let labels = imported.lines.map { console.text("baris \($0)", "line \($0)") }
    let flags = ResponseScreening(options: screening).flags(for: imported.responses, labels: labels)
    let report = CheckReport(imported: imported, flags: flags, language: console.language)
    console.result(
      format == "json" ? report.json().serialized() + "\n" : Console.sanitized(report.text())
    )
    return imported.rejectedRows.isEmpty ? 0 : 1
  }
}

extension Optional {
  func orThrow<Failure: Error>(_ error: @autoclosure () -> Failure) throws(Failure) -> Wrapped {
    guard let value = self else { throw error() }
    return value
  }
}

/// The findings of `skm check` as JSON or text.
struct CheckReport {
  let imported: ResponseImport
  let flags: [[ResponseFlag]]
  let language: Language

  var flaggedCount: Int { flags.filter { !$0.isEmpty }.count }

  func json() -> JSONValue {
    let rejected = imported.rejectedRows.flatMap { row in
      row.problems.map { problem in
        JSONValue.object([
          ("line", .number(String(row.line))),
          ("column", problem.location?.column.map(JSONValue.string) ?? .null),
          ("value", problem.value.map(JSONValue.string) ?? .null),
          ("code", .string(problem.code.rawValue)),
          ("reason", .string(problem.message.text(in: language))),
        ])
      }
    }
    let flagged = zip(imported.responses, zip(imported.lines, flags)).compactMap {
      response,
      entry -> JSONValue? in
      let (line, responseFlags) = entry
      guard !responseFlags.isEmpty else { return nil }
      return .object([
        ("line", .number(String(line))),
        ("id", .string(response.id)),
        ("rules", .array(responseFlags.map { .string($0.rule.rawValue) })),
        ("reasons", .array(responseFlags.map { .string($0.reason.text(in: language)) })),
      ])
    }
    return .object([
      ("file", .string(imported.summary.file)),
      ("collected", .number(String(imported.summary.collected))),
      ("valid", .number(String(imported.responses.count))),
      ("rejected", .array(rejected)),
      ("flagged", .array(flagged)),
      ("warnings", .number(String(imported.summary.warningCount))),
    ])
  }

  func text() -> String {
    let english = language == .english
    var lines = [
      (english ? "Collected: " : "Terkumpul: ") + String(imported.summary.collected),
      (english ? "Valid: " : "Valid: ") + String(imported.responses.count),
      (english ? "Rejected: " : "Ditolak: ") + String(imported.rejectedRows.count),
      (english ? "Flagged: " : "Ditandai: ") + String(flaggedCount),
    ]
    for row in imported.rejectedRows {
      for problem in row.problems {
        lines.append(
          "  " + Console.sanitized(problem.formatted(in: language), keepingLineBreaks: false)
        )
      }
    }
    for (line, responseFlags) in zip(imported.lines, flags) where !responseFlags.isEmpty {
      for flag in responseFlags {
        lines.append(
          "  \(imported.summary.file):\(line): [\(flag.rule.rawValue)] "
            + Console.sanitized(flag.reason.text(in: language), keepingLineBreaks: false)
        )
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
