import SKMScoring

extension DOCXRenderer {
  /// Background of header cells and of footer rows, as in the HTML report.
  static let headerFill = "E4EBF3"
  static let footerFill = "F3F6F9"

  /// Returns the caption, the table and a little space after it. Rows longer than the header
  /// are cut to its columns, as in the HTML report.
  static func render(_ table: ReportTable) -> String {
    let w = WordprocessingML.self
    let widths = columnWidths(table)
    var xml = w.paragraph(style: "Caption", w.run(table.caption))
    xml += w.tableStart(style: "ReportTable", columns: widths)
    xml += w.row(cells(table.header, table, widths, fill: headerFill, bold: true), header: true)
    for row in table.rows { xml += w.row(cells(row, table, widths)) }
    for row in table.footer {
      xml += w.row(cells(row, table, widths, fill: footerFill, bold: true))
    }
    return xml + "</w:tbl>" + spacer
  }

  /// An empty paragraph 6 points high with 6 points after it, which also keeps two tables
  /// from running together.
  static let spacer = WordprocessingML.paragraph(
    properties: "<w:spacing w:before=\"0\" w:after=\"120\" w:line=\"120\" w:lineRule=\"exact\"/>"
  )

  private static func cells(
    _ row: [String],
    _ table: ReportTable,
    _ widths: [Int],
    fill: String? = nil,
    bold: Bool = false
  ) -> String {
    let w = WordprocessingML.self
    var xml = ""
    for (index, width) in widths.enumerated() {
      let text = index < row.count ? row[index] : ""
      let alignment = index < table.alignments.count ? table.alignments[index] : .leading
      xml += w.cell(
        width: width,
        fill: fill,
        w.paragraph(
          style: "TableText",
          alignment: wordAlignment(alignment),
          text.isEmpty ? "" : w.run(text, properties: bold ? "<w:b/>" : "")
        )
      )
    }
    return xml
  }

  static func wordAlignment(_ alignment: ReportTable.Alignment) -> WordprocessingML.Alignment {
    switch alignment {
    case .leading: .left
    case .trailing: .right
    case .center: .center
    }
  }

  /// Returns column widths in twips that add up to the text width.
  ///
  /// A column's preferred width fits its longest line, and its minimum width its longest word
  /// (header included). Both are estimates at 135 twips a character, the width of wide bold
  /// letters of 10-point Arial, plus the cell margins. When the preferred widths do not fit, only the room above the minimum
  /// shrinks, so long text wraps while figures and headers keep their words whole. Space left
  /// over goes to every column in proportion.
  static func columnWidths(_ table: ReportTable) -> [Int] {
    let count = max(table.header.count, 1)
    let characterWidth = 135
    let margins = 240
    var preferred = Array(repeating: 0, count: count)
    var minimum = Array(repeating: 0, count: count)
    for column in 0..<count {
      let body = (table.rows + table.footer).compactMap { column < $0.count ? $0[column] : nil }
      let header = column < table.header.count ? [table.header[column]] : []
      let words = (header + body).flatMap { $0.split(whereSeparator: \.isWhitespace) }
      // A word longer than 20 characters, such as a link, is left to break inside its cell.
      let longestWord = min(words.map(\.count).max() ?? 1, 20)
      let longestLine = body.flatMap { $0.split(separator: "\n") }.map(\.count).max() ?? 0
      minimum[column] = longestWord * characterWidth + margins
      preferred[column] = max(longestWord, longestLine) * characterWidth + margins
    }
    return fittedWidths(preferred: preferred, minimum: minimum, total: WordprocessingML.textWidth)
  }

  /// Returns column widths that fill `total` twips. Preferred widths that fit grow in
  /// proportion. Otherwise the room above the minimum widths shrinks in proportion, unless even
  /// the minimum widths do not fit, which then share `total` in proportion.
  static func fittedWidths(preferred: [Int], minimum: [Int], total: Int) -> [Int] {
    let preferredSum = preferred.reduce(0, +)
    let minimumSum = minimum.reduce(0, +)
    if preferredSum <= total { return proportionalWidths(preferred, total: total) }
    if minimumSum >= total { return proportionalWidths(minimum, total: total) }
    let room = preferredSum - minimumSum
    let available = total - minimumSum
    let widths = zip(preferred, minimum).map { preferred, minimum in
      minimum + (preferred - minimum) * available / room
    }
    return proportionalWidths(widths, total: total)
  }

  /// Splits `total` twips in proportion to `weights`. The last column takes the remainder of
  /// the rounding.
  static func proportionalWidths(_ weights: [Int], total: Int) -> [Int] {
    let sum = max(weights.reduce(0, +), 1)
    var widths = weights.map { $0 * total / sum }
    widths[widths.count - 1] += total - widths.reduce(0, +)
    return widths
  }

  /// Returns the headline figures side by side, each in a box with its label above its value.
  /// A value with a mutu is coloured by grade.
  static func keyFigures(_ figures: [KeyFigure]) -> String {
    guard !figures.isEmpty else { return "" }
    let w = WordprocessingML.self
    let widths = proportionalWidths(
      Array(repeating: 1, count: figures.count),
      total: WordprocessingML.textWidth
    )
    var cells = ""
    for (figure, width) in zip(figures, widths) {
      let colour = figure.mutu.map { "<w:color w:val=\"\(mutuColour($0))\"/>" } ?? ""
      cells += w.cell(
        width: width,
        w.paragraph(style: "KeyFigureLabel", w.run(figure.label))
          + w.paragraph(style: "KeyFigureValue", w.run(figure.value, properties: colour))
      )
    }
    return w.tableStart(
      style: "ReportTable",
      columns: widths,
      cellMargins: (85, 113),
      headerRow: false
    )
      + w.row(cells) + "</w:tbl>" + spacer
  }

  /// Returns the text colour of a grade, as in the HTML report.
  static func mutuColour(_ mutu: Mutu) -> String {
    switch mutu {
    case .a: "17663A"
    case .b: "2F6F1F"
    case .c: "A35C00"
    case .d: "A01D1D"
    }
  }
}
