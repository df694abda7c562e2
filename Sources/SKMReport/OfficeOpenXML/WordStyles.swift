import SKMCore

/// The fixed parts of a `.docx` report: styles, bullet numbering, settings and the footer with
/// the page number.
///
/// Headings use the built-in style names `heading 1` and `heading 2` with outline levels, so
/// Word, LibreOffice and python-docx recognise them as headings and the table of contents
/// collects them. Colours follow the HTML report.
enum WordStyles {
  /// Returns `styles.xml`, with the document language set to `language`.
  static func styles(language: Language) -> String {
    let w = WordprocessingML.self
    var xml = XMLText.declaration
    xml += "<w:styles xmlns:w=\"\(w.namespace)\">"
    xml += "<w:docDefaults><w:rPrDefault><w:rPr>"
    xml += "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:eastAsia=\"Arial\" w:cs=\"Arial\"/>"
    xml += "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"\(language.officeTag)\"/>"
    xml += "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
    xml += "<w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/>"
    xml += "</w:pPr></w:pPrDefault></w:docDefaults>"

    xml += style(
      "paragraph",
      id: "Normal",
      name: "Normal",
      isDefault: true,
      paragraph: "<w:jc w:val=\"both\"/>"
    )
    xml += style(
      "character",
      id: "DefaultParagraphFont",
      name: "Default Paragraph Font",
      isDefault: true
    )
    xml += """
      <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>\
      <w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr>\
      <w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>\
      <w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>\
      <w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
      """
    xml += style("numbering", id: "NoList", name: "No List", isDefault: true)

    xml += style(
      "paragraph",
      id: "Title",
      name: "Title",
      paragraph: "<w:spacing w:before=\"3600\" w:after=\"480\"/><w:jc w:val=\"center\"/>",
      run: "<w:b/><w:caps/><w:color w:val=\"1F4E79\"/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>"
    )
    xml += style(
      "paragraph",
      id: "Subtitle",
      name: "Subtitle",
      paragraph: "<w:spacing w:after=\"160\"/><w:jc w:val=\"center\"/>",
      run: "<w:b/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>"
    )
    xml += style(
      "paragraph",
      id: "Heading1",
      name: "heading 1",
      paragraph: """
        <w:keepNext/><w:keepLines/><w:pageBreakBefore/><w:spacing w:before="0" w:after="360"/>\
        <w:jc w:val="center"/><w:outlineLvl w:val="0"/>
        """,
      run: "<w:b/><w:color w:val=\"1F4E79\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"
    )
    xml += style(
      "paragraph",
      id: "Heading2",
      name: "heading 2",
      paragraph: """
        <w:keepNext/><w:keepLines/><w:spacing w:before="280" w:after="120"/>\
        <w:jc w:val="left"/><w:outlineLvl w:val="1"/>
        """,
      run: "<w:b/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>"
    )
    xml += style(
      "paragraph",
      id: "Caption",
      name: "caption",
      paragraph: "<w:keepNext/><w:spacing w:before=\"200\" w:after=\"80\"/><w:jc w:val=\"left\"/>",
      run: "<w:b/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"
    )
    xml += style(
      "paragraph",
      id: "ListBullet",
      name: "List Bullet",
      paragraph: """
        <w:spacing w:after="60"/><w:ind w:left="720" w:hanging="360"/><w:jc w:val="left"/>
        """
    )
    xml += style(
      "paragraph",
      id: "Note",
      name: "Note",
      custom: true,
      paragraph: """
        <w:pBdr><w:left w:val="single" w:sz="24" w:space="6" w:color="E0A800"/></w:pBdr>\
        <w:shd w:val="clear" w:color="auto" w:fill="FFF7E0"/>\
        <w:spacing w:before="120" w:after="120"/><w:ind w:left="170" w:right="113"/>
        """
    )
    xml += style(
      "paragraph",
      id: "TOCHeading",
      name: "TOC Heading",
      paragraph: "<w:keepNext/><w:spacing w:after=\"360\"/><w:jc w:val=\"center\"/>",
      run: "<w:b/><w:color w:val=\"1F4E79\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>"
    )
    for level in 1...2 {
      xml += style(
        "paragraph",
        id: "TOC\(level)",
        name: "toc \(level)",
        paragraph: """
          <w:tabs><w:tab w:val="right" w:leader="dot" w:pos="\(w.textWidth)"/></w:tabs>\
          <w:spacing w:after="60"/><w:ind w:left="\((level - 1) * 440)"/><w:jc w:val="left"/>
          """,
        run: level == 1 ? "<w:b/>" : ""
      )
    }
    xml += style(
      "paragraph",
      id: "TableText",
      name: "Table Text",
      custom: true,
      paragraph:
        "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>",
      run: "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>"
    )
    xml += style(
      "paragraph",
      id: "ChartText",
      name: "Chart Text",
      custom: true,
      basedOn: "TableText",
      // Every paragraph of a chart keeps with the next, so a chart is not split across pages.
      paragraph: "<w:keepNext/>",
      run: "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"
    )
    // An empty paragraph whose exact line height is the thickness of a bar.
    xml += style(
      "paragraph",
      id: "ChartBar",
      name: "Chart Bar",
      custom: true,
      paragraph: """
        <w:keepNext/><w:spacing w:before="0" w:after="0" w:line="180" w:lineRule="exact"/>
        """,
      run: "<w:sz w:val=\"12\"/><w:szCs w:val=\"12\"/>"
    )
    xml += style(
      "paragraph",
      id: "KeyFigureLabel",
      name: "Key Figure Label",
      custom: true,
      basedOn: "TableText",
      paragraph: "<w:spacing w:after=\"40\"/>",
      run: "<w:color w:val=\"4A5568\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"
    )
    xml += style(
      "paragraph",
      id: "KeyFigureValue",
      name: "Key Figure Value",
      custom: true,
      basedOn: "TableText",
      run: "<w:b/><w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>"
    )
    xml += style(
      "paragraph",
      id: "SignatureBlock",
      name: "Signature Block",
      custom: true,
      paragraph: """
        <w:keepNext/><w:keepLines/><w:spacing w:after="0"/>\
        <w:ind w:left="\(w.textWidth * 55 / 100)"/><w:jc w:val="left"/>
        """
    )
    xml += style(
      "paragraph",
      id: "Colophon",
      name: "Colophon",
      custom: true,
      paragraph: """
        <w:pBdr><w:top w:val="single" w:sz="4" w:space="6" w:color="C9D3DF"/></w:pBdr>\
        <w:spacing w:before="480"/><w:jc w:val="left"/>
        """,
      run: "<w:color w:val=\"4A5568\"/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"
    )
    xml += style(
      "paragraph",
      id: "Footer",
      name: "footer",
      paragraph: "<w:spacing w:after=\"0\"/><w:jc w:val=\"center\"/>",
      run: "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>"
    )
    xml += tableStyle()
    return xml + "</w:styles>"
  }

  /// Returns the style of report tables: thin grey borders and a shaded bold first row. The
  /// cells carry the same shading and weight directly too, because some readers apply table
  /// styles only in part.
  private static func tableStyle() -> String {
    let border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"B8C2CC\""
    let borders = ["top", "left", "bottom", "right", "insideH", "insideV"].map {
      "<w:\($0) \(border)/>"
    }
    return """
      <w:style w:type="table" w:customStyle="1" w:styleId="ReportTable">\
      <w:name w:val="Report Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="59"/>\
      <w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>\
      <w:tblPr><w:tblBorders>\(borders.joined())</w:tblBorders>\
      <w:tblCellMar><w:top w:w="28" w:type="dxa"/><w:left w:w="85" w:type="dxa"/>\
      <w:bottom w:w="28" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>\
      <w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr>\
      <w:shd w:val="clear" w:color="auto" w:fill="E4EBF3"/></w:tcPr></w:tblStylePr></w:style>
      """
  }

  /// Returns one `w:style`, where `paragraph` and `run` are `w:pPr` and `w:rPr` children in
  /// schema order. Paragraph styles other than Normal are based on Normal and followed by Normal.
  private static func style(
    _ type: String,
    id: String,
    name: String,
    isDefault: Bool = false,
    custom: Bool = false,
    basedOn: String? = nil,
    paragraph: String = "",
    run: String = ""
  ) -> String {
    var xml = "<w:style w:type=\"\(type)\""
    if isDefault { xml += " w:default=\"1\"" }
    if custom { xml += " w:customStyle=\"1\"" }
    xml += " w:styleId=\"\(id)\"><w:name w:val=\"\(name)\"/>"
    if type == "paragraph" && id != "Normal" {
      xml += "<w:basedOn w:val=\"\(basedOn ?? "Normal")\"/><w:next w:val=\"Normal\"/>"
    }
    if id == "Normal" || id.hasPrefix("Heading") || id == "Title" || id == "Subtitle" {
      xml += "<w:qFormat/>"
    }
    if !paragraph.isEmpty { xml += "<w:pPr>\(paragraph)</w:pPr>" }
    if !run.isEmpty { xml += "<w:rPr>\(run)</w:rPr>" }
    return xml + "</w:style>"
  }

  /// Returns `numbering.xml` with one list, numId 1: bullets at one level.
  static func numbering() -> String {
    XMLText.declaration
      + """
      <w:numbering xmlns:w="\(WordprocessingML.namespace)">\
      <w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>\
      <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/>\
      <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>\
      </w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>
      """
  }

  /// Returns `settings.xml`.
  ///
  /// `doNotExpandShiftReturn` keeps justified text from stretching a line that ends in a line
  /// break, as respondents' multi-line suggestions do. Compatibility mode 15 makes Word open
  /// the file as a current document rather than in compatibility mode.
  static func settings() -> String {
    XMLText.declaration
      + """
      <w:settings xmlns:w="\(WordprocessingML.namespace)"><w:zoom w:percent="100"/>\
      <w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>\
      <w:compat><w:doNotExpandShiftReturn/><w:compatSetting w:name="compatibilityMode" \
      w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>
      """
  }

  /// Returns the footer part: the page number, centred.
  static func footer() -> String {
    let w = WordprocessingML.self
    return XMLText.declaration + "<w:ftr xmlns:w=\"\(w.namespace)\">"
      + w.paragraph(style: "Footer", w.field(" PAGE ", result: w.run("1"))) + "</w:ftr>"
  }
}
