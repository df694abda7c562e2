import SKMCore

/// The columns that ``ChunkScanner`` records for a report beyond the answers, and how their
/// cells become the values of a ``Response``.
///
/// Every value comes from the reference import's own rules: a cell is decoded by ``CSVParser``
/// and read by the ``ResponseBuilder`` that ``RowParser`` uses, once per distinct cell.
struct SurveyCapture: Sendable {
  /// The response fields that group the counts, in the order of ``SurveyChunk``'s keys.
  enum Dimension: Int, CaseIterable {
    case service, unit, gender, age, education, occupation

    /// The dimensions of the respondent profile.
    static let profile: [Dimension] = [.gender, .age, .education, .occupation]

    var role: ColumnRole {
      switch self {
      case .service: .service
      case .unit: .unit
      case .gender: .gender
      case .age: .age
      case .education: .education
      case .occupation: .occupation
      }
    }
  }

  /// Per column of the header, its index among the captured columns, or -1.
  let slots: [Int]
  /// The number of captured columns.
  let count: Int
  /// Per dimension, the captured index of its column, or `nil` when the export has none.
  let dimensionColumns: [Int?]
  let submittedColumn: Int?
  let suggestionColumns: [Int]
  let defaultUnitID: String?
  let limits: ResponseSample.Limits
  let delimiter: UInt8
  /// Whether the byte loop may count records itself. It may not when a profile column is
  /// repeated, because the import then lets a later cell replace an earlier one.
  let decidable: Bool

  init(
    roles: [ColumnRole?],
    defaultUnitID: String?,
    limits: ResponseSample.Limits,
    delimiter: UInt8
  ) {
    var slots = [Int](repeating: -1, count: roles.count)
    var count = 0
    var dimensionColumns = [Int?](repeating: nil, count: Dimension.allCases.count)
    var submittedColumn: Int?
    var suggestionColumns: [Int] = []
    var decidable = true
    for (column, role) in roles.enumerated() {
      guard let role else { continue }
      if let dimension = Dimension.allCases.first(where: { $0.role == role }) {
        if dimensionColumns[dimension.rawValue] != nil { decidable = false }
        dimensionColumns[dimension.rawValue] = count
      } else if role == .submittedAt {
        if submittedColumn != nil { decidable = false }
        submittedColumn = count
      } else if role == .suggestion {
        suggestionColumns.append(count)
      } else {
        continue
      }
      slots[column] = count
      count += 1
    }
    self.slots = slots
    self.count = count
    self.dimensionColumns = dimensionColumns
    self.submittedColumn = submittedColumn
    self.suggestionColumns = suggestionColumns
    self.defaultUnitID = defaultUnitID
    self.limits = limits
    self.delimiter = delimiter
    self.decidable = decidable
  }

  /// Returns the value that a dimension takes from a cell, as text: a gender as its code and
  /// an age as its digits.
  func value(of dimension: Dimension, cell: String) -> String? {
    var builder = ResponseBuilder(line: 0, defaultUnitID: defaultUnitID)
    _ = builder.set(dimension.role, cell, at: SourceLocation(file: ""))
    return Self.value(of: dimension, in: builder.response)
  }

  /// Returns the value of a dimension in a response, as ``value(of:cell:)`` gives it.
  static func value(of dimension: Dimension, in response: Response) -> String? {
    switch dimension {
    case .service: response.service
    case .unit: response.unitID
    case .gender: response.profile.gender?.rawValue
    case .age: response.profile.age.map(String.init)
    case .education: response.profile.education
    case .occupation: response.profile.occupation
    }
  }

  /// Returns the date of a submission timestamp cell, or `nil` when the import cannot read it.
  func submissionDate(cell: String) -> CivilDate? {
    var builder = ResponseBuilder(line: 0, defaultUnitID: defaultUnitID)
    _ = builder.set(.submittedAt, cell, at: SourceLocation(file: ""))
    return builder.submittedAt?.date
  }

  /// Returns the suggestion of a response whose suggestion columns contain `cells`, in column
  /// order.
  func suggestion(cells: [String]) -> String? {
    var builder = ResponseBuilder(line: 0, defaultUnitID: defaultUnitID)
    for cell in cells { _ = builder.set(.suggestion, cell, at: SourceLocation(file: "")) }
    return builder.suggestion
  }

  /// Returns the text of the field at `range` as ``CSVParser`` reads it: without its quotes,
  /// with `""` as one quote.
  func decode(_ bytes: UnsafePointer<UInt8>, _ range: Range<Int>) -> String {
    guard !range.isEmpty else { return "" }
    var parser = CSVParser(delimiter: delimiter, limits: CSVLimits.unlimitedForOneField, file: "")
    let field = UnsafeBufferPointer(start: bytes + range.lowerBound, count: range.count)
    do {
      // The field contains no line break outside quotes, so no record ends before `finish`.
      guard try parser.scan(field, from: 0) == nil, try parser.finish() else { return "" }
      return try parser.takeRecord().fields.first ?? ""
    } catch {
      return ""
    }
  }
}

extension CSVLimits {
  /// Limits that never stop the decoding of one field that a scan has already checked.
  static var unlimitedForOneField: CSVLimits {
    var limits = CSVLimits()
    limits.maxFieldBytes = .max
    limits.maxRecordBytes = .max
    return limits
  }
}
