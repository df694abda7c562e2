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

  /// Returns the most frequent of comma, semicolon and tab outside quotes in the first record,
  /// or comma on a tie or when there is none.
  ///
  /// Reads ahead until the first record ends, buffering it, or until more than
  /// `limits.maxRecordBytes` are buffered. A first record cut off there is too large, so the
  /// parser rejects it anyway.
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

    let counts = [(comma, counter.commas), (semicolon, counter.semicolons), (tab, counter.tabs)]
    let highest = counts.map(\.1).max() ?? 0
    let leaders = counts.filter { $0.1 == highest }
    guard highest > 0, leaders.count == 1 else { return comma }
    return leaders[0].0
  }
}

/// Counts of candidate delimiters outside quotes in the first record of a CSV input.
///
/// Every quote toggles quoting here, which is right for RFC 4180 quoting and for `""` inside a
/// quoted field. A literal quote inside an unquoted header field can miscount.
private struct DelimiterCounter {
  private(set) var commas = 0
  private(set) var semicolons = 0
  private(set) var tabs = 0
  /// Whether the first record ended.
  private(set) var isFinished = false

  private var inRecord = false
  private var inQuotes = false

  /// Counts delimiters from `start` until the first record ends or the bytes run out.
  ///
  /// - Returns: The index to continue from when more bytes are appended.
  mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < bytes.count, !isFinished {
      switch bytes[index] {
      case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
        // Line breaks before the first record are empty lines.
        if inRecord && !inQuotes { isFinished = true }
      case UInt8(ascii: "\""):
        inRecord = true
        inQuotes.toggle()
      case UInt8(ascii: ","):
        inRecord = true
        if !inQuotes { commas += 1 }
      case UInt8(ascii: ";"):
        inRecord = true
        if !inQuotes { semicolons += 1 }
      case UInt8(ascii: "\t"):
        inRecord = true
        if !inQuotes { tabs += 1 }
      default:
        inRecord = true
      }
      index += 1
    }
    return index
  }
}
