import SKMCore

extension CSVReader {
  private static let comma = UInt8(ascii: ",")
  private static let semicolon = UInt8(ascii: ";")
  private static let tab = UInt8(ascii: "\t")

  /// Moves past a UTF-8 byte order mark at the start of the input.
  ///
  /// - Throws: `SKMError` with code `csvInvalidUTF8` when the input starts with a UTF-16 byte
  ///   order mark, as Excel's "Unicode Text" export does.
  static func skipByteOrderMark(in input: inout CSVInput) throws {
    try input.fill(minimumCount: 3)
    let head = input.buffer.prefix(3)

    if head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
      throw SKMError.csvUTF16(file: input.file)
    }
    if head.elementsEqual([0xEF, 0xBB, 0xBF]) {
      input.position = 3
    }
  }

  /// Returns whether `delimiter` can separate fields without being confused with quoting, line
  /// breaks, binary content or part of a multi-byte UTF-8 character.
  static func canSeparateFields(_ delimiter: UInt8) -> Bool {
    switch delimiter {
    case UInt8(ascii: "\""), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0, 0x80...: false
    default: true
    }
  }

  /// Returns the delimiter of the input: of comma, semicolon and tab outside quotes, the one
  /// that occurs as often in the first data row as in the header (the most frequent such one);
  /// failing that, the most frequent in the header; comma on a tie or when there is none.
  ///
  /// Comparing two records handles a semicolon file whose headers contain commas, as Excel in
  /// Indonesian settings writes them. Reads ahead until the second record ends, buffering both,
  /// or until more than `limits.maxRecordBytes` are buffered.
  ///
  /// - Note: Empty lines before the first record count towards that limit, so with many of them
  ///   the counts cover only part of the first record, or none of it, and comma is chosen.
  static func detectDelimiter(in input: inout CSVInput, limits: CSVLimits) throws -> UInt8 {
    var counter = DelimiterCounter()
    var scanned = input.position

    while true {
      scanned = input.buffer.withUnsafeBufferPointer { bytes in
        counter.scan(bytes, from: scanned)
      }
      if counter.isFinished || input.buffer.count - input.position > limits.maxRecordBytes {
        break
      }
      guard try input.appendNextChunk() else { break }
    }

    let candidates = [comma, semicolon, tab]
    let header = counter.counts[0]
    if counter.recordsSeen >= 2 {
      let consistent = candidates.enumerated().filter {
        header[$0.offset] > 0 && header[$0.offset] == counter.counts[1][$0.offset]
      }
      if let best = consistent.max(by: { header[$0.offset] < header[$1.offset] }),
        consistent.filter({ header[$0.offset] == header[best.offset] }).count == 1
      {
        return best.element
      }
    }
    let highest = header.max() ?? 0
    let leaders = candidates.indices.filter { header[$0] == highest }
    guard highest > 0, leaders.count == 1 else { return comma }
    return candidates[leaders[0]]
  }
}

/// Counts of candidate delimiters outside quotes in the first two records of a CSV input.
///
/// Every quote toggles quoting here, which is right for RFC 4180 quoting and for `""` inside a
/// quoted field. A literal quote inside an unquoted field can miscount.
private struct DelimiterCounter {
  /// Per record (header, first data row): counts of comma, semicolon and tab.
  private(set) var counts: [[Int]] = [[0, 0, 0], [0, 0, 0]]
  /// Records that ended, at most 2.
  private(set) var recordsSeen = 0
  /// Whether two records ended.
  var isFinished: Bool { recordsSeen >= 2 }

  private var inRecord = false
  private var inQuotes = false

  /// Counts delimiters from `start` until the second record ends or the bytes run out.
  ///
  /// - Returns: The index to continue from when more bytes are appended.
  mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < bytes.count, !isFinished {
      switch bytes[index] {
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        // Line breaks outside a record are empty lines.
        if inRecord && !inQuotes {
          recordsSeen += 1
          inRecord = false
        }
      case UInt8(ascii: "\""):
        inRecord = true
        inQuotes.toggle()
      case UInt8(ascii: ","):
        inRecord = true
        if !inQuotes { counts[recordsSeen][0] += 1 }
      case UInt8(ascii: ";"):
        inRecord = true
        if !inQuotes { counts[recordsSeen][1] += 1 }
      case UInt8(ascii: "\t"):
        inRecord = true
        if !inQuotes { counts[recordsSeen][2] += 1 }
      default:
        inRecord = true
      }
      index += 1
    }
    return index
  }
}
