import SKMCore

/// The reference import's result for one record.
enum ReferenceOutcome {
  /// A row of blank fields, which the import skips without counting it.
  case skipped
  /// An accepted response, with the warnings about swallowed rows that it raised.
  case accepted(Response, warnings: [SKMError])
  case rejected(RejectedRow)
}

/// The reference import of single records: ``CSVParser`` splits a record and ``RowParser``
/// reads it, as ``ResponseCSVImporter`` does for every record of a file.
///
/// ``FastTallyReader`` hands it each record that its byte loop cannot decide, so that the result
/// of every record is the reference result.
struct ReferenceRecordReader {
  let rowParser: RowParser
  let delimiter: UInt8
  let limits: CSVLimits
  let file: String
  /// The unsur that the answers are counted for, in questionnaire order.
  let unsurKeys: [UnsurKey]

  /// Splits the record that starts at `offset`, which must be the first byte of a record.
  ///
  /// - Parameter line: The line of the record, used in its ``CSVRecord/line`` and in errors.
  /// - Returns: The record and the index after its terminator, or `nil` when no record starts
  ///   at `offset`.
  /// - Throws: `SKMError` from ``CSVParser`` and ``CSVParser/takeRecord()``, as ``CSVReader``
  ///   throws them for the same record.
  func record(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, line: Int) throws -> (
    record: CSVRecord, end: Int
  )? {
    var parser = CSVParser(delimiter: delimiter, limits: limits, file: file, line: line)
    if let end = try parser.scan(bytes, from: offset) {
      return (try parser.takeRecord(), end)
    }
    guard try parser.finish() else { return nil }
    return (try parser.takeRecord(), bytes.count)
  }

  /// Reads a record as ``ResponseCSVImporter`` does.
  ///
  /// Warnings about profile values that cannot be read are dropped. Only the warning that an
  /// unmatched quote may have swallowed rows is kept, because it concerns the count.
  func outcome(of record: CSVRecord) -> ReferenceOutcome {
    if ResponseCSVImporter.isEmptyRow(record) { return .skipped }

    var scratch = ImportSummary(file: file, headerText: "", columns: [])
    switch rowParser.parse(record, summary: &scratch) {
    case .accepted(let response):
      let warnings = scratch.warnings.filter { $0.code == .importSwallowedRows }
      return .accepted(response, warnings: warnings)
    case .rejected(let row):
      return .rejected(row)
    }
  }

  /// Adds the answers of `response` to `counts`, as ``ScoreAccumulator`` adds a response:
  /// `counts[i * 4 + s - 1]` counts score `s` for the unsur at index `i` of ``unsurKeys``.
  func count(_ response: Response, into counts: UnsafeMutablePointer<Int>) {
    for (index, key) in unsurKeys.enumerated() {
      if let score = response.answers[key] {
        counts[index * 4 + score.value - 1] += 1
      }
    }
  }
}
