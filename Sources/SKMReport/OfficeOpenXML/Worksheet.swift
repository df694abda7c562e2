import SKMScoring

/// A worksheet as typed cells, built before it is written as SpreadsheetML.
struct Worksheet {
  /// The tab name: at most 31 characters, none of `[]:*?/\`.
  var name: String
  /// Column widths from column A, in characters of the default font.
  var columnWidths: [Double]
  /// Rows from row 1; a row may be shorter than others.
  var rows: [[SheetCell]] = []
  /// Ranges shown as one cell, such as `A30:B30`.
  var merges: [String] = []
  /// Rows kept in view while scrolling: the header row.
  var frozenRows = 1

  /// The 1-based number of the next row to be appended.
  var nextRow: Int { rows.count + 1 }

  mutating func append(_ row: [SheetCell]) {
    rows.append(row)
  }

  /// Appends a row whose label spans columns A and B, followed by `cells` from column C.
  mutating func appendLabelled(_ label: String, _ cells: [SheetCell]) {
    merges.append("A\(nextRow):B\(nextRow)")
    rows.append([.text(label, style: .bold), .empty] + cells)
  }
}

/// One cell's value and look.
struct SheetCell {
  enum Value {
    case empty
    /// Text written as an inline string.
    case text(String)
    /// A number as the digits of `<v>`, such as `3.576923076923077`.
    case number(String)
    /// A formula without the leading `=`, and the digits of its result, which a reader
    /// without a calculation engine shows as the figure.
    case formula(String, cached: String)
  }

  var value: Value
  var style: SheetCellStyle

  static let empty = SheetCell(value: .empty, style: .plain)

  static func text(_ text: String, style: SheetCellStyle = .plain) -> SheetCell {
    SheetCell(value: .text(text), style: style)
  }

  static func integer(_ value: Int, style: SheetCellStyle = .integer) -> SheetCell {
    SheetCell(value: .number(String(value)), style: style)
  }

  /// Returns a cell containing `value` with ``SheetCell/places`` decimals, or an empty cell
  /// for `nil`.
  static func exact(_ value: Rational?, style: SheetCellStyle) -> SheetCell {
    guard let value else { return SheetCell(value: .empty, style: style) }
    return SheetCell(value: .number(digits(value)), style: style)
  }

  /// Returns a cell containing a value that is already rounded, such as a published konversi.
  static func rounded(_ value: FixedDecimal?, style: SheetCellStyle = .decimal2) -> SheetCell {
    guard let value else { return SheetCell(value: .empty, style: style) }
    return SheetCell(value: .number(value.description), style: style)
  }

  /// Returns a formula cell whose result is `cached`, or an empty cell when the figure does
  /// not exist.
  static func formula(_ formula: String, cached: Rational?, style: SheetCellStyle) -> SheetCell {
    guard let cached else { return SheetCell(value: .empty, style: style) }
    return SheetCell(value: .formula(formula, cached: digits(cached)), style: style)
  }

  static func formula(_ formula: String, cached: FixedDecimal?, style: SheetCellStyle)
    -> SheetCell
  {
    guard let cached else { return SheetCell(value: .empty, style: style) }
    return SheetCell(value: .formula(formula, cached: cached.description), style: style)
  }

  /// Decimals of unrounded figures: a spreadsheet's binary double keeps about 15 to 17
  /// significant digits, so more would be lost on reading.
  static let places = 15

  /// Returns `value` rounded half-up to ``places`` decimals with trailing zeros dropped, such
  /// as `92.84` or `3.576923076923077`.
  static func digits(_ value: Rational) -> String {
    var text = value.rounded(places: places).description
    guard text.contains(".") else { return text }
    while text.hasSuffix("0") { text.removeLast() }
    if text.hasSuffix(".") { text.removeLast() }
    return text
  }
}

/// The cell formats of a workbook, in the order of the `cellXfs` list in `styles.xml`: a
/// style's raw value is its index there.
enum SheetCellStyle: Int, CaseIterable {
  case plain
  case header
  case integer
  case decimal2
  case decimal4
  case percent
  case bold
  case boldInteger
  case boldDecimal2
  case boldDecimal4
  /// Short text centred in its column, such as a mutu grade.
  case centered
  case boldCentered

  /// The number format id: built-in 0 (General), 1 (`0`), 2 (`0.00`), or the workbook's own
  /// 164 (`0.0000`) and 165 (`0.0%`).
  var numberFormat: Int {
    switch self {
    case .plain, .header, .bold, .centered, .boldCentered: 0
    case .integer, .boldInteger: 1
    case .decimal2, .boldDecimal2: 2
    case .decimal4, .boldDecimal4: 164
    case .percent: 165
    }
  }

  var isBold: Bool {
    switch self {
    case .header, .bold, .boldInteger, .boldDecimal2, .boldDecimal4, .boldCentered: true
    default: false
    }
  }
}
