import SKMScoring

/// Draws an ``NRRChart`` as inline SVG: one horizontal bar per unsur over coloured mutu bands,
/// with a dashed line at the unit's konversi.
struct SVGChart {
  let chart: NRRChart
  let width = 720.0
  let labelWidth = 250.0
  let rightMargin = 56.0
  let rowHeight = 26.0
  let top = 10.0
  let bottom = 62.0

  var plotWidth: Double { width - labelWidth - rightMargin }
  var height: Double { top + Double(chart.bars.count) * rowHeight + bottom }

  /// Converts a value on the 25–100 scale to an x coordinate; pixel geometry only, never a
  /// published figure.
  func x(_ value: FixedDecimal) -> Double {
    let minimum = chart.minimum.drawingValue
    let maximum = chart.maximum.drawingValue
    return labelWidth + (value.drawingValue - minimum) / (maximum - minimum) * plotWidth
  }

  func render() -> String {
    var svg = """
      <svg class="chart" role="img" viewBox="0 0 \(n(width)) \(n(height))" \
      xmlns="http://www.w3.org/2000/svg" aria-label="\(escapeHTML(chart.title))">
      <title>\(escapeHTML(chart.title))</title>

      """
    svg += bands() + unitLine() + bars() + axis()
    return svg + "</svg>"
  }

  private func bands() -> String {
    var out = ""
    let plotBottom = top + Double(chart.bars.count) * rowHeight
    for band in chart.bands {
      let lower = x(band.mutu == .d ? chart.minimum : band.lowerBound)
      let upper = x(band.upperBound)
      out += """
        <rect class="band band-\(band.mutu.rawValue.lowercased())" x="\(n(lower))" y="\(n(top))" \
        width="\(n(upper - lower))" height="\(n(plotBottom - top))"/>

        """
    }
    return out + legend(plotBottom: plotBottom)
  }

  /// A swatch and label per band under the axis, since the narrow bands near 100 leave no
  /// room for labels inside the plot.
  private func legend(plotBottom: Double) -> String {
    var out = ""
    let y = plotBottom + 44
    let step = plotWidth / Double(max(chart.bands.count, 1))
    for (index, band) in chart.bands.reversed().enumerated() {
      let left = labelWidth + Double(index) * step
      out += """
        <rect class="band band-\(band.mutu.rawValue.lowercased())" x="\(n(left))" y="\(n(y - 9))" \
        width="12" height="12" stroke="#8a94a0" stroke-width="0.5"/>
        <text class="band-label" x="\(n(left + 16))" y="\(n(y + 1))">\(escapeHTML(band.label))</text>

        """
    }
    return out
  }

  private func bars() -> String {
    var out = ""
    for (index, bar) in chart.bars.enumerated() {
      let y = top + Double(index) * rowHeight
      out += """
        <text class="bar-label" x="\(n(labelWidth - 8))" y="\(n(y + rowHeight * 0.65))" \
        text-anchor="end">\(escapeHTML(bar.code)) \(escapeHTML(truncated(bar.name)))</text>

        """
      guard let konversi = bar.konversi else { continue }
      let end = x(konversi)
      out += """
        <rect class="bar" x="\(n(labelWidth))" y="\(n(y + 5))" width="\(n(end - labelWidth))" \
        height="\(n(rowHeight - 10))"/>
        <text class="bar-value" x="\(n(end + 4))" y="\(n(y + rowHeight * 0.65))">\
        \(escapeHTML(bar.valueText))</text>

        """
    }
    return out
  }

  private func unitLine() -> String {
    guard let konversi = chart.unitKonversi else { return "" }
    let position = x(konversi)
    let plotBottom = top + Double(chart.bars.count) * rowHeight
    return """
      <line class="unit-line" x1="\(n(position))" y1="\(n(top))" x2="\(n(position))" \
      y2="\(n(plotBottom))"/>
      <text class="unit-label" x="\(n(position))" y="\(n(plotBottom + 26))" \
      text-anchor="middle">\(escapeHTML(chart.unitLabel))</text>

      """
  }

  private func axis() -> String {
    let plotBottom = top + Double(chart.bars.count) * rowHeight
    var out = ""
    for tick in chart.ticks {
      out += """
        <text class="tick" x="\(n(x(tick.value)))" y="\(n(plotBottom + 13))" \
        text-anchor="middle">\(escapeHTML(tick.label))</text>

        """
    }
    return out
  }

  private func truncated(_ name: String) -> String {
    name.count > 34 ? String(name.prefix(33)) + "…" : name
  }

  private func n(_ value: Double) -> String { svgNumber(value) }
}
