import Foundation
import SKMCore

/// Counts the answers of a response export per unsur and score, with the result that
/// ``ResponseCSVImporter`` and ``ScoreAccumulator`` give, without building a ``Response`` for
/// each row.
///
/// The reader maps the file into memory and reads the header with ``CSVReader`` and the column
/// rules of ``ResponseCSVImporter``. It then splits the body into one chunk per active processor
/// and scans the chunks in parallel with a byte loop. The loop counts the answer cells that hold
/// one digit `1`–`4` or nothing, and it follows the quoting, line breaks and limits of
/// ``CSVReader``. Any record that the loop cannot decide goes to the reference import for that
/// record alone: a label or letter in an answer cell, spaces, the wrong number of fields, an
/// empty row, text that may hold merged rows, invalid UTF-8, a NUL byte or an unclosed quote.
/// So the counts, the accepted and rejected rows, the problems with their line numbers, and the
/// first error that stops the reading are those of the reference import.
///
/// A chunk boundary is placed after a line break, which may lie inside a quoted field. Each scan
/// ends at the first position between records at or after its boundary. When that is not where
/// the next scan started, the next chunk is scanned again from there: its first 64 KiB, and the
/// rest too unless the new scan ends where the rest began. A wrong guess costs time but never
/// changes the result.
///
/// ```swift
/// let tally = try FastTallyReader().tallyFile(at: URL(filePath: "ekspor.csv"))
/// let accumulator = ScoreAccumulator(tally: tally.tally, respondents: tally.respondents)
/// ```
///
/// Memory does not grow with the file. Pages that a scan has passed are released from the
/// resident set, so a scan keeps about 4 MiB of the file resident. The reader keeps the offsets
/// of rejected rows when a `rejected` handler is given (16 bytes per row). Otherwise it keeps
/// those of the first ``keptRejectedRows`` rows of each stretch that a thread scans.
///
/// A record that goes to the reference import costs as much as it does there, and a rejected
/// row that a `rejected` handler receives is parsed twice, once to count it and once after the
/// scan to build it with its line number. A file with many labels or invalid rows is therefore
/// read little faster than by ``ResponseCSVImporter``, with only the first parse in parallel.
///
/// - Note: The reader produces no warnings about profile values that cannot be read, such as an
///   unreadable age or date. `skm check` and ``ResponseCSVImporter`` give them. Those values do
///   not enter the counts.
/// - Note: A pipe, a device or an empty file cannot be mapped, so it is read as a stream with
///   ``CSVReader`` on one core, with the same result.
public struct FastTallyReader: Sendable {
  public var options: ResponseImportOptions
  public var limits: CSVLimits
  /// How many rejected rows ``ResponseTally/firstRejectedRows`` keeps.
  public var keptRejectedRows = 20
  /// The number of chunks the body is split into, or `nil` for one per active processor when the
  /// body has at least ``parallelThreshold`` bytes and one otherwise. Tests set it to run the
  /// split logic on small inputs.
  var chunkCount: Int?

  /// The smallest body that is split into chunks, because a smaller one takes only milliseconds
  /// on one core.
  static let parallelThreshold = 4 << 20

  public init(
    options: ResponseImportOptions = ResponseImportOptions(),
    limits: CSVLimits = CSVLimits()
  ) {
    self.options = options
    self.limits = limits
  }

  /// Counts the answers of a CSV file.
  ///
  /// - Parameters:
  ///   - url: A file URL.
  ///   - displayName: The file name shown in error locations, which is the URL's path by default.
  ///   - rejected: Receives every rejected row in file order after the scan, when given.
  ///   - header: Receives the columns and header warnings before the rows are read.
  /// - Returns: The counts and what the import made of the rows.
  /// - Throws: ``SKMError`` as ``ResponseCSVImporter/read(_:response:rejected:header:)`` throws
  ///   it for the same file, or an error that a handler throws.
  public func tallyFile(
    at url: URL,
    displayName: String? = nil,
    rejected: ((RejectedRow) throws -> Void)? = nil,
    header: (ImportSummary) throws -> Void = { _ in }
  ) throws -> ResponseTally {
    try readFile(at: url, displayName: displayName, sample: nil, rejected, header).tally
  }

  /// Counts the answers of a CSV file per jenis layanan, unit and respondent profile, and keeps
  /// a sample of its responses: everything a laporan needs, in memory bounded by the number of
  /// distinct cells of those columns.
  ///
  /// The counts are those of adding every accepted response to a `SurveyAccumulator`, and
  /// the sample is that of adding them to a ``ResponseSample`` in file order. Each distinct
  /// cell of a service, unit or profile column is read once by the reference import's rules.
  ///
  /// - Parameters:
  ///   - url: A file URL.
  ///   - displayName: The file name shown in error locations, which is the URL's path by default.
  ///   - sampleLimits: How many responses and suggestions per service the sample keeps.
  ///   - rejected: Receives every rejected row in file order after the scan, when given.
  ///   - header: Receives the columns and header warnings before the rows are read.
  /// - Throws: ``SKMError`` as ``tallyFile(at:displayName:rejected:header:)`` throws it.
  public func surveyFile(
    at url: URL,
    displayName: String? = nil,
    sample sampleLimits: ResponseSample.Limits = ResponseSample.Limits(),
    rejected: ((RejectedRow) throws -> Void)? = nil,
    header: (ImportSummary) throws -> Void = { _ in }
  ) throws -> ResponseSurvey {
    let read = try readFile(
      at: url,
      displayName: displayName,
      sample: sampleLimits,
      rejected,
      header
    )
    return ResponseSurvey(read, unsur: options.questionnaire.unsur)
  }

  private func readFile(
    at url: URL,
    displayName: String?,
    sample: ResponseSample.Limits?,
    _ rejected: ((RejectedRow) throws -> Void)?,
    _ header: (ImportSummary) throws -> Void
  ) throws -> (tally: ResponseTally, survey: SurveyTotal?) {
    let file = displayName ?? url.path(percentEncoded: false)
    guard let mapping = MappedFile.map(url) else {
      let reader = try CSVReader(url: url, displayName: file, limits: limits)
      return try tallyStream(reader, sample: sample, rejected: rejected, header: header)
    }
    return try withExtendedLifetime(mapping) {
      try tally(
        UnsafeBufferPointer(start: mapping.base, count: mapping.count),
        releasesPages: true,
        file: file,
        sample: sample,
        rejected: rejected,
        header: header
      )
    }
  }

  /// Counts the answers of CSV data in memory.
  ///
  /// - Parameters:
  ///   - data: The CSV bytes.
  ///   - displayName: The name shown in error locations, such as the name of an uploaded file.
  ///   - rejected: Receives every rejected row in file order after the scan, when given.
  ///   - header: Receives the columns and header warnings before the rows are read.
  /// - Returns: The counts and what the import made of the rows.
  /// - Throws: ``SKMError`` as ``ResponseCSVImporter/read(_:response:rejected:header:)`` throws
  ///   it for the same data, or an error that a handler throws.
  public func tallyData(
    _ data: Data,
    displayName: String,
    rejected: ((RejectedRow) throws -> Void)? = nil,
    header: (ImportSummary) throws -> Void = { _ in }
  ) throws -> ResponseTally {
    try data.withUnsafeBytes { raw in
      try tally(
        raw.bindMemory(to: UInt8.self),
        releasesPages: false,
        file: displayName,
        sample: nil,
        rejected: rejected,
        header: header
      ).tally
    }
  }

  /// Counts the answers of CSV data in memory per service, unit and profile, and keeps a
  /// sample of its responses, as ``surveyFile(at:displayName:sample:rejected:header:)`` does.
  public func surveyData(
    _ data: Data,
    displayName: String,
    sample sampleLimits: ResponseSample.Limits = ResponseSample.Limits(),
    rejected: ((RejectedRow) throws -> Void)? = nil,
    header: (ImportSummary) throws -> Void = { _ in }
  ) throws -> ResponseSurvey {
    let read = try data.withUnsafeBytes { raw in
      try tally(
        raw.bindMemory(to: UInt8.self),
        releasesPages: false,
        file: displayName,
        sample: sampleLimits,
        rejected: rejected,
        header: header
      )
    }
    return ResponseSurvey(read, unsur: options.questionnaire.unsur)
  }

  private func tally(
    _ bytes: UnsafeBufferPointer<UInt8>,
    releasesPages: Bool,
    file: String,
    sample: ResponseSample.Limits?,
    rejected handleRejected: ((RejectedRow) throws -> Void)?,
    header handleHeader: (ImportSummary) throws -> Void
  ) throws -> (tally: ResponseTally, survey: SurveyTotal?) {
    let whole =
      bytes.baseAddress.map {
        Data(
          bytesNoCopy: UnsafeMutableRawPointer(mutating: $0),
          count: bytes.count,
          deallocator: .none
        )
      } ?? Data()
    let reader = try CSVReader(data: whole, displayName: file, limits: limits)
    let reference = try referenceReader(reading: reader)
    try handleHeader(reference.rowParser.summary)
    let bodyStart = try headerEnd(in: bytes, delimiter: reader.delimiter, file: file)

    let scanner = ChunkScanner(
      bytes: bytes,
      releasesPages: releasesPages,
      reference: reference,
      keepsAllRejectedRecords: handleRejected != nil,
      keptRejectedRecords: keptRejectedRows,
      capture: sample.map { capture(reference, limits: $0) }
    )
    let scans = scanChunks(with: scanner, from: bodyStart)
    let headerLineBreaks = bytes.baseAddress.map {
      ChunkScanner.countLineBreaks($0, from: 0, before: bodyStart)
    }
    return try merge(
      scans,
      firstLine: 1 + (headerLineBreaks ?? 0),
      scanner: scanner,
      rejected: handleRejected
    )
  }

  private func capture(_ reference: ReferenceRecordReader, limits: ResponseSample.Limits)
    -> SurveyCapture
  {
    SurveyCapture(
      roles: reference.rowParser.roles,
      defaultUnitID: options.defaultUnitID,
      limits: limits,
      delimiter: reference.delimiter
    )
  }

  /// Reads the header and prepares the reference import of single records.
  private func referenceReader(reading reader: CSVReader) throws -> ReferenceRecordReader {
    ReferenceRecordReader(
      rowParser: try ResponseCSVImporter(options: options).rowParser(reading: reader),
      delimiter: reader.delimiter,
      limits: limits,
      file: reader.displayName,
      unsurKeys: options.questionnaire.unsur.map(\.key)
    )
  }

  /// Returns the offset after the header record and its terminator, as ``CSVReader`` read it.
  private func headerEnd(in bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8, file: String)
    throws -> Int
  {
    let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    var parser = CSVParser(delimiter: delimiter, limits: limits, file: file)
    return try parser.scan(bytes, from: start) ?? bytes.count
  }

  /// Scans the body from `bodyStart` in chunks, in parallel, and returns the scans that follow
  /// each other without a gap, up to the end or to the first scan that failed.
  ///
  /// Each worker scans its chunk as a short head and the rest. After a start inside a quoted
  /// field, the lenient quote rules bring the scan back in step within a record or two, as a
  /// quote that does not start a field is a literal character. So when a start proves wrong,
  /// rescanning the head from the true start usually ends exactly where the rest began, and
  /// only the head is scanned twice.
  private func scanChunks(with scanner: ChunkScanner, from bodyStart: Int) -> [ChunkScan] {
    let bytes = scanner.bytes
    let starts = chunkStarts(in: bytes, from: bodyStart)
    let stops = Array(starts.dropFirst()) + [bytes.count]

    let slots = ChunkSlots(count: starts.count)
    let scanChunk: @Sendable (Int) -> Void = { chunk in
      let headStop = min(starts[chunk] + Self.headSize, stops[chunk])
      let head = scanner.scan(from: starts[chunk], stop: headStop)
      let rest =
        head.failure == nil ? scanner.scan(from: head.end, stop: max(stops[chunk], head.end)) : nil
      slots.store([(headStop, head), (stops[chunk], rest)], at: chunk)
    }
    if starts.count == 1 {
      scanChunk(0)
    } else {
      DispatchQueue.concurrentPerform(iterations: starts.count, execute: scanChunk)
    }

    var scans: [ChunkScan] = []
    var position = bodyStart
    for chunk in starts.indices {
      for (stop, guess) in slots.segments(at: chunk) {
        var scan: ChunkScan
        if let guess, guess.start == position {
          scan = guess
        } else {
          // The guessed start fell inside a quoted field, so the scan before ended elsewhere.
          scan = scanner.scan(from: position, stop: max(stop, position))
        }
        scans.append(scan)
        if scan.failure != nil { return scans }
        position = scan.end
      }
    }
    return scans
  }

  /// The bytes at the start of each chunk that are scanned apart from the rest.
  static let headSize = 64 << 10

  /// Returns where each chunk starts: the body's start, then after the first line break at or
  /// after each equal share of the body.
  private func chunkStarts(in bytes: UnsafeBufferPointer<UInt8>, from bodyStart: Int) -> [Int] {
    let body = bytes.count - bodyStart
    let count =
      chunkCount
      ?? (body >= Self.parallelThreshold ? ProcessInfo.processInfo.activeProcessorCount : 1)
    var starts = [bodyStart]
    for chunk in 1..<max(count, 1) {
      let share = bodyStart + body * chunk / count
      starts.append(Self.afterLineBreak(in: bytes, from: max(share, starts.last!)))
    }
    return starts
  }

  /// Returns the offset after the first LF, CRLF or lone CR at or after `start`, or the end.
  private static func afterLineBreak(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
    var index = start
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "\n") { return index + 1 }
      if byte == UInt8(ascii: "\r") {
        let next = index + 1
        return next < bytes.count && bytes[next] == UInt8(ascii: "\n") ? next + 1 : next
      }
      index += 1
    }
    return bytes.count
  }

  /// Adds up the scans and reads the kept rejected rows and warnings again with their lines.
  ///
  /// The pages read again are released behind the last record read, as in the scan, so that
  /// a file with rejected rows all through it does not become resident here.
  private func merge(
    _ scans: [ChunkScan],
    firstLine: Int,
    scanner: ChunkScanner,
    rejected handleRejected: ((RejectedRow) throws -> Void)?
  ) throws -> (tally: ResponseTally, survey: SurveyTotal?) {
    let reference = scanner.reference
    var releasedUpTo = 0
    func reread(_ position: RecordPosition, firstLine: Int) throws -> ReferenceOutcome? {
      if scanner.releasesPages && position.offset - releasedUpTo >= ChunkScanner.releaseInterval {
        MappedFile.releasePages(
          of: scanner.bytes.baseAddress!,
          from: releasedUpTo,
          before: position.offset
        )
        releasedUpTo = position.offset
      }
      return try self.reread(
        position,
        firstLine: firstLine,
        reference: reference,
        bytes: scanner.bytes
      )
    }

    var summary = reference.rowParser.summary
    var counts = [Int](repeating: 0, count: reference.unsurKeys.count * 4)
    var result = ResponseTally(
      summary: summary,
      tally: TallyTable(rows: []),
      rejectionsByCode: [:],
      problemCount: 0,
      firstRejectedRows: []
    )
    var rowWarnings = 0
    var line = firstLine
    var survey = scanner.capture.map { SurveyTotal(limits: $0.limits) }

    for scan in scans {
      if let chunk = scan.survey, survey != nil {
        chunk.contribute(to: &survey!)
        for entry in chunk.listed {
          switch entry {
          case .response(let response):
            survey!.sample.list(response)
          case .record(let position):
            guard survey!.sample.listed.count < survey!.sample.limits.listed,
              case .accepted(let response, _)? = try reread(position, firstLine: line)
            else {
              continue
            }
            survey!.sample.list(response)
          }
        }
      }
      summary.collected += scan.collected
      summary.accepted += scan.accepted
      summary.rejected += scan.rejected
      result.problemCount += scan.problemCount
      result.rejectionsByCode.merge(scan.rejectionsByCode, uniquingKeysWith: +)
      for index in counts.indices { counts[index] += scan.counts[index] }
      rowWarnings += scan.warningCount

      for position in scan.warningRecords
      where summary.warnings.count < ImportSummary.maximumKeptWarnings {
        let outcome = try reread(position, firstLine: line)
        guard case .accepted(_, let warnings)? = outcome else { continue }
        for warning in warnings {
          summary.warn(warning)
          rowWarnings -= 1
        }
      }

      for position in scan.rejectedRecords {
        let outcome = try reread(position, firstLine: line)
        guard case .rejected(let row)? = outcome else { continue }
        if result.firstRejectedRows.count < keptRejectedRows {
          result.firstRejectedRows.append(row)
        }
        try handleRejected?(row)
      }

      if let failure = scan.failure {
        // Reading the record again throws the error with the record's line in the file.
        _ = try reread(failure.position, firstLine: line)
        throw failure.error
      }
      line += scan.lineBreaks
    }

    summary.warningCount += rowWarnings
    result.summary = summary
    result.tally = TallyTable(counts: counts, unsur: options.questionnaire.unsur)
    return (result, survey)
  }

  /// Reads the record at `position` of a scan that started on line `firstLine` with the
  /// reference import.
  private func reread(
    _ position: RecordPosition,
    firstLine: Int,
    reference: ReferenceRecordReader,
    bytes: UnsafeBufferPointer<UInt8>
  ) throws -> ReferenceOutcome? {
    let line = firstLine + position.lineBreaksBefore
    guard let parsed = try reference.record(in: bytes, at: position.offset, line: line) else {
      return nil
    }
    return reference.outcome(of: parsed.record)
  }

  /// Counts the records of a stream one by one with the reference import.
  private func tallyStream(
    _ reader: CSVReader,
    sample: ResponseSample.Limits?,
    rejected handleRejected: ((RejectedRow) throws -> Void)?,
    header handleHeader: (ImportSummary) throws -> Void
  ) throws -> (tally: ResponseTally, survey: SurveyTotal?) {
    let reference = try referenceReader(reading: reader)
    var chunk = sample.map {
      SurveyChunk(capture: capture(reference, limits: $0), unsurKeys: reference.unsurKeys)
    }
    try handleHeader(reference.rowParser.summary)
    var summary = reference.rowParser.summary
    var counts = [Int](repeating: 0, count: reference.unsurKeys.count * 4)
    var result = ResponseTally(
      summary: summary,
      tally: TallyTable(rows: []),
      rejectionsByCode: [:],
      problemCount: 0,
      firstRejectedRows: []
    )

    while let record = try reader.next() {
      switch reference.outcome(of: record) {
      case .skipped:
        continue
      case .accepted(let response, let warnings):
        summary.collected += 1
        summary.accepted += 1
        counts.withUnsafeMutableBufferPointer { reference.count(response, into: $0.baseAddress!) }
        chunk?.add(response, at: nil)
        warnings.forEach { summary.warn($0) }
      case .rejected(let row):
        summary.collected += 1
        summary.rejected += 1
        result.problemCount += row.problems.count
        for code in Set(row.problems.map(\.code)) {
          result.rejectionsByCode[code, default: 0] += 1
        }
        if result.firstRejectedRows.count < keptRejectedRows {
          result.firstRejectedRows.append(row)
        }
        try handleRejected?(row)
      }
    }

    result.summary = summary
    result.tally = TallyTable(counts: counts, unsur: options.questionnaire.unsur)
    var survey = sample.map { SurveyTotal(limits: $0) }
    if let chunk, survey != nil {
      chunk.contribute(to: &survey!)
      for case .response(let response) in chunk.listed { survey!.sample.list(response) }
    }
    return (result, survey)
  }
}

extension TallyTable {
  /// Creates a table from counts laid out as `counts[i * 4 + s - 1]` for score `s` of
  /// `unsur[i]`.
  init(counts: some Collection<Int>, unsur: [Unsur]) {
    self.init(
      rows: unsur.enumerated().map { index, unsur in
        TallyTable.Row(unsur: unsur, counts: Array(counts.dropFirst(index * 4).prefix(4)))
      }
    )
  }
}

/// The results of the chunk scans, each stored by the worker thread that made it.
///
/// A lock guards the array, because `DispatchQueue.concurrentPerform` runs the workers on
/// several threads at once.
private final class ChunkSlots: @unchecked Sendable {
  /// Per chunk, its head and the rest, each with the offset that its scan was asked to stop
  /// at. The rest is `nil` when the head failed.
  typealias Segments = [(stop: Int, scan: ChunkScan?)]

  private let lock = NSLock()
  private var chunks: [Segments]

  init(count: Int) {
    chunks = Array(repeating: [], count: count)
  }

  func store(_ segments: Segments, at index: Int) {
    lock.withLock { chunks[index] = segments }
  }

  func segments(at index: Int) -> Segments {
    lock.withLock { chunks[index] }
  }
}

extension ResponseSurvey {
  fileprivate init(_ read: (tally: ResponseTally, survey: SurveyTotal?), unsur: [Unsur]) {
    self.init(
      tally: read.tally,
      groups: read.survey!.tally(unsur: unsur),
      sample: read.survey!.sample
    )
  }
}
