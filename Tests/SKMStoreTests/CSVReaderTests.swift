import Foundation
import SKMCore
import Testing

@testable import SKMStore

/// The records a reader returns and the delimiter it used.
private struct ReadResult {
  var delimiter: UInt8
  var records: [CSVRecord]

  var fields: [[String]] { records.map(\.fields) }
  var lines: [Int] { records.map(\.line) }
}

/// Reads every record of `bytes` from memory, `chunkSize` bytes at a time.
private func readAll(
  _ bytes: [UInt8],
  delimiter: UInt8? = nil,
  limits: CSVLimits = CSVLimits(),
  chunkSize: Int = CSVInput.defaultChunkSize
) throws -> ReadResult {
  let reader = try CSVReader(
    data: Data(bytes),
    displayName: "survei.csv",
    delimiter: delimiter,
    limits: limits,
    chunkSize: chunkSize
  )
  return try readAll(reader)
}

private func readAll(
  _ text: String,
  delimiter: UInt8? = nil,
  limits: CSVLimits = CSVLimits(),
  chunkSize: Int = CSVInput.defaultChunkSize
) throws -> ReadResult {
  try readAll(Array(text.utf8), delimiter: delimiter, limits: limits, chunkSize: chunkSize)
}

private func readAll(_ reader: CSVReader) throws -> ReadResult {
  var records: [CSVRecord] = []
  while let record = try reader.next() {
    records.append(record)
  }
  return ReadResult(delimiter: reader.delimiter, records: records)
}

/// Returns the error that opening or reading `bytes` throws, recording an issue if none does.
private func readingError(
  _ bytes: [UInt8],
  delimiter: UInt8? = nil,
  limits: CSVLimits = CSVLimits(),
  chunkSize: Int = CSVInput.defaultChunkSize
) throws -> SKMError {
  try #require(throws: SKMError.self) {
    try readAll(bytes, delimiter: delimiter, limits: limits, chunkSize: chunkSize)
  }
}

private func readingError(
  _ text: String,
  delimiter: UInt8? = nil,
  limits: CSVLimits = CSVLimits(),
  chunkSize: Int = CSVInput.defaultChunkSize
) throws -> SKMError {
  try readingError(Array(text.utf8), delimiter: delimiter, limits: limits, chunkSize: chunkSize)
}

/// A file with quoted delimiters, quotes and line breaks, every line terminator, an empty line,
/// lenient quotes, multi-byte characters, a byte order mark and no final line break.
private let trickyInput: [UInt8] =
  [0xEF, 0xBB, 0xBF]
  + Array(
    ("nama;komentar;nilai\r\n"
      + "\"Budi; S.Kom\";\"kata \"\"bagus\"\"\r\nbaris dua\";4\r\n"
      + "\r\n"
      + "Siti;Rp 1.500 – ✓ café 😀;3\r"
      + "Ani;5\" layar;\"2\"x\n"
      + "\"\";;\n"
      + "Dewi;\"a\nb\rc\";1").utf8
  )

private let trickyRecords = [
  CSVRecord(fields: ["nama", "komentar", "nilai"], line: 1, text: "nama;komentar;nilai"),
  CSVRecord(
    fields: ["Budi; S.Kom", "kata \"bagus\"\r\nbaris dua", "4"],
    line: 2,
    text: "\"Budi; S.Kom\";\"kata \"\"bagus\"\"\r\nbaris dua\";4"
  ),
  CSVRecord(
    fields: ["Siti", "Rp 1.500 – ✓ café 😀", "3"],
    line: 5,
    text: "Siti;Rp 1.500 – ✓ café 😀;3"
  ),
  CSVRecord(fields: ["Ani", "5\" layar", "2x"], line: 6, text: "Ani;5\" layar;\"2\"x"),
  CSVRecord(fields: ["", "", ""], line: 7, text: "\"\";;"),
  CSVRecord(fields: ["Dewi", "a\nb\rc", "1"], line: 8, text: "Dewi;\"a\nb\rc\";1"),
]

/// Creates an empty directory for one test's files.
private func makeTemporaryDirectory() throws -> URL {
  let directory = FileManager.default.temporaryDirectory
    .appendingPathComponent("CSVReaderTests-\(UUID().uuidString)", isDirectory: true)
  try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
  return directory
}

@Suite("CSV reader")
struct CSVReaderTests {
  // MARK: RFC 4180 fields and line numbers

  @Test("Quoted fields keep delimiter, quote, newline")
  func quotedFields() throws {
    let input =
      "nama,komentar\n"
      + "\"Budi, S.Kom\",\"Dia bilang \"\"bagus\"\"\"\n"
      + "Siti,\"baris satu\nbaris dua\nbaris tiga\"\n"
      + "Ani,oke\n"
    let result = try readAll(input)

    #expect(
      result.fields == [
        ["nama", "komentar"],
        ["Budi, S.Kom", "Dia bilang \"bagus\""],
        ["Siti", "baris satu\nbaris dua\nbaris tiga"],
        ["Ani", "oke"],
      ]
    )
    #expect(result.lines == [1, 2, 3, 6])
  }

  @Test(
    "Every line terminator ends records",
    arguments: [("LF", "\n"), ("CRLF", "\r\n"), ("CR", "\r")]
  )
  func lineTerminators(name: String, terminator: String) throws {
    let body = "h1,h2" + terminator + "\"x" + terminator + "y\",2" + terminator + terminator + "z,3"

    for input in [body, body + terminator] {
      let result = try readAll(input)

      #expect(result.fields == [["h1", "h2"], ["x" + terminator + "y", "2"], ["z", "3"]])
      #expect(result.lines == [1, 2, 5])
      #expect(result.records.map(\.text) == ["h1,h2", "\"x" + terminator + "y\",2", "z,3"])
    }
  }

  @Test("CRLF inside quotes counts one line")
  func crlfInsideQuotes() throws {
    let result = try readAll("\"a\r\nb\",c\r\nd\re\nf")

    #expect(result.fields == [["a\r\nb", "c"], ["d"], ["e"], ["f"]])
    #expect(result.lines == [1, 3, 4, 5])
  }

  @Test("Empty lines skipped but counted")
  func emptyLines() throws {
    let result = try readAll("\n\r\na\n\n\nb\r\n\r\nc\r\rd")

    #expect(result.fields == [["a"], ["b"], ["c"], ["d"]])
    #expect(result.lines == [3, 6, 8, 10])
  }

  @Test("Lines of spaces or delimiters are records")
  func blankLookingRecords() throws {
    let result = try readAll("a;b\n;\n \n")

    #expect(result.fields == [["a", "b"], ["", ""], [" "]])
    #expect(result.lines == [1, 2, 3])
  }

  @Test("Trailing delimiter adds an empty field")
  func trailingDelimiter() throws {
    let result = try readAll("a,b,\nc,d,")

    #expect(result.fields == [["a", "b", ""], ["c", "d", ""]])
  }

  @Test("Empty quoted field differs from empty line")
  func emptyQuotedField() throws {
    let result = try readAll("a\n\"\"\n\nb")

    #expect(result.fields == [["a"], [""], ["b"]])
    #expect(result.lines == [1, 2, 4])
  }

  @Test("Input without records", arguments: ["", "\n", "\r\n\r\n", "\r\r\n\n"])
  func noRecords(input: String) throws {
    let result = try readAll(input)

    #expect(result.records.isEmpty)
    #expect(result.delimiter == UInt8(ascii: ","))
  }

  @Test("Reading past the end returns nil again")
  func nextAfterEnd() throws {
    let reader = try CSVReader(data: Data("a,b\n".utf8), displayName: "survei.csv")

    #expect(try reader.next()?.fields == ["a", "b"])
    #expect(try reader.next() == nil)
    #expect(try reader.next() == nil)
  }

  @Test(
    "Lenient quotes kept literally",
    arguments: [
      ("ab\"c,d", ["ab\"c", "d"]),
      ("\"x\"y,z", ["xy", "z"]),
      ("\"q\"\"r\"s\"t,u", ["q\"rs\"t", "u"]),
      ("\"a\" ,b", ["a ", "b"]),
      (" \"a\",b", [" \"a\"", "b"]),
      ("5\" layar,\"\"\"\"", ["5\" layar", "\""]),
    ]
  )
  func lenientQuotes(input: String, expected: [String]) throws {
    let result = try readAll(input, delimiter: UInt8(ascii: ","))

    #expect(result.fields == [expected])
    #expect(result.records.first?.text == input)
  }

  @Test("Record text preserved verbatim")
  func textVerbatim() throws {
    let rows = [
      "id,komentar,nilai",
      "1,\"Pelayanan \"\"cepat\"\", ramah\",4",
      "2,\"dua\r\nbaris\",\"3\"",
      "3,\"a\"b,  spasi  ",
      "4,,",
    ]
    let input = rows.joined(separator: "\n") + "\n"
    let result = try readAll(input)

    #expect(result.records.map(\.text) == rows)
    #expect(result.records.map(\.text).joined(separator: "\n") + "\n" == input)
  }

  // MARK: Encoding

  @Test("UTF-8 byte order mark removed")
  func byteOrderMark() throws {
    let result = try readAll([0xEF, 0xBB, 0xBF] + Array("nama;umur\nBudi;30\n".utf8))

    #expect(result.delimiter == UInt8(ascii: ";"))
    #expect(result.fields == [["nama", "umur"], ["Budi", "30"]])
    #expect(result.records.first?.text == "nama;umur")
  }

  @Test("Byte order mark alone is empty input")
  func byteOrderMarkOnly() throws {
    let result = try readAll([0xEF, 0xBB, 0xBF])

    #expect(result.records.isEmpty)
  }

  @Test("Multi-byte characters read unchanged")
  func multiByteCharacters() throws {
    let text = "Rp 1.500,00 – ✓ café 😀 \u{10FFFF}\u{D7FF}\u{E000}\u{800}\u{80}ñ"
    let result = try readAll("komentar;nilai\n\"\(text)\";1\n\(text);2")

    #expect(result.fields == [["komentar", "nilai"], [text, "1"], [text, "2"]])
  }

  @Test(
    "Invalid UTF-8 rejected",
    arguments: [
      [0xFF], [0x80], [0xC3], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80],
      [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80],
      [0xF5, 0x80, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
    ] as [[UInt8]]
  )
  func invalidUTF8(sequence: [UInt8]) throws {
    let input = Array("nama,komentar\nBudi,x".utf8) + sequence + Array("y\n".utf8)
    let error = try readingError(input)

    #expect(error.code == .csvInvalidUTF8)
    #expect(error.location == SourceLocation(file: "survei.csv", line: 2))
    #expect(error.message.english.hasPrefix("Field 2 "))
    #expect(error.message.indonesian.hasPrefix("Kolom ke-2 "))
    #expect(error.value?.hasPrefix("x\u{FFFD}") == true)
  }

  @Test("Cut-off UTF-8 at end rejected")
  func invalidUTF8AtEnd() throws {
    let error = try readingError(Array("a\nb\n\"c".utf8) + [0xE2, 0x82] + [0x22])

    #expect(error.code == .csvInvalidUTF8)
    #expect(error.location?.line == 3)
  }

  @Test("Invalid UTF-8 split by quotes rejected")
  func invalidUTF8AroundQuote() throws {
    // The field's contents C3 A9 are "é", but the text as written is not UTF-8.
    let error = try readingError([0x22, 0xC3, 0x22, 0xA9, 0x0A])

    #expect(error.code == .csvInvalidUTF8)
    #expect(error.location?.line == 1)
  }

  @Test("UTF-16 input rejected", arguments: [[0xFF, 0xFE, 0x61, 0x00], [0xFE, 0xFF, 0x00, 0x61]])
  func utf16(bytes: [UInt8]) throws {
    let error = try readingError(bytes)

    #expect(error.code == .csvInvalidUTF8)
    #expect(error.location == SourceLocation(file: "survei.csv", line: 1))
    #expect(error.message.english.contains("UTF-16"))
  }

  @Test("NUL byte means binary content")
  func nulByte() throws {
    let workbook: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]
    let workbookError = try readingError(workbook)
    #expect(workbookError.code == .csvBinaryContent)
    #expect(workbookError.location?.line == 1)

    let quotedError = try readingError(Array("a\nb\n\"c".utf8) + [0x00] + Array("\"\n".utf8))
    #expect(quotedError.code == .csvBinaryContent)
    #expect(quotedError.location?.line == 3)

    let unquotedError = try readingError(Array("a\n\nb,c".utf8) + [0x00])
    #expect(unquotedError.code == .csvBinaryContent)
    #expect(unquotedError.location?.line == 3)
  }

  // MARK: Delimiters

  @Test(
    "Delimiter detected from first record",
    arguments: [
      ("a,b,c\n1;2;3;4;5\n", ","),
      ("a;b;c\n", ";"),
      ("a\tb\tc\n", "\t"),
      ("a;b;c,d\n", ";"),
      ("a\tb\tc;d,e\n", "\t"),
      ("a;b,c\n", ","),
      ("a;b\tc\n", ","),
      ("abc\n", ","),
      ("\"x;y;z\",b\n", ","),
      ("\"x\ny;z\";b;c\n", ";"),
      ("\n\r\na;b\n", ";"),
      ("\"a\"\"b;c\";d\n", ";"),
      ("nama;umur", ";"),
    ] as [(String, Character)]
  )
  func detectDelimiter(input: String, expected: Character) throws {
    let result = try readAll(input)

    #expect(result.delimiter == expected.asciiValue)
  }

  @Test("Semicolon export splits into fields")
  func semicolonExport() throws {
    let result = try readAll("Nama;Umur;U1\r\n\"Siti, S.E.\";34;4\r\n")

    #expect(result.delimiter == UInt8(ascii: ";"))
    #expect(result.fields == [["Nama", "Umur", "U1"], ["Siti, S.E.", "34", "4"]])
  }

  @Test(
    "Explicit delimiter skips detection",
    arguments: [
      (",", ["a;b", "c\td"]), (";", ["a", "b,c\td"]), ("\t", ["a;b,c", "d"]), ("|", ["a;b,c\td"]),
    ] as [(Character, [String])]
  )
  func explicitDelimiter(delimiter: Character, expected: [String]) throws {
    let result = try readAll("a;b,c\td\n", delimiter: delimiter.asciiValue)

    #expect(result.delimiter == delimiter.asciiValue)
    #expect(result.fields == [expected])
  }

  @Test("Delimiter that cannot separate rejected", arguments: [0x22, 0x0A, 0x0D, 0x00, 0xC3])
  func invalidDelimiter(delimiter: UInt8) throws {
    let error = try readingError("a,b\n", delimiter: delimiter)

    #expect(error.code == .csvInvalidDelimiter)
    #expect(error.location == SourceLocation(file: "survei.csv"))
  }

  // MARK: Unterminated quotes

  @Test("Unterminated quote names record's line")
  func unterminatedQuote() throws {
    let input = "nama,komentar\n\nBudi,bagus\nSiti,\"tidak ditutup\nbaris lagi\nAni,oke\n"
    let error = try readingError(input)

    #expect(error.code == .csvUnterminatedQuote)
    #expect(error.location == SourceLocation(file: "survei.csv", line: 4))
    #expect(error.formatted(in: .indonesian).hasPrefix("survei.csv:4: Tanda kutip"))
  }

  @Test("Quote closed on the last byte accepted")
  func quoteClosedAtEnd() throws {
    let result = try readAll("a\n\"b\nc\"")

    #expect(result.fields == [["a"], ["b\nc"]])
  }

  @Test("Reader stays failed after an error")
  func errorRepeats() throws {
    let reader = try CSVReader(data: Data("a\n\"b\n".utf8), displayName: "survei.csv")

    #expect(try reader.next()?.fields == ["a"])
    let first = try #require(throws: SKMError.self) { try reader.next() }
    let second = try #require(throws: SKMError.self) { try reader.next() }
    #expect(first.code == .csvUnterminatedQuote)
    #expect(second.code == .csvUnterminatedQuote)
    #expect(second.location == first.location)
  }

  // MARK: Limits

  @Test(
    "Input at each limit accepted",
    arguments: [
      ("abcde\n", CSVLimits(maxFieldBytes: 5)),
      ("\"ab\"\"c\"\n", CSVLimits(maxFieldBytes: 4)),
      ("\"x\ny\"\n", CSVLimits(maxFieldBytes: 3)),
      ("a,b,c\n", CSVLimits(maxFieldsPerRecord: 3)),
      (",,\n", CSVLimits(maxFieldsPerRecord: 3)),
      ("ab,cd\n", CSVLimits(maxRecordBytes: 5)),
      ("ab,cd\r\nef\r\n", CSVLimits(maxRecordBytes: 5)),
      ("\"a\"\"b\"", CSVLimits(maxRecordBytes: 6)),
    ]
  )
  func atLimit(input: String, limits: CSVLimits) throws {
    for chunkSize in [1, 2, 3, CSVInput.defaultChunkSize] {
      let result = try readAll(
        input,
        delimiter: UInt8(ascii: ","),
        limits: limits,
        chunkSize: chunkSize
      )
      #expect(!result.records.isEmpty)
    }
  }

  @Test(
    "Input over each limit rejected",
    arguments: [
      ("ok\nabcdef\n", CSVLimits(maxFieldBytes: 5), SKMError.Code.csvFieldTooLarge, 2),
      ("ok\n\"ab\"\"cd\"\n", CSVLimits(maxFieldBytes: 4), .csvFieldTooLarge, 2),
      ("ok\n\"x\nyz\"\n", CSVLimits(maxFieldBytes: 3), .csvFieldTooLarge, 2),
      ("a\nb\n\"c\"\"\"\"\"\"\"", CSVLimits(maxFieldBytes: 3), .csvFieldTooLarge, 3),
      ("a,b\n\na,b,c,d\n", CSVLimits(maxFieldsPerRecord: 3), .csvTooManyFields, 3),
      ("a\n,,,\n", CSVLimits(maxFieldsPerRecord: 3), .csvTooManyFields, 2),
      ("a\nab,cde\n", CSVLimits(maxRecordBytes: 5), .csvRecordTooLarge, 2),
      ("a\n\"a\"\"bc\"", CSVLimits(maxRecordBytes: 6), .csvRecordTooLarge, 2),
    ]
  )
  func overLimit(input: String, limits: CSVLimits, code: SKMError.Code, line: Int) throws {
    for chunkSize in [1, 2, 3, CSVInput.defaultChunkSize] {
      let error = try readingError(
        input,
        delimiter: UInt8(ascii: ","),
        limits: limits,
        chunkSize: chunkSize
      )
      #expect(error.code == code)
      #expect(error.location?.line == line)
    }
  }

  @Test("Field limit names the field")
  func fieldLimitMessage() throws {
    let error = try readingError("a,b,cccc\n", limits: CSVLimits(maxFieldBytes: 3))

    #expect(error.message.english.hasPrefix("Field 3 is larger than the limit of 3 bytes."))
    #expect(error.message.indonesian.hasPrefix("Kolom ke-3 berukuran lebih dari batas 3 byte."))
  }

  @Test("Endless line stops in bounded memory")
  func endlessLine() throws {
    let chunkSize = 4 << 10
    let limits = CSVLimits(maxRecordBytes: 64 << 10)
    let reader = try CSVReader(
      data: Data(repeating: UInt8(ascii: "x"), count: 4 << 20),
      displayName: "survei.csv",
      delimiter: nil,
      limits: limits,
      chunkSize: chunkSize
    )

    let error = try #require(throws: SKMError.self) { try reader.next() }
    #expect(error.code == .csvRecordTooLarge)
    #expect(error.message.english.contains("64 KiB"))
    #expect(reader.bufferedByteCount < 8 * (limits.maxRecordBytes + chunkSize))
  }

  @Test("Endless quoted field stops in bounded memory")
  func endlessQuotedField() throws {
    let chunkSize = 4 << 10
    let limits = CSVLimits(maxFieldBytes: 16 << 10, maxRecordBytes: 64 << 10)
    let bytes = Array("a\n\"".utf8) + [UInt8](repeating: UInt8(ascii: "\n"), count: 4 << 20)
    let reader = try CSVReader(
      data: Data(bytes),
      displayName: "survei.csv",
      delimiter: nil,
      limits: limits,
      chunkSize: chunkSize
    )

    #expect(try reader.next()?.fields == ["a"])
    let error = try #require(throws: SKMError.self) { try reader.next() }
    #expect(error.code == .csvFieldTooLarge)
    #expect(error.location?.line == 2)
    #expect(reader.bufferedByteCount < 8 * (limits.maxRecordBytes + chunkSize))
  }

  @Test("Huge header stops detection at the limit")
  func hugeHeader() throws {
    let limits = CSVLimits(maxRecordBytes: 1 << 10)
    let bytes = [UInt8](repeating: UInt8(ascii: ";"), count: 1 << 20)
    let reader = try CSVReader(
      data: Data(bytes),
      displayName: "survei.csv",
      delimiter: nil,
      limits: limits,
      chunkSize: 256
    )

    #expect(reader.delimiter == UInt8(ascii: ";"))
    #expect(reader.bufferedByteCount < 8 * (limits.maxRecordBytes + 256))
    let error = try #require(throws: SKMError.self) { try reader.next() }
    #expect(error.code == .csvRecordTooLarge)
  }

  // MARK: Chunk boundaries

  @Test(
    "Same records for every chunk size",
    arguments: Array(1...8) + [13, 64, CSVInput.defaultChunkSize]
  )
  func chunkSizes(chunkSize: Int) throws {
    let result = try readAll(trickyInput, chunkSize: chunkSize)

    #expect(result.delimiter == UInt8(ascii: ";"))
    #expect(result.records == trickyRecords)
  }

  @Test("Same errors for every chunk size", arguments: 1...8)
  func chunkSizesForErrors(chunkSize: Int) throws {
    let unterminated = try readingError(
      trickyInput + Array("\nEka;\"x\n".utf8),
      chunkSize: chunkSize
    )
    #expect(unterminated.code == .csvUnterminatedQuote)
    #expect(unterminated.location?.line == 11)

    let invalid = try readingError(trickyInput + [0x0A, 0xE2, 0x82, 0x0A], chunkSize: chunkSize)
    #expect(invalid.code == .csvInvalidUTF8)
    #expect(invalid.location?.line == 11)

    let utf16 = try readingError([0xFF, 0xFE, 0x61, 0x00], chunkSize: chunkSize)
    #expect(utf16.code == .csvInvalidUTF8)
  }

  // MARK: Files

  @Test("File read in small chunks")
  func fileInSmallChunks() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("survei.csv")
    try Data(trickyInput).write(to: url)

    let reader = try CSVReader(
      url: url,
      displayName: nil,
      delimiter: nil,
      limits: CSVLimits(),
      chunkSize: 3
    )
    let result = try readAll(reader)

    #expect(reader.displayName == url.path(percentEncoded: false))
    #expect(result.records == trickyRecords)
  }

  @Test("File larger than one chunk")
  func fileAcrossChunks() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("besar.csv")
    let rowCount = 20_000
    var text = "no;komentar;nilai\r\n"
    for number in 1...rowCount {
      text += "\(number);\"komentar \"\"\(number)\"\"\r\nbaris kedua ✓\";\(number % 4 + 1)\r\n"
    }
    try Data(text.utf8).write(to: url)
    #expect(text.utf8.count > 3 * CSVInput.defaultChunkSize)

    let result = try readAll(CSVReader(url: url, displayName: "besar.csv"))

    #expect(result.records.count == rowCount + 1)
    for (number, record) in zip(1..., result.records.dropFirst()) {
      let expected = [
        "\(number)", "komentar \"\(number)\"\r\nbaris kedua ✓", "\(number % 4 + 1)",
      ]
      guard record.fields == expected, record.line == 2 * number else {
        Issue.record("record \(number) read as \(record)")
        break
      }
    }
  }

  @Test("Missing file is unreadable")
  func missingFile() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let url = directory.appendingPathComponent("tidak-ada.csv")

    let error = try #require(throws: SKMError.self) {
      try CSVReader(url: url, displayName: "tidak-ada.csv")
    }
    #expect(error.code == .fileUnreadable)
    #expect(error.location == SourceLocation(file: "tidak-ada.csv"))
    #expect(error.underlying != nil)
  }

  @Test("Directory is unreadable")
  func directoryInput() throws {
    let directory = try makeTemporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }

    let error = try #require(throws: SKMError.self) {
      try readAll(CSVReader(url: directory))
    }
    #expect(error.code == .fileUnreadable)
    #expect(error.location?.file == directory.path(percentEncoded: false))
  }
}

@Suite("Delimiter detection across records")
struct DelimiterDetectionTests {
  @Test(
    "Header and first row agree on the delimiter",
    arguments: [
      ("id;U1. Persyaratan, apakah sesuai?;U2. Prosedur, mudah?\n1;4;3\n", UInt8(ascii: ";")),
      ("a,b;c,d\n1,2;3,4\n", UInt8(ascii: ",")),
      ("a\tb, c\n1\t2\n", UInt8(ascii: "\t")),
      ("a;b;c\n", UInt8(ascii: ";")),
    ]
  )
  func detection(text: String, delimiter: UInt8) throws {
    let reader = try CSVReader(data: Data(text.utf8), displayName: "x.csv")
    #expect(reader.delimiter == delimiter)
  }
}
