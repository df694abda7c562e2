import SKMCore

/// The counts that one scan makes for a report besides the overall tally: the scores per
/// service and unit, the respondents per profile value, and a ``ResponseSample``.
///
/// Cells are looked up by their bytes and column in one ``ByteValueTable``, so each distinct
/// cell of a column is decoded and read once per scan. Values get small ids per
/// ``SurveyCapture/Dimension``, and the counts are keyed by ids.
///
/// NOTE: Memory grows with the distinct cells of the captured columns, as the reference path's
/// grows with distinct services and units. A file with a different service or age text on
/// every row keeps every one of them.
struct SurveyChunk: Sendable {
  let capture: SurveyCapture
  private let unsurKeys: [UnsurKey]
  /// Counts per unsur and score, then the respondents, per group.
  private let stride: Int
  /// Per dimension, the values by id and the ids by value.
  private var values: [[String?]]
  private var ids: [[String?: Int]]
  /// The ids of the captured cells in the dimension of their column, and the indices into
  /// `prefixDates` of timestamp prefixes, whose column number is ``SurveyCapture/count``.
  private var cells = ByteValueTable()
  /// Per dimension, the captured column, or -1 with the id of the value every response has.
  private let columns: [Int]
  private var defaultIDs: [Int] = []
  /// Groups by service id and unit id packed, with their counts at `index * stride`.
  private var groups = PackedKeyTable()
  private var groupCounts: [Int] = []
  /// Per dimension, the responses with each value id.
  private var valueCounts: [[Int]]
  /// Per service id, whether the sample quotes no more of its suggestions, and the
  /// suggestions counted since.
  private var quotesFull: [Bool] = []
  private var unquotedSuggestions: [Int] = []
  /// The dates of the timestamp prefixes seen.
  private var prefixDates: [CivilDate?] = []
  /// The suggestions and submission dates; the listed responses are in ``listed``.
  private(set) var sample: ResponseSample
  /// The first responses, at most ``ResponseSample/Limits/listed``.
  private(set) var listed: [Listed] = []

  /// A response for the sample's list: a record of the scan, which is read again once its
  /// line in the file is known, or a response read from a stream with its line.
  enum Listed: Sendable {
    case record(RecordPosition)
    case response(Response)
  }

  /// Whether the next response is listed, and so must be read by the reference import.
  var listsMore: Bool { listed.count < capture.limits.listed }

  init(capture: SurveyCapture, unsurKeys: [UnsurKey]) {
    self.capture = capture
    self.unsurKeys = unsurKeys
    self.stride = unsurKeys.count * 4 + 1
    let dimensions = SurveyCapture.Dimension.allCases
    self.values = Array(repeating: [], count: dimensions.count)
    self.ids = Array(repeating: [:], count: dimensions.count)
    self.valueCounts = Array(repeating: [], count: dimensions.count)
    self.columns = capture.dimensionColumns.map { $0 ?? -1 }
    self.sample = ResponseSample(limits: capture.limits)
    let blank = Response(id: "", unitID: capture.defaultUnitID, answers: [:])
    self.defaultIDs = dimensions.map { intern(SurveyCapture.value(of: $0, in: blank), $0) }
  }

  /// Adds a record that the byte loop read: `ranges` contains the start and end of each
  /// captured field, and `scores` the count indices of its answers.
  mutating func addRecord(
    base: UnsafePointer<UInt8>,
    ranges: UnsafePointer<Int>,
    scores: UnsafePointer<Int>,
    scoreCount: Int
  ) {
    let service = id(of: .service, base: base, ranges: ranges)
    let group = groupOffset(service: service, unit: id(of: .unit, base: base, ranges: ranges))
    for entry in 0..<scoreCount { groupCounts[group &+ scores[entry]] &+= 1 }
    groupCounts[group &+ stride &- 1] &+= 1
    for dimension in SurveyCapture.Dimension.profile {
      valueCounts[dimension.rawValue][id(of: dimension, base: base, ranges: ranges)] &+= 1
    }
    if let column = capture.submittedColumn {
      addSubmission(base: base, range: ranges[2 * column]..<ranges[2 * column + 1])
    }
    if !capture.suggestionColumns.isEmpty {
      addSuggestion(base: base, ranges: ranges, service: service)
    }
  }

  /// Adds a response that the reference import read from the record at `position` of the
  /// scan, or from a stream when `position` is `nil`.
  mutating func add(_ response: Response, at position: RecordPosition?) {
    if listsMore { listed.append(position.map(Listed.record) ?? .response(response)) }
    func id(_ dimension: SurveyCapture.Dimension) -> Int {
      intern(SurveyCapture.value(of: dimension, in: response), dimension)
    }
    let group = groupOffset(service: id(.service), unit: id(.unit))
    for (index, unsur) in unsurKeys.enumerated() {
      if let score = response.answers[unsur] {
        groupCounts[group + index * 4 + score.value - 1] += 1
      }
    }
    groupCounts[group + stride - 1] += 1
    for dimension in SurveyCapture.Dimension.profile {
      valueCounts[dimension.rawValue][id(dimension)] += 1
    }
    sample.addSuggestion(response.suggestion, service: response.service)
    if let date = response.submittedAt?.date { sample.addSubmission(on: date) }
  }

  /// Adds this scan's counts to those of the scans before it.
  func contribute(to total: inout SurveyTotal) {
    for (index, key) in groups.keys.enumerated() {
      let name = SurveyTotal.GroupName(
        service: value(.service, Int(key >> 32)),
        unit: value(.unit, Int(key & 0xFFFF_FFFF))
      )
      let counts = groupCounts[index * stride..<(index + 1) * stride]
      total.groups[name, default: Array(repeating: 0, count: stride)].add(counts)
    }
    for (text, count) in counted(.gender) {
      guard let gender = Gender(rawValue: text) else { continue }
      total.profiles.genders[gender, default: 0] += count
    }
    for (text, count) in counted(.age) {
      guard let age = Int(text) else { continue }
      total.profiles.ages[age, default: 0] += count
    }
    for (text, count) in counted(.education) { total.profiles.education[text, default: 0] += count }
    for (text, count) in counted(.occupation) {
      total.profiles.occupation[text, default: 0] += count
    }
    var sample = self.sample
    for (service, count) in unquotedSuggestions.enumerated() where count > 0 {
      sample.countSuggestions(count, service: value(.service, service))
    }
    total.sample.append(sample)
  }

  private func value(_ dimension: SurveyCapture.Dimension, _ id: Int) -> String? {
    values[dimension.rawValue][id]
  }

  /// Returns the values of `dimension` that some response has, with their counts, leaving out
  /// the responses without a value.
  private func counted(_ dimension: SurveyCapture.Dimension) -> [(value: String, count: Int)] {
    zip(values[dimension.rawValue], valueCounts[dimension.rawValue]).compactMap { value, count in
      guard let value, count > 0 else { return nil }
      return (value, count)
    }
  }

  private mutating func intern(_ value: String?, _ dimension: SurveyCapture.Dimension) -> Int {
    if let id = ids[dimension.rawValue][value] { return id }
    let id = values[dimension.rawValue].count
    values[dimension.rawValue].append(value)
    valueCounts[dimension.rawValue].append(0)
    ids[dimension.rawValue][value] = id
    return id
  }

  /// Returns the id of a record's value in `dimension`, read from its cell when the export has
  /// a column for it.
  @inline(__always)
  private mutating func id(
    of dimension: SurveyCapture.Dimension,
    base: UnsafePointer<UInt8>,
    ranges: UnsafePointer<Int>
  ) -> Int {
    let column = columns[dimension.rawValue]
    guard column >= 0 else { return defaultIDs[dimension.rawValue] }
    let start = ranges[2 &* column]
    let length = ranges[2 &* column &+ 1] &- start
    let hash = ByteValueTable.hash(base + start, length: length, column: column)
    if let id = cells.value(base + start, length: length, column: column, hash: hash) {
      return id
    }
    let cell = capture.decode(base, start..<start + length)
    let id = intern(capture.value(of: dimension, cell: cell), dimension)
    cells.insert(base + start, length: length, column: column, hash: hash, value: id)
    return id
  }

  private mutating func groupOffset(service: Int, unit: Int) -> Int {
    let index = groups.index(of: UInt64(service) << 32 | UInt64(unit))
    if index * stride == groupCounts.count {
      groupCounts += repeatElement(0, count: stride)
    }
    return index * stride
  }

  /// Widens the submission span with a timestamp cell.
  ///
  /// Only the date matters, and the import's date of a timestamp is that of its text before
  /// the first space or `T`, when it reads the timestamp at all. So the date of that prefix is
  /// looked up once per distinct prefix, and the whole cell is read only when that date lies
  /// outside the span seen so far or when the prefix has no date.
  private mutating func addSubmission(base: UnsafePointer<UInt8>, range: Range<Int>) {
    guard !range.isEmpty else { return }

    let start = range.lowerBound
    // The prefix rule needs a cell that the import's trimming leaves as it is at the start.
    guard (0x21...0x7E).contains(base[start]) && base[start] != 0x22 else {
      addSubmission(of: capture.decode(base, range))
      return
    }
    var end = start
    while end < range.upperBound && base[end] != 0x20 && base[end] != 0x54 { end += 1 }
    guard end < range.upperBound else {
      // The prefix is the whole unquoted cell, such as epoch seconds, so it is read as it is
      // rather than kept, which would keep every distinct cell.
      addSubmission(of: Self.text(base, range))
      return
    }

    let column = capture.count
    let hash = ByteValueTable.hash(base + start, length: end - start, column: column)
    let guess: CivilDate?
    if let index = cells.value(base + start, length: end - start, column: column, hash: hash) {
      guess = prefixDates[index]
    } else {
      guess = capture.submissionDate(cell: Self.text(base, start..<end))
      if prefixDates.count < Self.maximumDatePrefixes {
        cells.insert(
          base + start,
          length: end - start,
          column: column,
          hash: hash,
          value: prefixDates.count
        )
        prefixDates.append(guess)
      }
    }

    if let guess, sample.spans(guess) { return }
    addSubmission(of: capture.decode(base, range))
  }

  /// The distinct timestamp prefixes whose dates a scan keeps, about 11 years of days.
  private static let maximumDatePrefixes = 4096

  private mutating func addSubmission(of cell: String) {
    if let date = capture.submissionDate(cell: cell) { sample.addSubmission(on: date) }
  }

  /// Returns the bytes of an unquoted cell as text, which is how the import reads them.
  private static func text(_ base: UnsafePointer<UInt8>, _ range: Range<Int>) -> String {
    String(
      decoding: UnsafeBufferPointer(start: base + range.lowerBound, count: range.count),
      as: UTF8.self
    )
  }

  /// Quotes or counts a record's suggestion. Once the service's quotes are full, a cell with a
  /// visible ASCII character is counted without decoding it.
  private mutating func addSuggestion(
    base: UnsafePointer<UInt8>,
    ranges: UnsafePointer<Int>,
    service id: Int
  ) {
    var filled = false
    var visible = false
    for column in capture.suggestionColumns {
      let start = ranges[2 &* column]
      let end = ranges[2 &* column &+ 1]
      filled = filled || end > start
      visible = visible || Self.hasVisibleCharacter(base, start, end)
    }
    guard filled else { return }

    while quotesFull.count <= id {
      quotesFull.append(false)
      unquotedSuggestions.append(0)
    }
    let service = value(.service, id)
    // The sample's quotes of a service only fill up, so once full they stay full.
    quotesFull[id] = quotesFull[id] || !sample.quotesMore(service: service)
    let quotes = !quotesFull[id]
    if visible && !quotes {
      unquotedSuggestions[id] &+= 1
      return
    }

    let text = capture.suggestion(
      cells: capture.suggestionColumns.map {
        capture.decode(base, ranges[2 * $0]..<ranges[2 * $0 + 1])
      }
    )
    if quotes {
      sample.addSuggestion(text, service: service)
    } else if let text, !text.trimmingWhitespace().isEmpty {
      unquotedSuggestions[id] += 1
    }
  }

  /// Returns whether a field contains a visible ASCII character other than a quote. Such a
  /// byte is text in any field, quoted or not, and no trimming removes it.
  @inline(__always)
  private static func hasVisibleCharacter(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int)
    -> Bool
  {
    var index = start
    while index < end {
      let byte = base[index]
      if byte > 0x20 && byte < 0x7F && byte != 0x22 { return true }
      index &+= 1
    }
    return false
  }
}

/// The counts of the scans of a file added up in file order.
struct SurveyTotal {
  struct GroupName: Hashable {
    var service: String?
    var unit: String?
  }

  var groups: [GroupName: [Int]] = [:]
  var profiles = ProfileMargins()
  var sample: ResponseSample

  init(limits: ResponseSample.Limits) {
    sample = ResponseSample(limits: limits)
  }

  /// Returns the counts as a ``SurveyTally`` over `unsur`, with the groups in a fixed order.
  func tally(unsur: [Unsur]) -> SurveyTally {
    // The last count of a group is its respondents.
    let groups = self.groups.map { name, counts in
      SurveyTally.Group(
        service: name.service,
        unitID: name.unit,
        tally: TallyTable(counts: counts.dropLast(), unsur: unsur),
        respondents: counts[counts.count - 1]
      )
    }
    return SurveyTally(
      groups: groups.sorted {
        ($0.service ?? "", $0.unitID ?? "") < ($1.service ?? "", $1.unitID ?? "")
      },
      profiles: profiles
    )
  }
}

extension Array where Element == Int {
  fileprivate mutating func add(_ other: ArraySlice<Int>) {
    for (offset, value) in other.enumerated() { self[offset] += value }
  }
}
