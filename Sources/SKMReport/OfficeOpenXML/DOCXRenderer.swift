import Foundation
import SKMCore

/// Renders a ``ReportDocument`` as a Word document (`.docx`, Office Open XML
/// WordprocessingML) that Word and LibreOffice Writer open without repair.
///
/// The layout follows the HTML report on A4 pages: a cover with the title, a table of contents,
/// one chapter per page start with the style Heading 1 ("BAB I Pendahuluan"), sections with
/// Heading 2, and a page number in the footer. Tables have a header row that repeats on every
/// page. Charts become tables: each bar is a row with its label, a bar drawn as shaded cells
/// against the mutu bands, and its value, so the figures stay legible in any word processor.
/// The language of the text is set to `id-ID` or `en-US` for spelling and hyphenation.
///
/// The table of contents is a `TOC` field whose stored result lists the headings without page
/// numbers. Updating the field (F9 in Word, Tools ▸ Update in LibreOffice) adds them.
///
/// Every text is escaped, and characters that XML 1.0 does not allow are dropped, so
/// respondent and operator text is shown literally and cannot change the document's structure.
public enum DOCXRenderer {
  /// Returns the document as the bytes of a `.docx` file.
  ///
  /// - Throws: ``SKMError`` with code ``SKMError/Code/reportArchiveTooLarge`` when the
  ///   document passes the size limit of its ZIP container.
  public static func render(_ document: ReportDocument) throws(SKMError) -> Data {
    try package(document).archive()
  }

  static func package(_ document: ReportDocument) -> OfficePackage {
    var package = OfficePackage()
    package.addPackageParts(
      officeDocument: "word/document.xml",
      title: document.title,
      language: document.language
    )
    package.add("word/document.xml", contentType: ContentType.document, xml: body(document))
    package.add(
      "word/styles.xml",
      contentType: ContentType.wordStyles,
      xml: WordStyles.styles(language: document.language)
    )
    package.add(
      "word/numbering.xml",
      contentType: ContentType.numbering,
      xml: WordStyles.numbering()
    )
    package.add("word/settings.xml", contentType: ContentType.settings, xml: WordStyles.settings())
    package.add("word/footer1.xml", contentType: ContentType.footer, xml: WordStyles.footer())
    package.addRelationships(
      of: "word/document.xml",
      [
        .init(id: "rId1", type: RelationshipType.styles, target: "styles.xml"),
        .init(id: "rId2", type: RelationshipType.numbering, target: "numbering.xml"),
        .init(id: "rId3", type: RelationshipType.settings, target: "settings.xml"),
        .init(id: "rId4", type: RelationshipType.footer, target: "footer1.xml"),
      ]
    )
    return package
  }

  static func body(_ document: ReportDocument) -> String {
    let w = WordprocessingML.self
    var xml = XMLText.declaration
    xml += "<w:document xmlns:w=\"\(w.namespace)\" xmlns:r=\"\(w.relationshipsNamespace)\">"
    xml += "<w:body>"
    xml += w.paragraph(style: "Title", w.run(document.title))
    for line in document.subtitle { xml += w.paragraph(style: "Subtitle", w.run(line)) }
    xml += tableOfContents(document)
    for chapter in document.chapters { xml += render(chapter, language: document.language) }
    xml += w.paragraph(style: "Colophon", w.run(document.colophon))
    xml += sectionProperties()
    return xml + "</w:body></w:document>"
  }

  /// Returns the contents heading on its own page and a `TOC` field over heading levels 1–2,
  /// whose stored result lists every heading.
  static func tableOfContents(_ document: ReportDocument) -> String {
    let w = WordprocessingML.self
    let title = document.language == .indonesian ? "Daftar Isi" : "Contents"
    var xml = w.paragraph(style: "TOCHeading", properties: "<w:pageBreakBefore/>", w.run(title))
    var entries: [(level: Int, text: String)] = []
    for chapter in document.chapters {
      entries.append((1, headingText(chapter)))
      for section in chapter.sections {
        guard let heading = section.heading else { continue }
        entries.append((2, [section.number, heading].compactMap { $0 }.joined(separator: " ")))
      }
    }
    let begin =
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      + "<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-2\" \\h \\z \\u </w:instrText></w:r>"
      + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
    for (index, entry) in entries.enumerated() {
      xml += w.paragraph(style: "TOC\(entry.level)", (index == 0 ? begin : "") + w.run(entry.text))
    }
    // The field ends in a paragraph of its own, so the last entry keeps its style.
    xml += w.paragraph(
      (entries.isEmpty ? begin : "") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    )
    return xml
  }

  private static func headingText(_ chapter: ReportChapter) -> String {
    [chapter.label, chapter.title].compactMap { $0 }.joined(separator: " ")
  }

  static func render(_ chapter: ReportChapter, language: Language) -> String {
    let w = WordprocessingML.self
    var xml = w.paragraph(style: "Heading1", w.run(headingText(chapter)))
    for section in chapter.sections {
      if let heading = section.heading {
        let text = [section.number, heading].compactMap { $0 }.joined(separator: " ")
        xml += w.paragraph(style: "Heading2", w.run(text))
      }
      for block in section.blocks { xml += render(block, language: language) }
    }
    return xml
  }

  static func render(_ block: ReportBlock, language: Language) -> String {
    let w = WordprocessingML.self
    switch block {
    case .paragraph(let text):
      return w.paragraph(w.run(text))
    case .note(let text):
      return w.paragraph(style: "Note", w.run(text))
    case .list(let items):
      let numbering = "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"
      return items.map { w.paragraph(style: "ListBullet", properties: numbering, w.run($0)) }
        .joined()
    case .keyFigures(let figures):
      return keyFigures(figures)
    case .table(let table):
      return render(table)
    case .nrrChart(let chart):
      return WordBarTable(chart).render()
    case .barChart(let chart):
      return WordBarTable(chart).render()
    case .trendChart(let chart):
      return WordBarTable(chart).render()
    case .signature(let signature):
      return render(signature)
    }
  }

  /// Returns the place and date, the position, room to sign, the name and the NIP, indented
  /// to the right and kept on one page.
  private static func render(_ signature: SignatureBlock) -> String {
    let w = WordprocessingML.self
    let style = "SignatureBlock"
    var xml = w.paragraph(style: style)
    xml += w.paragraph(style: style, w.run(signature.placeAndDate ?? "……………, ……………"))
    xml += w.paragraph(style: style, w.run(signature.position))
    for _ in 0..<3 { xml += w.paragraph(style: style) }
    xml += w.paragraph(
      style: style,
      w.run(signature.name ?? "(……………………………)", properties: "<w:b/><w:u w:val=\"single\"/>")
    )
    if let identifier = signature.identifier {
      xml += w.paragraph(style: style, w.run("NIP " + identifier))
    }
    // The last line ends the block, so it does not keep itself with the next paragraph.
    return xml + w.paragraph(style: "Normal")
  }

  private static func sectionProperties() -> String {
    let w = WordprocessingML.self
    return """
      <w:sectPr><w:footerReference w:type="default" r:id="rId4"/>\
      <w:pgSz w:w="\(w.pageWidth)" w:h="\(w.pageHeight)"/>\
      <w:pgMar w:top="\(w.marginTop)" w:right="\(w.marginRight)" w:bottom="\(w.marginBottom)" \
      w:left="\(w.marginLeft)" w:header="709" w:footer="709" w:gutter="0"/>\
      <w:titlePg/></w:sectPr>
      """
  }
}
