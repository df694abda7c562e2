import SKMCore

/// Writes worksheets as the SpreadsheetML parts of an `.xlsx` package (ECMA-376 Part 1,
/// section 18): the workbook, its styles and one part per sheet.
enum SpreadsheetML {
  static let namespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
  static let relationshipsNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

  /// The maximum length of a cell's text in Excel, in UTF-16 code units. Longer text is cut
  /// and ends with `…`.
  static let maximumCellCharacters = 32_767
  /// The rows of an Excel worksheet.
  static let maximumRows = 1_048_576

  /// Returns the package of `sheets`, the first one selected.
  static func package(_ sheets: [Worksheet], title: String, language: Language) -> OfficePackage {
    var package = OfficePackage()
    package.addPackageParts(officeDocument: "xl/workbook.xml", title: title, language: language)
    package.add("xl/workbook.xml", contentType: ContentType.workbook, xml: workbook(sheets))
    var relationships: [OfficePackage.Relationship] = []
    for (index, sheet) in sheets.enumerated() {
      let path = "worksheets/sheet\(index + 1).xml"
      relationships.append(
        .init(id: "rId\(index + 1)", type: RelationshipType.worksheet, target: path)
      )
      package.add(
        "xl/" + path,
        contentType: ContentType.worksheet,
        xml: worksheet(sheet, selected: index == 0)
      )
    }
    relationships.append(
      .init(id: "rId\(sheets.count + 1)", type: RelationshipType.styles, target: "styles.xml")
    )
    package.add("xl/styles.xml", contentType: ContentType.spreadsheetStyles, xml: styles())
    package.addRelationships(of: "xl/workbook.xml", relationships)
    return package
  }

  static func workbook(_ sheets: [Worksheet]) -> String {
    var xml = XMLText.declaration
    xml += "<workbook xmlns=\"\(namespace)\" xmlns:r=\"\(relationshipsNamespace)\">"
    xml += "<bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>"
    for (index, sheet) in sheets.enumerated() {
      xml += "<sheet name=\"\(XMLText.escaped(sheet.name))\" sheetId=\"\(index + 1)\""
      xml += " r:id=\"rId\(index + 1)\"/>"
    }
    return xml + "</sheets></workbook>"
  }

  /// Returns the styles part: two fonts (regular, bold), a header fill, and one cell format per
  /// ``SheetCellStyle`` in the order of its raw values.
  static func styles() -> String {
    var xml = XMLText.declaration
    xml += "<styleSheet xmlns=\"\(namespace)\">"
    xml += "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"0.0000\"/>"
    xml += "<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/></numFmts>"
    xml += "<fonts count=\"2\">"
    xml += "<font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>"
    xml += "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>"
    // Fills 0 and 1 are reserved by the format (none and gray125).
    xml += "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill>"
    xml += "<fill><patternFill patternType=\"gray125\"/></fill>"
    xml += "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE4EBF3\"/>"
    xml += "<bgColor indexed=\"64\"/></patternFill></fill></fills>"
    xml += "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border>"
    xml += "</borders>"
    xml += "<cellStyleXfs count=\"1\">"
    xml += "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
    xml += "<cellXfs count=\"\(SheetCellStyle.allCases.count)\">"
    for style in SheetCellStyle.allCases { xml += cellFormat(style) }
    xml += "</cellXfs>"
    xml += "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
    return xml + "</cellStyles></styleSheet>"
  }

  private static func cellFormat(_ style: SheetCellStyle) -> String {
    let fill = style == .header ? 2 : 0
    var xml = "<xf numFmtId=\"\(style.numberFormat)\" fontId=\"\(style.isBold ? 1 : 0)\""
    xml += " fillId=\"\(fill)\" borderId=\"0\" xfId=\"0\""
    if style.numberFormat != 0 { xml += " applyNumberFormat=\"1\"" }
    if style.isBold { xml += " applyFont=\"1\"" }
    if fill != 0 { xml += " applyFill=\"1\"" }
    guard [.header, .centered, .boldCentered].contains(style) else { return xml + "/>" }
    return xml + " applyAlignment=\"1\"><alignment horizontal=\"center\"/></xf>"
  }

  static func worksheet(_ sheet: Worksheet, selected: Bool) -> String {
    let width = max(sheet.columnWidths.count, sheet.rows.map(\.count).max() ?? 1, 1)
    var xml = XMLText.declaration
    xml += "<worksheet xmlns=\"\(namespace)\" xmlns:r=\"\(relationshipsNamespace)\">"

    xml += "<sheetPr><pageSetUpPr fitToPage=\"1\"/></sheetPr>"
    xml += "<dimension ref=\"A1:\(reference(row: max(sheet.rows.count, 1), column: width - 1))\"/>"
    xml += "<sheetViews><sheetView workbookViewId=\"0\"\(selected ? " tabSelected=\"1\"" : "")>"
    if sheet.frozenRows > 0 {
      let topLeft = reference(row: sheet.frozenRows + 1, column: 0)
      xml += "<pane ySplit=\"\(sheet.frozenRows)\" topLeftCell=\"\(topLeft)\""
      xml += " activePane=\"bottomLeft\" state=\"frozen\"/>"
      xml += "<selection pane=\"bottomLeft\" activeCell=\"\(topLeft)\" sqref=\"\(topLeft)\"/>"
    }
    xml += "</sheetView></sheetViews><sheetFormatPr defaultRowHeight=\"15\"/>"

    if !sheet.columnWidths.isEmpty {
      xml += "<cols>"
      for (index, width) in sheet.columnWidths.enumerated() {
        xml += "<col min=\"\(index + 1)\" max=\"\(index + 1)\" width=\"\(width)\""
        xml += " customWidth=\"1\"/>"
      }
      xml += "</cols>"
    }

    xml += "<sheetData>"
    for (index, row) in sheet.rows.enumerated() { xml += self.row(row, number: index + 1) }
    xml += "</sheetData>"

    if !sheet.merges.isEmpty {
      xml += "<mergeCells count=\"\(sheet.merges.count)\">"
      for range in sheet.merges { xml += "<mergeCell ref=\"\(range)\"/>" }
      xml += "</mergeCells>"
    }

    xml += "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\""
    xml += " footer=\"0.3\"/>"
    // Paper size 9 is A4; the sheet is fitted to one page wide and as many pages tall as needed.
    xml +=
      "<pageSetup paperSize=\"9\" orientation=\"landscape\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
    return xml + "</worksheet>"
  }

  private static func row(_ cells: [SheetCell], number: Int) -> String {
    var xml = "<row r=\"\(number)\">"
    for (column, cell) in cells.enumerated() {
      let attributes =
        "r=\"\(reference(row: number, column: column))\" s=\"\(cell.style.rawValue)\""
      switch cell.value {
      case .empty:
        if cell.style != .plain { xml += "<c \(attributes)/>" }
      case .text(let text):
        xml += "<c \(attributes) t=\"inlineStr\"><is>\(textElement(text))</is></c>"
      case .number(let digits):
        xml += "<c \(attributes)><v>\(digits)</v></c>"
      case .formula(let formula, let cached):
        xml += "<c \(attributes)><f>\(XMLText.escaped(formula))</f><v>\(cached)</v></c>"
      }
    }
    return xml + "</row>"
  }

  /// Returns the `<t>` element of a text cell.
  ///
  /// The text is neutralised against formulas with ``CSVField/neutralizingFormula(_:)``, so a
  /// cell copied out of the workbook into a CSV file or another sheet cannot become one. It is
  /// cut to Excel's limit, and an underscore that starts an `_xHHHH_` sequence is written as
  /// `_x005F_`, because spreadsheet applications decode such sequences as escaped characters.
  static func textElement(_ text: String) -> String {
    var value = CSVField.neutralizingFormula(normalizingLineBreaks(text))
    if value.utf16.count > maximumCellCharacters {
      // Excel counts UTF-16 code units; one is left for the ellipsis.
      var cut = ""
      var units = 0
      for character in value {
        guard units + character.utf16.count < maximumCellCharacters else { break }
        cut.append(character)
        units += character.utf16.count
      }
      value = cut + "…"
    }
    let escaped = XMLText.escaped(escapingUnderscoreSequences(value))
    let preserve =
      escaped.first?.isWhitespace == true || escaped.last?.isWhitespace == true
      || escaped.contains("\n")
    return preserve ? "<t xml:space=\"preserve\">\(escaped)</t>" : "<t>\(escaped)</t>"
  }

  /// Returns `text` with the `_` of every `_xHHHH_` (four hex digits) written as `_x005F_`.
  static func escapingUnderscoreSequences(_ text: String) -> String {
    let characters = Array(text)
    var out = ""
    for (index, character) in characters.enumerated() {
      let rest = characters[index...]
      if character == "_", rest.count >= 7, rest.dropFirst().first == "x",
        rest.dropFirst(2).prefix(4).allSatisfy(\.isHexDigit), rest.dropFirst(6).first == "_"
      {
        out += "_x005F_"
      } else {
        out.append(character)
      }
    }
    return out
  }

  /// Returns the column's letters: 0 is `A`, 25 is `Z`, 26 is `AA`.
  static func columnName(_ index: Int) -> String {
    var name = ""
    var remaining = index + 1
    while remaining > 0 {
      let digit = (remaining - 1) % 26
      name = String(UnicodeScalar(UInt8(65 + digit))) + name
      remaining = (remaining - 1) / 26
    }
    return name
  }

  /// Returns a cell reference such as `C30` for a 1-based row and a 0-based column.
  static func reference(row: Int, column: Int) -> String {
    columnName(column) + String(row)
  }
}
