import SKMCore

/// The byte loop of ``FastTallyReader``: it counts the answers of the records in one stretch of
/// a CSV body and hands every record it cannot decide to the reference import.
///
/// The loop follows the rules of ``CSVParser`` byte for byte. Quoted fields may hold the
/// delimiter, line breaks and `""`. A quote inside an unquoted field is a literal character,
/// and bytes after a closing quote belong to the field. Records end at LF, CRLF or a lone CR,
/// and empty lines between records are skipped but counted.
///
/// A record is counted here only when the reference import would accept it with exactly these
/// answers and without a warning. That holds when every answer cell is empty or one digit `1`–`4`
/// (quoted or not), at least one answer cell has a digit, the record has the header's number of
/// fields (more only when the extra ones are empty), and it is no larger than the limits allow.
/// A record with non-ASCII bytes must also be valid UTF-8. A record whose fields contain line
/// breaks must not look like rows merged by an unmatched quote. Every other record goes to
/// ``ReferenceRecordReader``: labels and letters in answer cells, spaces, rows of the wrong
/// length, rows without any answer digit, NUL bytes, invalid UTF-8 and unclosed quotes.
///
/// The scanner only reads shared immutable memory, so one value serves every worker thread.
struct ChunkScanner: @unchecked Sendable {
  // `@unchecked` because `bytes` is a pointer. It points to a read-only file mapping or to data
  // that outlives the scan, and no thread writes it.

  /// Bits of ``byteClasses``.
  private enum ByteClass {
    /// The delimiter, LF, CR or NUL, which end an unquoted run.
    static let endsUnquoted: UInt8 = 1
    /// A quote, LF, CR or NUL, which end a quoted run.
    static let endsQuoted: UInt8 = 2
    /// A byte of a multi-byte UTF-8 sequence, or of invalid text.
    static let nonASCII: UInt8 = 4
    /// VT or FF, which Swift counts as line breaks inside a field.
    static let otherLineBreak: UInt8 = 8
    /// Not a byte class: set on a record with CR or LF inside a quoted field.
    static let quotedLineBreak: UInt8 = 16
  }

  private static let quote = UInt8(ascii: "\"")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// How many bytes a scan reads between two releases of the pages behind it.
  static let releaseInterval = 4 << 20

  let bytes: UnsafeBufferPointer<UInt8>
  /// Whether `bytes` is a file mapping whose pages can be released behind the scan.
  let releasesPages: Bool
  let delimiter: UInt8
  /// The number of fields of the header.
  let headerCount: Int
  /// Per column of the header, the index of its unsur in the questionnaire, or -1 for a column
  /// without answers.
  let answerSlots: [Int]
  let unsurCount: Int
  /// The record size up to which no field or record can exceed the size limits of
  /// ``CSVLimits``.
  let largestPlainRecord: Int
  let maxFieldsPerRecord: Int
  let reference: ReferenceRecordReader
  /// Whether every rejected row is kept for the caller, or only the first
  /// ``keptRejectedRecords`` of each scan.
  let keepsAllRejectedRecords: Bool
  let keptRejectedRecords: Int
  /// The columns captured for a report, or `nil` when the scan only counts answers.
  let capture: SurveyCapture?
  /// Per byte value, a combination of ``ByteClass`` bits.
  private let byteClasses: [UInt8]
  /// Per byte value, the score 1–4 of a one-byte answer cell that contains it, or 0.
  private let scores: [UInt8]

  init(
    bytes: UnsafeBufferPointer<UInt8>,
    releasesPages: Bool,
    reference: ReferenceRecordReader,
    keepsAllRejectedRecords: Bool,
    keptRejectedRecords: Int,
    capture: SurveyCapture? = nil
  ) {
    self.capture = capture
    self.bytes = bytes
    self.releasesPages = releasesPages
    self.reference = reference
    self.delimiter = reference.delimiter
    self.headerCount = reference.rowParser.headers.count
    self.unsurCount = reference.unsurKeys.count
    self.answerSlots = reference.rowParser.roles.map { role in
      guard case .answer(let key) = role else { return -1 }
      return reference.unsurKeys.firstIndex(of: key) ?? -1
    }
    self.largestPlainRecord = min(reference.limits.maxFieldBytes, reference.limits.maxRecordBytes)
    self.maxFieldsPerRecord = reference.limits.maxFieldsPerRecord
    self.keepsAllRejectedRecords = keepsAllRejectedRecords
    self.keptRejectedRecords = keptRejectedRecords

    var classes = [UInt8](repeating: 0, count: 256)
    for byte in [0, Self.lineFeed, Self.carriageReturn] {
      classes[Int(byte)] = ByteClass.endsUnquoted | ByteClass.endsQuoted
    }
    classes[Int(Self.quote)] = ByteClass.endsQuoted
    classes[0x0B] = ByteClass.otherLineBreak
    classes[0x0C] = ByteClass.otherLineBreak
    for byte in 0x80...0xFF { classes[byte] = ByteClass.nonASCII }
    classes[Int(delimiter)] |= ByteClass.endsUnquoted
    self.byteClasses = classes

    var scores = [UInt8](repeating: 0, count: 256)
    for score in 1...4 where UInt8(ascii: "0") + UInt8(score) != delimiter {
      scores[Int(UInt8(ascii: "0")) + score] = UInt8(score)
    }
    self.scores = scores
  }

  /// Scans the records that start at or after `start` and before `stop`.
  ///
  /// `start` must be between records. The scan ends at the first position between records at
  /// or after `stop`, so the last record may run past `stop`. A split at `stop` may fall inside
  /// a quoted field. The scan then ends after `stop`, at the true end of that record, and the
  /// caller sees that the next scan started in the wrong place.
  ///
  /// The scan stops early at a record that the reference import cannot read, and sets
  /// ``ChunkScan/failure``.
  func scan(from start: Int, stop: Int) -> ChunkScan {
    var result = ChunkScan(start: start, unsurCount: unsurCount)
    result.survey = capture.map { SurveyChunk(capture: $0, unsurKeys: reference.unsurKeys) }
    guard let base = bytes.baseAddress else { return result }

    let counts = UnsafeMutablePointer<Int>.allocate(capacity: max(unsurCount * 4, 1))
    counts.initialize(repeating: 0, count: max(unsurCount * 4, 1))
    let pending = UnsafeMutablePointer<Int>.allocate(capacity: max(headerCount, 1))
    let ranges = UnsafeMutablePointer<Int>.allocate(capacity: max(2 * (capture?.count ?? 0), 1))
    defer {
      counts.deallocate()
      pending.deallocate()
      ranges.deallocate()
    }
    let captureSlots = capture?.slots ?? Array(repeating: -1, count: headerCount)

    byteClasses.withUnsafeBufferPointer { classes in
      scores.withUnsafeBufferPointer { scores in
        answerSlots.withUnsafeBufferPointer { slots in
          captureSlots.withUnsafeBufferPointer { captured in
            scanRecords(
              base: base,
              start: start,
              stop: stop,
              tables: Tables(classes: classes, scores: scores, slots: slots, captured: captured),
              buffers: Buffers(counts: counts, pending: pending, ranges: ranges),
              into: &result
            )
          }
        }
      }
    }
    result.counts = Array(UnsafeBufferPointer(start: counts, count: unsurCount * 4))
    return result
  }

  /// The lookup tables of the byte loop.
  private struct Tables {
    let classes: UnsafeBufferPointer<UInt8>
    let scores: UnsafeBufferPointer<UInt8>
    let slots: UnsafeBufferPointer<Int>
    /// Per column, its index among the captured columns, or -1.
    let captured: UnsafeBufferPointer<Int>
  }

  /// The scratch memory of the byte loop.
  private struct Buffers {
    /// Counts per unsur and score.
    let counts: UnsafeMutablePointer<Int>
    /// The count indices of the current record's answers.
    let pending: UnsafeMutablePointer<Int>
    /// The start and end of each captured field of the current record.
    let ranges: UnsafeMutablePointer<Int>
  }

  /// The byte loop's findings about one record.
  private struct RecordShape {
    /// The offset after the record's last byte: its terminator, or the end of the input.
    var end: Int
    var fieldCount = 0
    /// How many answer cells hold a digit; their count indices are in `pending`.
    var scoreCount = 0
    /// A combination of ``ByteClass`` bits seen in the record.
    var flags: UInt8 = 0
    /// Whether a cell or the record's shape needs the reference import.
    var undecided = false
    /// Whether the loop met a NUL byte or a quote that is not closed before the end.
    var broken = false
  }

  private func scanRecords(
    base: UnsafePointer<UInt8>,
    start: Int,
    stop: Int,
    tables: Tables,
    buffers: Buffers,
    into result: inout ChunkScan
  ) {
    let counts = buffers.counts
    let pending = buffers.pending
    let ranges = buffers.ranges
    let captured = tables.captured.baseAddress!
    let count = bytes.count
    let classes = tables.classes.baseAddress!
    let scores = tables.scores.baseAddress!
    let slots = tables.slots.baseAddress!
    let delimiter = self.delimiter
    let headerCount = self.headerCount
    let delimiterWord = UInt64(delimiter) &* Self.byteOnes
    let quoteWord = UInt64(Self.quote) &* Self.byteOnes
    var index = start
    var lineBreaks = 0
    var releasedUpTo = start

    records: while index < count && index < stop {
      let first = base[index]
      if first == Self.lineFeed {
        if index == 0 || base[index - 1] != Self.carriageReturn { lineBreaks += 1 }
        index += 1
        continue
      }
      if first == Self.carriageReturn {
        lineBreaks += 1
        index += 1
        continue
      }
      if releasesPages && index - releasedUpTo >= Self.releaseInterval {
        MappedFile.releasePages(of: base, from: releasedUpTo, before: index)
        releasedUpTo = index
      }

      let recordStart = index
      let lineBreaksBefore = lineBreaks
      var shape = RecordShape(end: count)

      fields: while true {
        let fieldStart = index
        let slot = shape.fieldCount < headerCount ? slots[shape.fieldCount] : -1

        // The common answer cell: one digit and a delimiter.
        if slot >= 0 && index + 1 < count {
          let score = scores[Int(base[index])]
          if score != 0 && base[index + 1] == delimiter {
            pending[shape.scoreCount] = slot &* 4 &+ Int(score) &- 1
            shape.scoreCount += 1
            shape.fieldCount += 1
            index += 2
            continue fields
          }
        }

        var cursor = index
        var quoted = false
        if cursor < count && base[cursor] == Self.quote {
          quoted = true
          cursor += 1
          quotedContent: while true {
            while cursor < count {
              cursor = Self.skipPlainBytes(base, from: cursor, count: count, stopWord: quoteWord)
              guard cursor < count else { break }
              let byteClass = classes[Int(base[cursor])]
              if byteClass & ByteClass.endsQuoted != 0 { break }
              shape.flags |= byteClass
              cursor += 1
            }
            guard cursor < count else {
              shape.broken = true
              break fields
            }
            let byte = base[cursor]
            if byte == Self.quote {
              if cursor + 1 < count && base[cursor + 1] == Self.quote {
                cursor += 2
                continue quotedContent
              }
              cursor += 1
              break quotedContent
            }
            if byte == Self.lineFeed {
              if base[cursor - 1] != Self.carriageReturn { lineBreaks += 1 }
            } else if byte == Self.carriageReturn {
              lineBreaks += 1
            } else {
              shape.broken = true
              break fields
            }
            shape.flags |= ByteClass.quotedLineBreak
            cursor += 1
          }
        }

        // An unquoted field, or the bytes after a closing quote.
        while cursor < count {
          cursor = Self.skipPlainBytes(base, from: cursor, count: count, stopWord: delimiterWord)
          guard cursor < count else { break }
          let byteClass = classes[Int(base[cursor])]
          if byteClass & ByteClass.endsUnquoted != 0 { break }
          shape.flags |= byteClass
          cursor += 1
        }

        let length = cursor - fieldStart
        if slot >= 0 {
          // A quoted cell of one byte is `"3"` and an empty one is `""`, as no other quoting
          // leaves one byte or none.
          let contentLength = quoted ? length - 2 : length
          let contentStart = quoted ? fieldStart + 1 : fieldStart
          var score: UInt8 = 0
          if contentLength == 1 { score = scores[Int(base[contentStart])] }
          if score != 0 {
            pending[shape.scoreCount] = slot &* 4 &+ Int(score) &- 1
            shape.scoreCount += 1
          } else if contentLength != 0 {
            shape.undecided = true
          }
        } else if shape.fieldCount >= headerCount {
          if length > 0 { shape.undecided = true }
        } else if captured[shape.fieldCount] >= 0 {
          ranges[2 &* captured[shape.fieldCount]] = fieldStart
          ranges[2 &* captured[shape.fieldCount] &+ 1] = cursor
        }
        shape.fieldCount += 1

        guard cursor < count else {
          index = count
          break fields
        }
        let end = base[cursor]
        if end == delimiter {
          index = cursor + 1
          continue fields
        }
        if end == Self.lineFeed || end == Self.carriageReturn {
          // An LF here never follows a CR, because a CR would have ended the record.
          shape.end = cursor
          lineBreaks += 1
          index = cursor + 1
          break fields
        }
        shape.broken = true
        break fields
      }

      if isCountable(shape, from: recordStart, base: base)
        && addToSurvey(shape, base: base, buffers: buffers, into: &result)
      {
        for entry in 0..<shape.scoreCount { counts[pending[entry]] += 1 }
        result.collected += 1
        result.accepted += 1
        continue records
      }

      let position = RecordPosition(offset: recordStart, lineBreaksBefore: lineBreaksBefore)
      guard let end = readWithReference(at: position, counts: counts, into: &result) else {
        result.lineBreaks = lineBreaks
        return
      }
      lineBreaks = lineBreaksBefore + Self.countLineBreaks(base, from: recordStart, before: end)
      index = end
    }

    result.end = index
    result.lineBreaks = lineBreaks
  }

  /// `0x01` in every byte of a word.
  private static let byteOnes: UInt64 = 0x0101_0101_0101_0101
  /// `0x80` in every byte of a word.
  private static let byteHighBits: UInt64 = 0x8080_8080_8080_8080

  /// Returns the offset of the first byte at or after `start` that may need a step of the
  /// byte loop.
  ///
  /// Such a byte is the one in `stopWord` (eight copies of the delimiter or the quote), a
  /// control byte below `0x0E` or a non-ASCII byte. When the bytes before the last 8 contain
  /// none, the result is a position among the last 8.
  ///
  /// It tests eight bytes at a time with the carry tricks for finding a zero or a smaller byte
  /// in a word. Borrows can mark bytes above the first match, but never below it, so the lowest
  /// marked byte is exact.
  @inline(__always)
  private static func skipPlainBytes(
    _ base: UnsafePointer<UInt8>,
    from start: Int,
    count: Int,
    stopWord: UInt64
  ) -> Int {
    var index = start
    while index + 8 <= count {
      let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      let matches = word ^ stopWord
      let equal = (matches &- byteOnes) & ~matches
      let control = (word &- byteOnes &* 0x0E) & ~word
      let marked = (equal | control | word) & byteHighBits
      guard marked == 0 else { return index + marked.trailingZeroBitCount >> 3 }
      index += 8
    }
    return index
  }

  /// Returns whether the byte loop's view of a record is the reference import's result, so that
  /// the record can be counted without it.
  private func isCountable(_ shape: RecordShape, from start: Int, base: UnsafePointer<UInt8>)
    -> Bool
  {
    guard !shape.broken, !shape.undecided, shape.scoreCount > 0,
      shape.fieldCount >= headerCount, shape.fieldCount <= maxFieldsPerRecord,
      shape.end - start <= largestPlainRecord
    else { return false }

    let unusual = ByteClass.nonASCII | ByteClass.otherLineBreak | ByteClass.quotedLineBreak
    guard shape.flags & unusual != 0 else { return true }

    let record = UnsafeBufferPointer(start: base + start, count: shape.end - start)
    var hasLineBreak = shape.flags & (ByteClass.otherLineBreak | ByteClass.quotedLineBreak) != 0
    if shape.flags & ByteClass.nonASCII != 0 {
      guard UTF8Validation.isValid(record) else { return false }
      hasLineBreak = hasLineBreak || Self.containsUnicodeLineBreak(record)
      // Only the reference import splits non-ASCII text into the characters that its check
      // for swallowed rows counts.
      return !(hasLineBreak && headerCount >= 3)
    }
    return !(hasLineBreak && mayHoldSwallowedRows(record))
  }

  /// Adds a countable record to the scan's survey counts, if it captures them, and returns
  /// whether the record is counted here. The first records of a scan, whose responses the
  /// sample lists, go to the reference import, as do all records when it cannot be decided
  /// which cell of a repeated column wins.
  @inline(__always)
  private func addToSurvey(
    _ shape: RecordShape,
    base: UnsafePointer<UInt8>,
    buffers: Buffers,
    into result: inout ChunkScan
  ) -> Bool {
    guard result.survey != nil else { return true }
    guard capture!.decidable, !result.survey!.listsMore else { return false }
    result.survey!.addRecord(
      base: base,
      ranges: buffers.ranges,
      scores: buffers.pending,
      scoreCount: shape.scoreCount
    )
    return true
  }

  /// Reads the record at `position` with the reference import and adds its outcome to `result`.
  ///
  /// - Returns: The offset after the record, or `nil` when the record cannot be read, in which
  ///   case ``ChunkScan/failure`` is set.
  private func readWithReference(
    at position: RecordPosition,
    counts: UnsafeMutablePointer<Int>,
    into result: inout ChunkScan
  ) -> Int? {
    let parsed: (record: CSVRecord, end: Int)?
    do {
      parsed = try reference.record(
        in: bytes,
        at: position.offset,
        line: 1 + position.lineBreaksBefore
      )
    } catch {
      result.failure = ScanFailure(position: position, error: error)
      return nil
    }
    guard let parsed else { return bytes.count }

    switch reference.outcome(of: parsed.record) {
    case .skipped:
      break
    case .accepted(let response, let warnings):
      result.collected += 1
      result.accepted += 1
      reference.count(response, into: counts)
      result.survey?.add(response, at: position)
      if !warnings.isEmpty {
        result.warningCount += warnings.count
        if result.warningRecords.count < ImportSummary.maximumKeptWarnings {
          result.warningRecords.append(position)
        }
      }
    case .rejected(let row):
      result.collected += 1
      result.rejected += 1
      result.problemCount += row.problems.count
      for code in Set(row.problems.map(\.code)) { result.rejectionsByCode[code, default: 0] += 1 }
      if keepsAllRejectedRecords || result.rejectedRecords.count < keptRejectedRecords {
        result.rejectedRecords.append(position)
      }
    }
    return parsed.end
  }

  /// Returns the line breaks from `start` to `end` as ``CSVParser`` counts them: LF, CRLF and a
  /// lone CR each count once.
  static func countLineBreaks(_ base: UnsafePointer<UInt8>, from start: Int, before end: Int)
    -> Int
  {
    var lineBreaks = 0
    for index in start..<max(start, end) {
      let byte = base[index]
      if byte == carriageReturn {
        lineBreaks += 1
      } else if byte == lineFeed && (index == 0 || base[index - 1] != carriageReturn) {
        lineBreaks += 1
      }
    }
    return lineBreaks
  }

  /// Returns whether valid UTF-8 text contains NEL (U+0085), LINE SEPARATOR (U+2028) or
  /// PARAGRAPH SEPARATOR (U+2029), which Swift counts as line breaks.
  private static func containsUnicodeLineBreak(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    for index in text.indices where text[index] == 0xC2 || text[index] == 0xE2 {
      if text[index] == 0xC2, index + 1 < text.count, text[index + 1] == 0x85 { return true }
      if text[index] == 0xE2, index + 2 < text.count, text[index + 1] == 0x80,
        text[index + 2] == 0xA8 || text[index + 2] == 0xA9
      {
        return true
      }
    }
    return false
  }

  /// Returns whether an ASCII record has a field whose second or later line contains a whole
  /// row's worth of commas or semicolons, the test for swallowed rows in ``RowParser``.
  ///
  /// The test splits a field's text at LF, VT, FF and CR, drops empty pieces and the first
  /// piece, and looks for a piece with at least one comma or semicolon fewer than the header has
  /// fields. In ASCII text every character is one byte, so counting bytes gives its result.
  private func mayHoldSwallowedRows(_ record: UnsafeBufferPointer<UInt8>) -> Bool {
    guard headerCount >= 3 else { return false }
    let threshold = headerCount - 1
    var index = 0

    while index <= record.count {
      var inQuotes = index < record.count && record[index] == Self.quote
      if inQuotes { index += 1 }
      var pieces = 0
      var inPiece = false
      var commas = 0
      var semicolons = 0

      while index < record.count {
        let byte = record[index]
        if inQuotes && byte == Self.quote {
          guard index + 1 < record.count, record[index + 1] == Self.quote else {
            inQuotes = false
            index += 1
            continue
          }
          // `""` stands for one quote, which is text like any other.
          index += 1
        } else if !inQuotes && byte == delimiter {
          break
        }

        if (0x0A...0x0D).contains(byte) {
          inPiece = false
        } else {
          if !inPiece {
            inPiece = true
            pieces += 1
            commas = 0
            semicolons = 0
          }
          if byte == UInt8(ascii: ",") { commas += 1 }
          if byte == UInt8(ascii: ";") { semicolons += 1 }
          if pieces >= 2 && max(commas, semicolons) >= threshold { return true }
        }
        index += 1
      }
      index += 1
    }
    return false
  }
}
