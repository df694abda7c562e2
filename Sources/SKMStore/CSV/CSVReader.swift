import Foundation
import SKMCore

/// A record of a CSV file: its fields, the line it starts on, and its text as written.
public struct CSVRecord: Sendable, Hashable {
  public var fields: [String]
  /// 1-based physical line where the record starts (the header is line 1). A quoted field with
  /// newlines makes the next record start several lines later.
  public var line: Int
  /// The record exactly as written in the file, without its line terminator (kept so rejected
  /// rows can be written back verbatim).
  public var text: String

  public init(fields: [String], line: Int, text: String) {
    self.fields = fields
    self.line = line
    self.text = text
  }
}

/// Upper bounds on the size of CSV input, which keep a damaged or hostile file from exhausting
/// memory.
///
/// Each limit is inclusive, so a field of exactly `maxFieldBytes` bytes is accepted. Sizes are in
/// bytes of UTF-8. A field's size counts its contents without the surrounding quotes, and a
/// record's size counts its text as written, without the line terminator.
public struct CSVLimits: Sendable, Hashable {
  /// The largest field, 1 MiB by default.
  public var maxFieldBytes: Int
  /// The largest number of fields in one record, 10,000 by default.
  public var maxFieldsPerRecord: Int
  /// The largest record, 8 MiB by default. It also stops a file that has no line breaks.
  public var maxRecordBytes: Int

  public init(
    maxFieldBytes: Int = 1 << 20,
    maxFieldsPerRecord: Int = 10_000,
    maxRecordBytes: Int = 8 << 20
  ) {
    self.maxFieldBytes = maxFieldBytes
    self.maxFieldsPerRecord = maxFieldsPerRecord
    self.maxRecordBytes = maxRecordBytes
  }
}

/// A streaming reader of CSV files as spreadsheet programs export them.
///
/// The reader follows RFC 4180. A field in double quotes may contain the delimiter, line breaks,
/// and `""` for one quote. Records end at LF, CRLF or a lone CR, the last one with or without a
/// terminator. Input must be UTF-8, and a leading byte order mark is removed.
///
/// Real exports bend the format, so the reader is lenient where the intent is clear. A quote
/// inside an unquoted field is kept as a literal character (`5" disk`), and text after a closing
/// quote is appended to the field (`"a"b` reads as `ab`). Empty lines are skipped, but they
/// still count towards ``CSVRecord/line``. A line of delimiters only, such as `;;;` from a
/// spreadsheet's empty row, is a record of empty fields and not skipped.
///
/// When no delimiter is given, the reader counts commas, semicolons and tabs outside quotes in
/// the first record and takes the most frequent. A tie, or none of them, means comma. Excel with
/// Indonesian regional settings writes semicolons.
///
/// ```swift
/// let reader = try CSVReader(url: URL(filePath: "survei.csv"))
/// while let record = try reader.next() {
///   print(record.line, record.fields)
/// }
/// ```
///
/// The reader reads 256 KiB at a time and keeps at most about one record plus one chunk in
/// memory, within ``CSVLimits``. It works on bytes rather than characters and copies runs of
/// ordinary bytes at once, so each record costs a few allocations and no per-byte work beyond
/// comparisons, copying and UTF-8 validation.
///
/// Every error is an ``SKMError`` whose location names the file and, for errors in the data, the
/// line where the record starts. The first error ends the reading, and later calls to ``next()`` throw it again.
/// A reader is not thread-safe, so use one reader per file from one task at a time.
public final class CSVReader {
  /// The byte that separates fields, given to the initializer or detected from the first record.
  public private(set) var delimiter: UInt8
  /// The file name used in error locations, which is the name given to the initializer or the
  /// URL's path.
  public let displayName: String

  private var input: CSVInput
  private var parser: CSVParser
  private var failure: SKMError?

  /// Opens a CSV file and detects its delimiter.
  ///
  /// - Parameters:
  ///   - url: A file URL.
  ///   - displayName: The file name shown in error locations, which is the URL's path by default.
  ///   - delimiter: The field delimiter, or `nil` to detect it from the first record.
  ///   - limits: Upper bounds on field and record sizes.
  /// - Throws: `SKMError` with code `fileUnreadable` when the file cannot be opened or read,
  ///   `csvInvalidUTF8` when it starts with a UTF-16 byte order mark, or
  ///   `csvInvalidDelimiter` when `delimiter` cannot separate fields.
  public convenience init(
    url: URL,
    displayName: String? = nil,
    delimiter: UInt8? = nil,
    limits: CSVLimits = CSVLimits()
  ) throws {
    try self.init(
      url: url,
      displayName: displayName,
      delimiter: delimiter,
      limits: limits,
      chunkSize: CSVInput.defaultChunkSize
    )
  }

  /// Prepares to read CSV data in memory and detects its delimiter.
  ///
  /// - Parameters:
  ///   - data: The CSV bytes.
  ///   - displayName: The name shown in error locations, such as the name of an uploaded file.
  ///   - delimiter: The field delimiter, or `nil` to detect it from the first record.
  ///   - limits: Upper bounds on field and record sizes.
  /// - Throws: `SKMError` with code `csvInvalidUTF8` when the data starts with a UTF-16 byte
  ///   order mark, or `csvInvalidDelimiter` when `delimiter` cannot separate fields.
  public convenience init(
    data: Data,
    displayName: String,
    delimiter: UInt8? = nil,
    limits: CSVLimits = CSVLimits()
  ) throws {
    try self.init(
      data: data,
      displayName: displayName,
      delimiter: delimiter,
      limits: limits,
      chunkSize: CSVInput.defaultChunkSize
    )
  }

  /// Opens a CSV file that is read `chunkSize` bytes at a time.
  convenience init(
    url: URL,
    displayName: String?,
    delimiter: UInt8?,
    limits: CSVLimits,
    chunkSize: Int
  ) throws {
    let file = displayName ?? url.path(percentEncoded: false)
    let input = try CSVInput(url: url, file: file, chunkSize: chunkSize)
    try self.init(input: input, delimiter: delimiter, limits: limits)
  }

  /// Prepares to read CSV data in memory `chunkSize` bytes at a time, as from a file.
  convenience init(
    data: Data,
    displayName: String,
    delimiter: UInt8?,
    limits: CSVLimits,
    chunkSize: Int
  ) throws {
    let input = CSVInput(data: data, file: displayName, chunkSize: chunkSize)
    try self.init(input: input, delimiter: delimiter, limits: limits)
  }

  private init(input: CSVInput, delimiter: UInt8?, limits: CSVLimits) throws {
    var input = input
    try Self.skipByteOrderMark(in: &input)

    let chosenDelimiter: UInt8
    if let delimiter {
      guard Self.canSeparateFields(delimiter) else {
        throw SKMError.csvInvalidDelimiter(file: input.file, delimiter: delimiter)
      }
      chosenDelimiter = delimiter
    } else {
      chosenDelimiter = try Self.detectDelimiter(in: &input, limits: limits)
    }

    self.input = input
    self.displayName = input.file
    self.delimiter = chosenDelimiter
    self.parser = CSVParser(delimiter: chosenDelimiter, limits: limits, file: input.file)
  }

  /// Reads the next record.
  ///
  /// - Returns: The record, or `nil` at the end of the input.
  /// - Throws: `SKMError` with code `csvUnterminatedQuote`, `csvInvalidUTF8`,
  ///   `csvBinaryContent`, `csvFieldTooLarge`, `csvTooManyFields`, `csvRecordTooLarge` or
  ///   `fileUnreadable`. After an error every later call throws the same error.
  public func next() throws -> CSVRecord? {
    if let failure { throw failure }
    do {
      return try readRecord()
    } catch let error as SKMError {
      failure = error
      throw error
    }
  }

  /// Bytes the reader keeps in its buffers, counting allocated capacity.
  var bufferedByteCount: Int {
    input.bufferedByteCount + parser.bufferedByteCount
  }

  private func readRecord() throws -> CSVRecord? {
    while true {
      if input.position == input.buffer.count {
        guard try input.readNextChunk() else {
          guard try parser.finish() else { return nil }
          return try parser.takeRecord()
        }
      }

      let start = input.position
      let recordEnd = try input.buffer.withUnsafeBufferPointer { bytes in
        try parser.scan(bytes, from: start)
      }
      guard let recordEnd else {
        input.position = input.buffer.count
        continue
      }
      input.position = recordEnd
      return try parser.takeRecord()
    }
  }
}
