/// Builds the XML elements of a WordprocessingML document (ECMA-376 Part 1, section 17):
/// paragraphs, runs and table cells, with page geometry in twips (1/20 point).
///
/// Child elements are written in the order the schema's sequences require, since Word reports
/// a file with elements out of order as damaged.
enum WordprocessingML {
  static let namespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  static let relationshipsNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  /// A4 is 210 × 297 mm.
  static let pageWidth = 11906
  static let pageHeight = 16838
  /// Margins of 2.5 cm, and 3 cm on the binding side.
  static let marginTop = 1418
  static let marginBottom = 1418
  static let marginLeft = 1701
  static let marginRight = 1418
  /// The width between the margins, for tables and right-aligned tab stops.
  static let textWidth = pageWidth - marginLeft - marginRight

  /// Paragraph alignment values of the transitional schema.
  enum Alignment: String {
    case left, center, right, both
  }

  /// Returns a paragraph.
  ///
  /// - Parameters:
  ///   - style: The paragraph style's id, such as `Heading1`.
  ///   - properties: Further `w:pPr` children after the style and before the alignment, in
  ///     schema order (such as `w:keepNext`, `w:numPr`, `w:shd`).
  ///   - alignment: Overrides the style's alignment.
  ///   - content: The runs, already written.
  static func paragraph(
    style: String? = nil,
    properties: String = "",
    alignment: Alignment? = nil,
    _ content: String = ""
  ) -> String {
    var pPr = style.map { "<w:pStyle w:val=\"\($0)\"/>" } ?? ""
    pPr += properties
    if let alignment { pPr += "<w:jc w:val=\"\(alignment.rawValue)\"/>" }
    let open = pPr.isEmpty ? "<w:p>" : "<w:p><w:pPr>\(pPr)</w:pPr>"
    return open + content + "</w:p>"
  }

  /// Returns runs of `text`: a line break becomes `w:br` and a tab `w:tab`, since Word reads
  /// both as plain spaces inside `w:t`.
  ///
  /// - Parameter properties: `w:rPr` children in schema order, such as `<w:b/>`.
  static func run(_ text: String, properties: String = "") -> String {
    let rPr = properties.isEmpty ? "" : "<w:rPr>\(properties)</w:rPr>"
    var content = ""
    var pending = ""
    func flush() {
      guard !pending.isEmpty else { return }
      content += "<w:t xml:space=\"preserve\">\(XMLText.escaped(pending))</w:t>"
      pending = ""
    }
    for character in normalizingLineBreaks(text) {
      switch character {
      case "\n":
        flush()
        content += "<w:br/>"
      case "\t":
        flush()
        content += "<w:tab/>"
      default:
        pending.append(character)
      }
    }
    flush()
    return "<w:r>\(rPr)\(content)</w:r>"
  }

  /// Returns a table cell holding `paragraphs`; a cell must end with a paragraph.
  ///
  /// - Parameters:
  ///   - width: The cell's width in twips.
  ///   - span: The grid columns the cell covers.
  ///   - fill: The cell's background as RGB hex, such as `E4EBF3`.
  ///   - properties: Further `w:tcPr` children after the shading, in schema order (`w:tcMar`,
  ///     `w:vAlign`).
  static func cell(
    width: Int,
    span: Int = 1,
    fill: String? = nil,
    properties: String = "",
    _ paragraphs: String
  ) -> String {
    var tcPr = "<w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>"
    if span > 1 { tcPr += "<w:gridSpan w:val=\"\(span)\"/>" }
    if let fill { tcPr += shading(fill) }
    tcPr += properties
    return "<w:tc><w:tcPr>\(tcPr)</w:tcPr>\(paragraphs.isEmpty ? paragraph() : paragraphs)</w:tc>"
  }

  /// Returns a solid background of `fill`, an RGB hex colour.
  static func shading(_ fill: String) -> String {
    "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"\(fill)\"/>"
  }

  /// Returns the table properties and grid of a table as wide as the text, laid out with the
  /// given column widths so that Word and LibreOffice draw it alike.
  ///
  /// - Parameters:
  ///   - style: The table style's id, or `nil` for a table without borders.
  ///   - cellMargins: Top and bottom, then left and right cell margins in twips; `nil` keeps
  ///     the style's.
  ///   - headerRow: Whether the table style's first-row formatting applies.
  static func tableStart(
    style: String?,
    columns: [Int],
    cellMargins: (Int, Int)? = nil,
    headerRow: Bool = true
  ) -> String {
    var tblPr = style.map { "<w:tblStyle w:val=\"\($0)\"/>" } ?? ""
    tblPr += "<w:tblW w:w=\"\(columns.reduce(0, +))\" w:type=\"dxa\"/>"
    tblPr += "<w:tblLayout w:type=\"fixed\"/>"
    if let (vertical, horizontal) = cellMargins {
      tblPr += "<w:tblCellMar><w:top w:w=\"\(vertical)\" w:type=\"dxa\"/>"
      tblPr += "<w:left w:w=\"\(horizontal)\" w:type=\"dxa\"/>"
      tblPr += "<w:bottom w:w=\"\(vertical)\" w:type=\"dxa\"/>"
      tblPr += "<w:right w:w=\"\(horizontal)\" w:type=\"dxa\"/></w:tblCellMar>"
    }
    // The look bits: 0x0020 first row, 0x0200 no row bands, 0x0400 no column bands.
    tblPr +=
      "<w:tblLook w:val=\"\(headerRow ? "0620" : "0600")\" w:firstRow=\"\(headerRow ? 1 : 0)\""
    tblPr +=
      " w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
    let grid = columns.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined()
    return "<w:tbl><w:tblPr>\(tblPr)</w:tblPr><w:tblGrid>\(grid)</w:tblGrid>"
  }

  /// Returns a table row; `header` repeats the row at the top of every page the table spans.
  static func row(_ cells: String, header: Bool = false, minimumHeight: Int? = nil) -> String {
    var trPr = "<w:cantSplit/>"
    if let minimumHeight { trPr += "<w:trHeight w:val=\"\(minimumHeight)\" w:hRule=\"atLeast\"/>" }
    if header { trPr += "<w:tblHeader/>" }
    return "<w:tr><w:trPr>\(trPr)</w:trPr>\(cells)</w:tr>"
  }

  /// Returns a complex field (`w:fldChar`) with `instruction`, such as ` PAGE `, showing
  /// `result` until a word processor updates it.
  static func field(_ instruction: String, result: String) -> String {
    "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      + "<w:r><w:instrText xml:space=\"preserve\">\(XMLText.escaped(instruction))</w:instrText></w:r>"
      + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + result
      + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
  }
}
