/// Renders a ``ReportDocument`` as one self-contained HTML file: inline CSS and SVG, no
/// scripts, no outside resources, laid out for A4 printing.
///
/// Every text of the document is escaped, so respondent and operator text (suggestions, unit
/// and service names) is shown literally and can never inject markup.
public enum HTMLRenderer {
  public static func render(_ document: ReportDocument) -> String {
    var html = """
      <!DOCTYPE html>
      <html lang="\(document.language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escapeHTML(([document.title] + document.subtitle).joined(separator: " – ")))</title>
      <style>\(stylesheet)</style>
      </head>
      <body>
      <main>
      <header class="cover">
      <h1>\(escapeHTML(document.title))</h1>

      """
    for line in document.subtitle {
      html += "<p class=\"subtitle\">\(escapeHTML(line))</p>\n"
    }
    html += "</header>\n"
    for chapter in document.chapters { html += render(chapter) }
    html += "<footer><p>\(escapeHTML(document.colophon))</p></footer>\n</main>\n</body>\n</html>\n"
    return html
  }

  static func render(_ chapter: ReportChapter) -> String {
    var html = "<section class=\"chapter\">\n<h2>"
    if let label = chapter.label {
      html += "<span class=\"chapter-label\">\(escapeHTML(label))</span> "
    }
    html += "\(escapeHTML(chapter.title))</h2>\n"
    for section in chapter.sections {
      if let heading = section.heading {
        let number = section.number.map { escapeHTML($0) + " " } ?? ""
        html += "<h3>\(number)\(escapeHTML(heading))</h3>\n"
      }
      for block in section.blocks { html += render(block) }
    }
    return html + "</section>\n"
  }

  static func render(_ block: ReportBlock) -> String {
    switch block {
    case .paragraph(let text):
      return "<p>\(escapeMultiline(text))</p>\n"
    case .note(let text):
      return "<p class=\"note\">\(escapeMultiline(text))</p>\n"
    case .list(let items):
      return "<ul>\n" + items.map { "<li>\(escapeMultiline($0))</li>\n" }.joined() + "</ul>\n"
    case .keyFigures(let figures):
      return "<div class=\"figures\">\n" + figures.map(render).joined() + "</div>\n"
    case .table(let table):
      return render(table)
    case .nrrChart(let chart):
      return figure(SVGChart(chart: chart).render(), caption: chart.title)
    case .barChart(let chart):
      return figure(SVGBarChart(chart: chart).render(), caption: chart.title)
    case .trendChart(let chart):
      return figure(SVGTrendChart(chart: chart).render(), caption: chart.title)
    case .signature(let signature):
      return render(signature)
    }
  }

  private static func figure(_ svg: String, caption: String) -> String {
    "<figure>\n\(svg)\n<figcaption>\(escapeHTML(caption))</figcaption>\n</figure>\n"
  }

  private static func render(_ signature: SignatureBlock) -> String {
    let blank = "&nbsp;"
    var html = "<div class=\"signature\">\n"
    html += "<p>\(signature.placeAndDate.map(escapeHTML) ?? "……………, ……………")</p>\n"
    html += "<p>\(escapeHTML(signature.position))</p>\n<p class=\"signature-space\">\(blank)</p>\n"
    html += "<p class=\"signature-name\">\(signature.name.map(escapeHTML) ?? "(……………………………)")</p>\n"
    if let identifier = signature.identifier { html += "<p>NIP \(escapeHTML(identifier))</p>\n" }
    return html + "</div>\n"
  }

  private static func render(_ figure: KeyFigure) -> String {
    let grade = figure.mutu.map { " mutu-\($0.rawValue.lowercased())" } ?? ""
    return """
      <div class="figure\(grade)"><span class="label">\(escapeHTML(figure.label))</span>\
      <span class="value">\(escapeHTML(figure.value))</span></div>

      """
  }

  private static func render(_ table: ReportTable) -> String {
    func cells(_ row: [String], tag: String) -> String {
      zip(row, table.alignments).map { cell, alignment in
        "<\(tag) class=\"\(alignmentClass(alignment))\">\(escapeMultiline(cell))</\(tag)>"
      }.joined()
    }
    var html = "<table>\n<caption>\(escapeHTML(table.caption))</caption>\n"
    html += "<thead><tr>\(cells(table.header, tag: "th"))</tr></thead>\n<tbody>\n"
    for row in table.rows { html += "<tr>\(cells(row, tag: "td"))</tr>\n" }
    html += "</tbody>\n"
    if !table.footer.isEmpty {
      html += "<tfoot>\n"
      for row in table.footer { html += "<tr>\(cells(row, tag: "td"))</tr>\n" }
      html += "</tfoot>\n"
    }
    return html + "</table>\n"
  }

  private static func alignmentClass(_ alignment: ReportTable.Alignment) -> String {
    switch alignment {
    case .leading: "left"
    case .trailing: "num"
    case .center: "center"
    }
  }

  /// Escapes text and keeps its line breaks, as multi-line suggestions have them.
  private static func escapeMultiline(_ text: String) -> String {
    escapeHTML(normalizingLineBreaks(text)).split(separator: "\n", omittingEmptySubsequences: false)
      .joined(separator: "<br>")
  }
}
