import SKMCore

/// The start of a record: its byte offset, and the line breaks between the start of the scan
/// that found it and that offset.
///
/// The line number in the file is the line of the scan's start plus ``lineBreaksBefore``, which
/// is known only once the scans before it are merged.
struct RecordPosition: Sendable, Hashable {
  var offset: Int
  var lineBreaksBefore: Int
}

/// A record that the reference import cannot read, with the error that it throws.
struct ScanFailure: Sendable {
  var position: RecordPosition
  /// The error as the scan saw it, whose line counts from the start of the scan.
  var error: any Error
}

/// The counts that ``ChunkScanner`` made in one stretch of the body, from ``start`` to ``end``.
///
/// Only the positions of rejected rows and warnings are kept, not the rows themselves, so that a
/// scan stays small whatever the file holds. ``FastTallyReader`` parses those records again once
/// their line numbers are known.
struct ChunkScan: Sendable {
  /// The offset of the first byte scanned, which is between records.
  var start: Int
  /// The offset after the last record scanned, between records, at or after the requested stop.
  /// It has no meaning when ``failure`` is set.
  var end: Int
  /// Line breaks from ``start`` to ``end``: LF, CRLF and a lone CR count as one each.
  var lineBreaks = 0
  /// `counts[i * 4 + s - 1]` counts score `s` for the unsur at index `i` of the questionnaire.
  var counts: [Int]
  /// Records that are not empty rows.
  var collected = 0
  var accepted = 0
  var rejected = 0
  /// Problems of the rejected rows, of which a row may have several.
  var problemCount = 0
  /// Rejected rows per problem code. A row with several problems counts under each.
  var rejectionsByCode: [SKMError.Code: Int] = [:]
  /// The rejected rows that the caller asked to see, in file order.
  var rejectedRecords: [RecordPosition] = []
  /// The first accepted rows that raised a warning, in file order.
  var warningRecords: [RecordPosition] = []
  /// Warnings raised by accepted rows, kept or not.
  var warningCount = 0
  /// The record at which the input stopped being readable, where the scan stopped.
  var failure: ScanFailure?
  /// The counts per group and the response sample, when the scan captures them for a report.
  var survey: SurveyChunk?

  init(start: Int, unsurCount: Int) {
    self.start = start
    self.end = start
    self.counts = Array(repeating: 0, count: unsurCount * 4)
  }
}
