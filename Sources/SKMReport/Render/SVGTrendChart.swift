import SKMScoring

/// Draws a ``TrendChart`` as inline SVG: the konversi of each period joined by a line, over
/// the mutu bands of the range the values span.
struct SVGTrendChart {
  let chart: TrendChart
  let width = 720.0
  let height = 240.0
  let left = 64.0
  let right = 64.0
  let top = 16.0
  let bottom = 44.0

  /// The lower end of the scale: the lowest mutu boundary at or below every value, so small
  /// changes stay visible without hiding which band each value is in.
  var minimum: Double {
    let lowest = chart.points.map(\.konversi.drawingValue).min() ?? 25
    let bounds = chart.bands.map(\.lowerBound.drawingValue).filter { $0 <= lowest }
    return bounds.max() ?? 25
  }

  func y(_ value: Double) -> Double {
    top + (100 - value) / (100 - minimum) * (height - top - bottom)
  }

  func x(_ index: Int) -> Double {
    guard chart.points.count > 1 else { return (left + width - right) / 2 }
    return left + Double(index) / Double(chart.points.count - 1) * (width - left - right)
  }

  func render() -> String {
    var svg = """
      <svg class="chart trend-chart" role="img" viewBox="0 0 \(svgNumber(width)) \(svgNumber(height))" \
      xmlns="http://www.w3.org/2000/svg" aria-label="\(escapeHTML(chart.title))">
      <title>\(escapeHTML(chart.title))</title>

      """
    for band in chart.bands where band.upperBound.drawingValue > minimum {
      let lower = max(band.mutu == .d ? 25 : band.lowerBound.drawingValue, minimum)
      let upper = band.mutu == .a ? 100 : band.upperBound.drawingValue + 0.01
      svg += """
        <rect class="band band-\(band.mutu.rawValue.lowercased())" x="\(svgNumber(left))" \
        y="\(svgNumber(y(upper)))" width="\(svgNumber(width - left - right))" \
        height="\(svgNumber(y(lower) - y(upper)))"/>
        <text class="band-label" x="\(svgNumber(width - right - 4))" y="\(svgNumber(y(upper) + 12))" \
        text-anchor="end">\(escapeHTML(band.label))</text>

        """
    }
    let path = chart.points.enumerated().map {
      "\(svgNumber(x($0.offset))),\(svgNumber(y($0.element.konversi.drawingValue)))"
    }
    svg += "<polyline class=\"trend-line\" points=\"\(path.joined(separator: " "))\"/>\n"
    for (index, point) in chart.points.enumerated() {
      let cy = y(point.konversi.drawingValue)
      svg += """
        <circle class="trend-point" cx="\(svgNumber(x(index)))" cy="\(svgNumber(cy))" r="4"/>
        <text class="bar-value" x="\(svgNumber(x(index)))" y="\(svgNumber(cy - 9))" \
        text-anchor="middle">\(escapeHTML(point.valueText))</text>
        <text class="tick" x="\(svgNumber(x(index)))" y="\(svgNumber(height - bottom + 18))" \
        text-anchor="middle">\(escapeHTML(point.label))</text>

        """
    }
    return svg + "</svg>"
  }
}
