import Foundation
import SKMCore

/// Options of a response import.
public struct ResponseImportOptions: Sendable {
  /// The questionnaire the answers were given under; its items decide which unsur columns
  /// are looked for and which answer labels are accepted.
  public var questionnaire: Questionnaire
  /// The order that `u1`…`u9` headers number the unsur in.
  public var numberedColumnOrder: NumberedColumnOrder
  /// The unit to record for rows whose export has no unit column.
  public var defaultUnitID: String?

  public init(
    questionnaire: Questionnaire = .standard,
    numberedColumnOrder: NumberedColumnOrder = .questionnaire,
    defaultUnitID: String? = nil
  ) {
    self.questionnaire = questionnaire
    self.numberedColumnOrder = numberedColumnOrder
    self.defaultUnitID = defaultUnitID
  }
}

/// Imports responses from a CSV export of an e-SKM application, a Google Forms sheet or a
/// processing form.
///
/// Columns are found by header, never by position: `u1`…`u9` or `U1. Persyaratan`, an unsur's
/// name, or a header containing the unsur's key word; profile columns by their usual Indonesian
/// headers. Other columns are ignored, and personal data columns (name, NIK, phone, e-mail,
/// address) are never imported. A problem that stops the import, such as an unreadable file or
/// no unsur columns, throws. A bad row is rejected with its reasons, and the import goes on.
public struct ResponseCSVImporter: Sendable {
  public var options: ResponseImportOptions

  public init(options: ResponseImportOptions = ResponseImportOptions()) {
    self.options = options
  }

  /// Reads every record of `reader`, passing each valid response and each rejected row to the
  /// handlers as it goes, so memory does not grow with the file. `header` receives the columns
  /// before the first row.
  ///
  /// - Returns: The columns, counts and warnings of the import.
  /// - Throws: ``SKMError`` when the file cannot be read as CSV, has no header, has no unsur
  ///   columns or maps two columns to one unsur, or when a handler throws.
  public func read(
    _ reader: CSVReader,
    response handleResponse: (_ response: Response, _ line: Int) throws -> Void,
    rejected handleRejected: (RejectedRow) throws -> Void,
    header handleHeader: (ImportSummary) throws -> Void = { _ in }
  ) throws -> ImportSummary {
    let parser = try rowParser(reading: reader)
    var summary = parser.summary
    try handleHeader(summary)
    while let record = try reader.next() {
      if Self.isEmptyRow(record) { continue }
      summary.collected += 1
      switch parser.parse(record, summary: &summary) {
      case .accepted(let response):
        summary.accepted += 1
        try handleResponse(response, record.line)
      case .rejected(let row):
        summary.rejected += 1
        try handleRejected(row)
      }
    }
    return summary
  }

  /// Reads the header record of `reader` and prepares the parser of the rows after it.
  ///
  /// - Throws: ``SKMError`` when the file cannot be read as CSV, has no header, has no unsur
  ///   columns or maps two columns to one unsur.
  func rowParser(reading reader: CSVReader) throws -> RowParser {
    guard let header = try reader.next() else {
      throw SKMError(
        code: .importMissingHeader,
        message: LocalizedText(
          indonesian: "Berkas kosong: baris judul kolom (header) tidak ditemukan.",
          english: "The file is empty: no header row was found."
        ),
        location: SourceLocation(file: reader.displayName, line: 1)
      )
    }
    return try RowParser(header: header, file: reader.displayName, options: options)
  }

  /// Returns whether a record is an empty row that the import skips without counting it.
  ///
  /// Spreadsheets save empty rows as a line of bare delimiters (`;;;`). Such a row contains no
  /// questionnaire, so it is skipped like an empty line.
  static func isEmptyRow(_ record: CSVRecord) -> Bool {
    record.fields.allSatisfy { $0.allSatisfy(\.isWhitespace) }
  }

  /// Imports a whole file into memory.
  ///
  /// - Parameters:
  ///   - url: The CSV file.
  ///   - displayName: The name to use in error locations; the path by default.
  public func importFile(at url: URL, displayName: String? = nil) throws -> ResponseImport {
    try importAll(CSVReader(url: url, displayName: displayName))
  }

  /// Imports CSV text held in memory; `displayName` names it in error locations.
  public func importData(_ data: Data, displayName: String) throws -> ResponseImport {
    try importAll(CSVReader(data: data, displayName: displayName))
  }

  private func importAll(_ reader: CSVReader) throws -> ResponseImport {
    var responses: [Response] = []
    var lines: [Int] = []
    var rejected: [RejectedRow] = []
    let summary = try read(
      reader,
      response: { response, line in
        responses.append(response)
        lines.append(line)
      },
      rejected: { rejected.append($0) }
    )
    return ResponseImport(
      summary: summary,
      responses: responses,
      lines: lines,
      rejectedRows: rejected
    )
  }
}
