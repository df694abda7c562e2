/// Renders an ``Infographic`` as one self-contained HTML page that fits one A4 sheet.
public enum InfographicRenderer {
  public static func render(_ infographic: Infographic) -> String {
    let grade = infographic.figures.compactMap(\.mutu).first
    let gradeClass = grade.map { " mutu-\($0.rawValue.lowercased())" } ?? ""
    var html = """
      <!DOCTYPE html>
      <html lang="\(infographic.language.rawValue)">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>\(escapeHTML(([infographic.title, infographic.unitName, infographic.periodName].compactMap { $0 }).joined(separator: " – ")))</title>
      <style>\(HTMLRenderer.stylesheet)\(stylesheet)</style>
      </head>
      <body>
      <main class="infographic\(gradeClass)">
      <header class="banner">
      <h1>\(escapeHTML(infographic.title))</h1>

      """
    for line in [infographic.unitName, infographic.periodName].compactMap({ $0 }) {
      html += "<p class=\"subtitle\">\(escapeHTML(line))</p>\n"
    }
    html += "</header>\n<div class=\"figures\">\n"
    for figure in infographic.figures {
      let figureGrade = figure.mutu.map { " mutu-\($0.rawValue.lowercased())" } ?? ""
      html += """
        <div class="figure\(figureGrade)"><span class="label">\(escapeHTML(figure.label))</span>\
        <span class="value">\(escapeHTML(figure.value))</span></div>

        """
    }
    html += "</div>\n<p class=\"headline\">\(escapeHTML(infographic.headline))</p>\n"
    html += "<figure>\n\(SVGChart(chart: infographic.chart).render())\n</figure>\n"
    if !infographic.highlights.isEmpty {
      html += "<ul class=\"highlights\">\n"
      html += infographic.highlights.map { "<li>\(escapeHTML($0))</li>\n" }.joined()
      html += "</ul>\n"
    }
    html +=
      "<footer><p>\(escapeHTML(infographic.footnote))</p></footer>\n</main>\n</body>\n</html>\n"
    return html
  }

  static let stylesheet = """

    .infographic { border-top: 10px solid #1f4e79; }
    .infographic.mutu-a { border-top-color: #17663a; } .infographic.mutu-b { border-top-color: #2f6f1f; }
    .infographic.mutu-c { border-top-color: #a35c00; } .infographic.mutu-d { border-top-color: #a01d1d; }
    .banner { text-align: center; margin-bottom: 14px; }
    .banner h1 { font-size: 22pt; }
    .banner p { text-align: center; }
    .infographic .figure:last-child .value { font-size: 16pt; }
    .infographic .figure .value { font-size: 20pt; }
    .headline { font-size: 12.5pt; text-align: center; margin: 10px 0 4px; }
    .highlights { list-style: none; padding: 0; display: flex; gap: 12px; justify-content: center; }
    .highlights li { border: 1px solid #c9d3df; border-radius: 6px; padding: 6px 10px; }
    @media print { .infographic { break-inside: avoid; } }

    """
}
