import Foundation
import SKMCore

/// Imports a unit's follow-up plan (RTL) from a CSV with the header
/// `unsur,program,waktu,penanggung_jawab` (or `unsur,program,timeframe,responsible`).
///
/// The `unsur` cell is a code (`U3`), a key (`waktu`) or a name of the questionnaire. A plan is
/// short and written by hand, so any bad row stops the import.
public struct FollowUpPlanCSVImporter: Sendable {
  public var questionnaire: Questionnaire

  public init(questionnaire: Questionnaire = .standard) {
    self.questionnaire = questionnaire
  }

  public func importFile(at url: URL, displayName: String? = nil) throws -> [FollowUpPlanEntry] {
    try read(CSVReader(url: url, displayName: displayName))
  }

  public func importData(_ data: Data, displayName: String) throws -> [FollowUpPlanEntry] {
    try read(CSVReader(data: data, displayName: displayName))
  }

  private static let headers = [
    ["unsur", "program", "waktu", "penanggung jawab"],
    ["unsur", "program", "timeframe", "responsible"],
    ["unsur", "program kegiatan", "waktu", "penanggung jawab"],
  ]

  func read(_ reader: CSVReader) throws -> [FollowUpPlanEntry] {
    let file = reader.displayName
    guard let header = try reader.next(),
      Self.headers.contains(header.fields.map(foldForMatching))
    else {
      throw planError(
        LocalizedText(
          indonesian:
            "Judul kolom rencana tindak lanjut harus unsur,program,waktu,penanggung_jawab.",
          english: "A follow-up plan's header must be unsur,program,timeframe,responsible."
        ),
        SourceLocation(file: file, line: 1),
        value: nil
      )
    }
    var entries: [FollowUpPlanEntry] = []
    while let record = try reader.next() {
      guard record.fields.count == 4 else {
        throw planError(
          LocalizedText(
            indonesian: "Baris harus berisi 4 kolom, bukan \(record.fields.count).",
            english: "A row must have 4 fields, not \(record.fields.count)."
          ),
          SourceLocation(file: file, line: record.line),
          value: record.text
        )
      }
      guard
        let unsur = questionnaire.unsur(named: record.fields[0])
      else {
        throw planError(
          LocalizedText(
            indonesian:
              "Unsur tidak dikenal. Gunakan kode (U1…U\(questionnaire.items.count)), kunci atau nama unsur.",
            english:
              "Unknown unsur. Use a code (U1…U\(questionnaire.items.count)), a key or a name."
          ),
          SourceLocation(file: file, line: record.line, column: header.fields[0]),
          value: record.fields[0]
        )
      }
      let trimmed = record.fields.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      entries.append(
        FollowUpPlanEntry(
          unsur: unsur.key,
          program: trimmed[1],
          timeframe: trimmed[2],
          responsible: trimmed[3]
        )
      )
    }
    return entries
  }

  private func planError(_ message: LocalizedText, _ location: SourceLocation, value: String?)
    -> SKMError
  {
    SKMError(code: .importInvalidPlan, message: message, location: location, value: value)
  }
}

extension SKMError.Code {
  /// A follow-up plan file is not in the expected form.
  public static let importInvalidPlan = SKMError.Code(rawValue: "import.invalid-plan")
}
