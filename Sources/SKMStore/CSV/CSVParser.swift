import SKMCore

/// A byte-level state machine that splits CSV input into records, one chunk at a time.
///
/// The parser follows RFC 4180 and is lenient where spreadsheet exports are not: a quote inside
/// an unquoted field is kept as a literal character, and bytes after a closing quote are
/// appended to the field. Records end at LF, CRLF or a lone CR. Empty lines between records are
/// skipped but counted, so ``recordLine`` stays the physical line number.
///
/// Each call to ``scan(_:from:)`` copies runs of ordinary bytes with one `append` each. Only
/// delimiters, quotes, line breaks and NUL take a step of the state machine. The record's bytes
/// stay in reused buffers until ``takeRecord()`` turns them into a ``CSVRecord``, so the parser
/// keeps at most about one record plus one chunk in memory.
struct CSVParser {
  private enum State {
    /// Between records, where line breaks are empty lines.
    case recordStart
    /// At the first byte of a field, where a quote opens a quoted field.
    case fieldStart
    /// Inside an unquoted field, or after the closing quote of a quoted one.
    case unquoted
    /// Inside a quoted field.
    case quoted
    /// After a quote inside a quoted field, which is either half of `""` or the closing quote.
    case quoteInQuoted
  }

  private static let quote = UInt8(ascii: "\"")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")
  private static let nul: UInt8 = 0

  let delimiter: UInt8
  let limits: CSVLimits
  /// The file name used in error locations.
  let file: String

  private var state = State.recordStart
  /// The physical line at the current position, counting LF, CRLF and a lone CR as one break.
  private var line: Int
  /// Whether the last byte was a CR, so that an LF right after it ends no further line.
  private var afterCarriageReturn = false
  /// The line where the current record starts.
  private(set) var recordLine: Int

  /// The current record's bytes as written, without its terminator.
  private(set) var text: [UInt8] = []
  /// The contents of the current record's fields, with quotes removed, one after another.
  private(set) var fieldBytes: [UInt8] = []
  /// The end of each finished field in `fieldBytes`.
  private(set) var fieldEnds: [Int] = []
  /// The start of the current field in `fieldBytes`.
  private var fieldStart = 0

  /// Creates a parser that starts between records.
  ///
  /// - Parameter line: The physical line of the first byte to be scanned, which is 1 at the start
  ///   of a file. A caller that parses one record from the middle of a file passes its line.
  init(delimiter: UInt8, limits: CSVLimits, file: String, line: Int = 1) {
    self.delimiter = delimiter
    self.limits = limits
    self.file = file
    self.line = line
    self.recordLine = line
  }

  /// Bytes the parser keeps for the current record, counting allocated capacity.
  var bufferedByteCount: Int {
    text.capacity + fieldBytes.capacity + fieldEnds.capacity * MemoryLayout<Int>.stride
  }

  /// Parses `bytes` from `start` until a record ends or the bytes run out.
  ///
  /// - Returns: The index after the terminator when a record ended, or `nil` when every byte
  ///   was consumed and the record continues in the next chunk. Take the ended record with
  ///   ``takeRecord()`` and pass the index as `start` on the next call.
  /// - Throws: `SKMError` with code `csvBinaryContent`, `csvFieldTooLarge`, `csvTooManyFields`
  ///   or `csvRecordTooLarge`.
  mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) throws -> Int? {
    let end = bytes.count
    var index = start
    // The current record's bytes start here in this chunk. They are copied to `text` only when
    // the record or the chunk ends.
    var textStart = start

    while index < end {
      switch state {
      case .recordStart:
        let byte = bytes[index]
        if byte == Self.lineFeed || byte == Self.carriageReturn {
          countLineBreak(byte)
          index += 1
          continue
        }
        afterCarriageReturn = false
        recordLine = line
        textStart = index
        state = .fieldStart

      case .fieldStart:
        if bytes[index] == Self.quote {
          state = .quoted
          index += 1
        } else {
          state = .unquoted
        }

      case .unquoted:
        let runEnd = unquotedRunEnd(bytes, from: index)
        try appendToField(bytes, index..<runEnd)
        index = runEnd
        guard index < end else { break }

        let byte = bytes[index]
        if byte == delimiter {
          try finishField()
          state = .fieldStart
          index += 1
        } else if byte == Self.nul {
          throw SKMError.csvBinaryContent(file: file, line: recordLine)
        } else {
          try appendToText(bytes, textStart..<index)
          fieldEnds.append(fieldBytes.count)
          countLineBreak(byte)
          state = .recordStart
          return index + 1
        }

      case .quoted:
        let runEnd = quotedRunEnd(bytes, from: index)
        if runEnd > index {
          try appendToField(bytes, index..<runEnd)
          afterCarriageReturn = false
        }
        index = runEnd
        guard index < end else { break }

        let byte = bytes[index]
        if byte == Self.quote {
          afterCarriageReturn = false
          state = .quoteInQuoted
        } else if byte == Self.nul {
          throw SKMError.csvBinaryContent(file: file, line: recordLine)
        } else {
          countLineBreak(byte)
          try appendToField(byte)
        }
        index += 1

      case .quoteInQuoted:
        if bytes[index] == Self.quote {
          try appendToField(Self.quote)
          state = .quoted
          index += 1
        } else {
          // The quote closed the field, so whatever follows up to the delimiter is kept literally.
          state = .unquoted
        }
      }
    }

    if state != .recordStart {
      try appendToText(bytes, textStart..<end)
    }
    return nil
  }

  /// Ends the input, finishing a record that has no line terminator.
  ///
  /// - Returns: Whether a record ended, to be taken with ``takeRecord()``.
  /// - Throws: `SKMError` with code `csvUnterminatedQuote` when a quoted field is still open.
  mutating func finish() throws -> Bool {
    switch state {
    case .recordStart:
      return false
    case .quoted:
      throw SKMError.csvUnterminatedQuote(file: file, line: recordLine)
    case .fieldStart, .unquoted, .quoteInQuoted:
      fieldEnds.append(fieldBytes.count)
      state = .recordStart
      return true
    }
  }

  /// Returns the record that the last call to ``scan(_:from:)`` or ``finish()`` ended, and
  /// clears the buffers for the next one.
  ///
  /// - Throws: `SKMError` with code `csvInvalidUTF8` when the record is not valid UTF-8.
  mutating func takeRecord() throws -> CSVRecord {
    defer {
      text.removeAll(keepingCapacity: true)
      fieldBytes.removeAll(keepingCapacity: true)
      fieldEnds.removeAll(keepingCapacity: true)
      fieldStart = 0
    }

    guard text.withUnsafeBufferPointer(UTF8Validation.isValid) else { throw invalidUTF8Error() }

    // Delimiters, quotes and line breaks are ASCII, so every field cut from valid UTF-8 text
    // is valid too and `String(decoding:)` replaces nothing.
    var fields: [String] = []
    fields.reserveCapacity(fieldEnds.count)
    var start = 0
    for end in fieldEnds {
      fields.append(String(decoding: fieldBytes[start..<end], as: UTF8.self))
      start = end
    }
    return CSVRecord(
      fields: fields,
      line: recordLine,
      text: String(decoding: text, as: UTF8.self)
    )
  }

  /// Returns the index of the first delimiter, CR, LF or NUL at or after `start`.
  private func unquotedRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      if byte == delimiter { break }
      // NUL, LF and CR are all at or below CR, so most bytes need only two comparisons.
      if byte <= Self.carriageReturn
        && (byte == Self.lineFeed || byte == Self.carriageReturn || byte == Self.nul)
      {
        break
      }
      index += 1
    }
    return index
  }

  /// Returns the index of the first quote, CR, LF or NUL at or after `start`.
  private func quotedRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      if byte == Self.quote { break }
      if byte <= Self.carriageReturn
        && (byte == Self.lineFeed || byte == Self.carriageReturn || byte == Self.nul)
      {
        break
      }
      index += 1
    }
    return index
  }

  /// Advances the line count for an LF or CR, treating CRLF as one line break.
  private mutating func countLineBreak(_ byte: UInt8) {
    if byte == Self.carriageReturn {
      line += 1
      afterCarriageReturn = true
    } else {
      if !afterCarriageReturn { line += 1 }
      afterCarriageReturn = false
    }
  }

  private mutating func appendToField(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    throws
  {
    guard !range.isEmpty else { return }
    fieldBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
    try checkFieldSize()
  }

  private mutating func appendToField(_ byte: UInt8) throws {
    fieldBytes.append(byte)
    try checkFieldSize()
  }

  private func checkFieldSize() throws {
    guard fieldBytes.count - fieldStart > limits.maxFieldBytes else { return }
    throw SKMError.csvFieldTooLarge(
      file: file,
      line: recordLine,
      fieldNumber: fieldEnds.count + 1,
      limit: limits.maxFieldBytes
    )
  }

  /// Ends the current field at a delimiter, where a next field begins.
  private mutating func finishField() throws {
    guard fieldEnds.count + 1 < limits.maxFieldsPerRecord else {
      throw SKMError.csvTooManyFields(
        file: file,
        line: recordLine,
        limit: limits.maxFieldsPerRecord
      )
    }
    fieldEnds.append(fieldBytes.count)
    fieldStart = fieldBytes.count
  }

  private mutating func appendToText(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    throws
  {
    text.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[range]))
    guard text.count > limits.maxRecordBytes else { return }
    throw SKMError.csvRecordTooLarge(file: file, line: recordLine, limit: limits.maxRecordBytes)
  }

  /// Returns the error for a record that is not valid UTF-8, naming the first invalid field.
  private func invalidUTF8Error() -> SKMError {
    var start = 0
    for (offset, end) in fieldEnds.enumerated() {
      let field = fieldBytes[start..<end]
      if !field.withUnsafeBufferPointer(UTF8Validation.isValid) {
        return SKMError.csvInvalidUTF8(
          file: file,
          line: recordLine,
          fieldNumber: offset + 1,
          value: String(decoding: field, as: UTF8.self)
        )
      }
      start = end
    }
    // Only the record's quotes split an invalid sequence here, as in `"\xC3"\xA9`.
    return SKMError.csvInvalidUTF8(
      file: file,
      line: recordLine,
      fieldNumber: nil,
      value: String(decoding: text, as: UTF8.self)
    )
  }
}
