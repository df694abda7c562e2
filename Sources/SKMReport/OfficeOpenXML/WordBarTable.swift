import SKMScoring

/// A horizontal bar chart drawn as a Word table, which every word processor lays out the same
/// way, unlike drawings.
///
/// Each bar is a table row: its label, the bar area, and value columns. The bar area is split
/// into grid columns at every band boundary and bar end. A cell's shading draws the band behind
/// the bar. The shading of the cell's empty paragraph, a thin line of fixed height, draws the
/// bar, so the band shows above and below it. Positions are pixel geometry computed in `Double`
/// from the already rounded figures, never published values.
struct WordBarTable {
  /// A background range of the scale, such as the mutu B band.
  struct Band {
    /// The range as fractions of the bar area, 0 to 1.
    var start: Double
    var end: Double
    var fill: String
    /// The text of the band's cell in the header row.
    var label: String
  }

  struct Bar {
    var label: String
    /// The bar's length as a fraction of the bar area, or `nil` for no bar.
    var length: Double?
    var colour: String
    /// The texts of the value columns.
    var values: [String]
    var bold = false
  }

  var title: String
  var bands: [Band]
  /// The background of the bar area outside every band.
  var track: String?
  /// The texts of the label and value columns in a header row, which also shows the band
  /// labels; `nil` for no header row.
  var header: [String]?
  var bars: [Bar]
  /// A line under the chart, such as the meaning of the bands.
  var legend: String?
  var labelWidth: Int
  var valueWidths: [Int]

  /// The narrowest grid column; closer boundaries are drawn as one, a difference of at most
  /// 0.8 mm on paper.
  static let minimumColumn = 45
  /// The maximum number of grid columns in the bar area. Word allows 63 columns in a table,
  /// and the label and value columns take the rest.
  static let maximumSegments = 56

  private var barWidth: Int { WordprocessingML.textWidth - labelWidth - valueWidths.reduce(0, +) }

  /// Returns the caption, the table and the legend, or nothing for a chart without bars,
  /// since Word rejects a table without rows.
  func render() -> String {
    guard !bars.isEmpty else { return "" }
    let w = WordprocessingML.self
    let points = gridPoints()
    let segments = Array(zip(points, points.dropFirst()))
    var xml = w.paragraph(style: "Caption", w.run(title))
    xml += w.tableStart(
      style: nil,
      columns: [labelWidth] + segments.map { $0.1 - $0.0 } + valueWidths,
      cellMargins: (30, 0),
      headerRow: header != nil
    )
    if let header { xml += headerRow(header, segments: segments) }
    for bar in bars { xml += row(bar, points: points, segments: segments) }
    xml += "</w:tbl>"
    if let legend {
      xml += w.paragraph(
        style: "ChartText",
        properties: "<w:spacing w:before=\"60\"/>",
        w.run(legend)
      )
    }
    return xml + DOCXRenderer.spacer
  }

  /// Returns the boundaries of the bar area's grid columns in twips from its left edge: 0, the
  /// width, and every band edge and bar end at least ``minimumColumn`` from the others.
  ///
  /// When that gives more than ``maximumSegments`` columns, as many bars of different lengths
  /// do, the gap grows until it does not, so bar ends are drawn less precisely.
  func gridPoints() -> [Int] {
    let width = barWidth
    var candidates = [0, width]
    candidates += bands.flatMap { [twips($0.start), twips($0.end)] }
    candidates += bars.compactMap { $0.length.map(twips) }
    let sorted = Set(candidates).sorted()
    var gap = Self.minimumColumn
    while true {
      var points = [0]
      for point in sorted where point - points.last! >= gap { points.append(point) }
      if points.last != width {
        if points.count > 1 && width - points.last! < gap { points.removeLast() }
        points.append(width)
      }
      if points.count - 1 <= Self.maximumSegments { return points }
      gap = gap * 3 / 2
    }
  }

  private func twips(_ fraction: Double) -> Int {
    Int((min(max(fraction, 0), 1) * Double(barWidth)).rounded())
  }

  /// Returns the index of the grid point nearest to `fraction`.
  private func nearestPoint(_ fraction: Double, in points: [Int]) -> Int {
    let target = twips(fraction)
    return points.indices.min { abs(points[$0] - target) < abs(points[$1] - target) }!
  }

  /// Returns the band that contains a grid column's midpoint.
  private func band(of segment: (Int, Int)) -> Int? {
    let middle = Double(segment.0 + segment.1) / 2 / Double(max(barWidth, 1))
    return bands.firstIndex { middle >= $0.start && middle < $0.end }
  }

  private func headerRow(_ header: [String], segments: [(Int, Int)]) -> String {
    let w = WordprocessingML.self
    var cells = textCell(header.first ?? "", width: labelWidth, alignment: .left, bold: true)
    var index = 0
    while index < segments.count {
      let band = self.band(of: segments[index])
      var end = index + 1
      while end < segments.count && self.band(of: segments[end]) == band { end += 1 }
      let width = segments[end - 1].1 - segments[index].0
      let label = band.map { bands[$0].label } ?? ""
      cells += w.cell(
        width: width,
        span: end - index,
        fill: band.map { bands[$0].fill } ?? track,
        properties: "<w:vAlign w:val=\"center\"/>",
        w.paragraph(style: "ChartText", alignment: .center, w.run(label, properties: "<w:b/>"))
      )
      index = end
    }
    for (index, width) in valueWidths.enumerated() {
      let text = index + 1 < header.count ? header[index + 1] : ""
      cells += textCell(text, width: width, alignment: index == 0 ? .right : .center, bold: true)
    }
    return w.row(cells, header: true)
  }

  private func row(_ bar: Bar, points: [Int], segments: [(Int, Int)]) -> String {
    let w = WordprocessingML.self
    let bold = bar.bold
    var cells = textCell(bar.label, width: labelWidth, alignment: .left, bold: bold)
    let end = bar.length.map { nearestPoint($0, in: points) } ?? 0
    var index = 0
    while index < segments.count {
      let fill = band(of: segments[index]).map { bands[$0].fill } ?? track
      let filled = index < end
      var next = index + 1
      while next < segments.count
        && (band(of: segments[next]).map { bands[$0].fill } ?? track) == fill
        && (next < end) == filled
      {
        next += 1
      }
      let paragraph = w.paragraph(
        style: "ChartBar",
        properties: filled ? w.shading(bar.colour) : ""
      )
      cells += w.cell(
        width: segments[next - 1].1 - segments[index].0,
        span: next - index,
        fill: fill,
        properties: "<w:vAlign w:val=\"center\"/>",
        paragraph
      )
      index = next
    }
    for (index, width) in valueWidths.enumerated() {
      let text = index < bar.values.count ? bar.values[index] : ""
      cells += textCell(text, width: width, alignment: index == 0 ? .right : .center, bold: bold)
    }
    return w.row(cells, minimumHeight: 320)
  }

  private func textCell(
    _ text: String,
    width: Int,
    alignment: WordprocessingML.Alignment,
    bold: Bool
  ) -> String {
    let w = WordprocessingML.self
    return w.cell(
      width: width,
      properties: """
        <w:tcMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tcMar>\
        <w:vAlign w:val="center"/>
        """,
      w.paragraph(
        style: "ChartText",
        alignment: alignment,
        text.isEmpty ? "" : w.run(text, properties: bold ? "<w:b/>" : "")
      )
    )
  }
}

extension WordBarTable {
  /// Band backgrounds of the mutu grades, as in the HTML report.
  static func bandFill(_ mutu: Mutu) -> String {
    switch mutu {
    case .a: "D7F0DC"
    case .b: "E8F4D2"
    case .c: "FDF0CF"
    case .d: "F9DCDC"
    }
  }

  /// Returns the mutu bands over a scale from `minimum` to `maximum`. Each band reaches to the
  /// next band's lower bound so that no gap shows between them.
  static func bands(_ bands: [NRRChart.Band], minimum: Double, maximum: Double) -> [Band] {
    let sorted = bands.sorted { $0.lowerBound < $1.lowerBound }
    let scale = { (value: Double) in (value - minimum) / (maximum - minimum) }
    return sorted.enumerated().map { index, band in
      let upper =
        index + 1 < sorted.count ? sorted[index + 1].lowerBound.drawingValue : maximum
      return Band(
        start: scale(max(band.lowerBound.drawingValue, minimum)),
        end: scale(upper),
        fill: bandFill(band.mutu),
        label: band.mutu.rawValue
      )
    }
  }

  /// Creates the chart of each unsur's konversi against the mutu bands, with the unit's index
  /// in red last.
  init(_ chart: NRRChart) {
    let minimum = chart.minimum.drawingValue
    let maximum = chart.maximum.drawingValue
    let scale = { (value: FixedDecimal) in
      (value.drawingValue - minimum) / (maximum - minimum)
    }
    var bars = chart.bars.map {
      Bar(
        label: "\($0.code) \($0.name)",
        length: $0.konversi.map(scale),
        colour: "1F4E79",
        values: [$0.valueText, $0.mutu?.rawValue ?? "–"]
      )
    }
    if let unit = chart.unitKonversi {
      bars.append(
        Bar(label: chart.unitLabel, length: scale(unit), colour: "C0392B", values: [], bold: true)
      )
    }
    self.init(
      title: chart.title,
      bands: Self.bands(chart.bands, minimum: minimum, maximum: maximum),
      track: nil,
      header: ["Unsur", chart.valueHeading, "Mutu"],
      bars: bars,
      legend: chart.bands.sorted { $0.lowerBound < $1.lowerBound }.map(\.label)
        .joined(separator: "   "),
      labelWidth: 3100,
      valueWidths: [1200, 700]
    )
  }

  /// Creates the chart of shares from 0 to 100 percent over a light track.
  init(_ chart: BarChart) {
    self.init(
      title: chart.title,
      bands: [],
      track: "EEF2F6",
      header: nil,
      bars: chart.bars.map {
        Bar(
          label: $0.label,
          length: $0.percent.drawingValue / 100,
          colour: "3B6E9C",
          values: [$0.valueText]
        )
      },
      legend: nil,
      labelWidth: 3400,
      valueWidths: [1000]
    )
  }

  /// Creates the chart of each period's konversi on the 25–100 scale against the mutu bands.
  init(_ chart: TrendChart) {
    let minimum = Mutu.d.lowerBound.drawingValue
    let maximum = Mutu.a.upperBound.drawingValue
    self.init(
      title: chart.title,
      bands: Self.bands(chart.bands, minimum: minimum, maximum: maximum),
      track: nil,
      header: ["", ""],
      bars: chart.points.map {
        Bar(
          label: $0.label,
          length: ($0.konversi.drawingValue - minimum) / (maximum - minimum),
          colour: "1F4E79",
          values: [$0.valueText]
        )
      },
      legend: chart.bands.sorted { $0.lowerBound < $1.lowerBound }.map(\.label)
        .joined(separator: "   "),
      labelWidth: 3000,
      valueWidths: [1000]
    )
  }
}
