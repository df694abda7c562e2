/// Draws a ``BarChart`` as inline SVG: one horizontal bar per category on a 0–100 % scale.
struct SVGBarChart {
  let chart: BarChart
  let width = 720.0
  let labelWidth = 250.0
  let rightMargin = 70.0
  let rowHeight = 22.0

  func render() -> String {
    let height = Double(chart.bars.count) * rowHeight + 8
    let plotWidth = width - labelWidth - rightMargin
    var svg = """
      <svg class="chart bar-chart" role="img" viewBox="0 0 \(svgNumber(width)) \(svgNumber(height))" \
      xmlns="http://www.w3.org/2000/svg" aria-label="\(escapeHTML(chart.title))">
      <title>\(escapeHTML(chart.title))</title>

      """
    for (index, bar) in chart.bars.enumerated() {
      let y = 4 + Double(index) * rowHeight
      let length = bar.percent.drawingValue / 100 * plotWidth
      svg += """
        <text class="bar-label" x="\(svgNumber(labelWidth - 8))" y="\(svgNumber(y + rowHeight * 0.68))" \
        text-anchor="end">\(escapeHTML(truncated(bar.label)))</text>
        <rect class="share-track" x="\(svgNumber(labelWidth))" y="\(svgNumber(y + 4))" \
        width="\(svgNumber(plotWidth))" height="\(svgNumber(rowHeight - 8))"/>
        <rect class="share" x="\(svgNumber(labelWidth))" y="\(svgNumber(y + 4))" \
        width="\(svgNumber(length))" height="\(svgNumber(rowHeight - 8))"/>
        <text class="bar-value" x="\(svgNumber(labelWidth + length + 4))" \
        y="\(svgNumber(y + rowHeight * 0.68))">\(escapeHTML(bar.valueText))</text>

        """
    }
    return svg + "</svg>"
  }

  private func truncated(_ label: String) -> String {
    label.count > 40 ? String(label.prefix(39)) + "…" : label
  }
}
