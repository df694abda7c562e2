import SKMCore
import SKMScoring

/// A report as structured content, built before any rendering: every figure is already
/// computed by SKMScoring and formatted as text, so renderers only lay it out.
public struct ReportDocument: Sendable {
  public var language: Language
  public var title: String
  /// Lines under the title on the cover: the unit, its parents and the period.
  public var subtitle: [String]
  public var chapters: [ReportChapter]
  /// A line at the end naming what produced the report.
  public var colophon: String
}

/// A chapter (BAB) with its numbered sections.
public struct ReportChapter: Sendable {
  /// The chapter's label, such as "BAB III" or "Chapter III"; `nil` for an unnumbered part.
  public var label: String?
  public var title: String
  public var sections: [ReportSection]
}

/// A section with an optional number ("3.2") and heading.
public struct ReportSection: Sendable {
  public var number: String?
  public var heading: String?
  public var blocks: [ReportBlock]

  public init(number: String? = nil, heading: String? = nil, blocks: [ReportBlock]) {
    self.number = number
    self.heading = heading
    self.blocks = blocks
  }
}

/// A piece of a section's content.
public enum ReportBlock: Sendable {
  case paragraph(String)
  /// Headline figures shown side by side.
  case keyFigures([KeyFigure])
  case table(ReportTable)
  case nrrChart(NRRChart)
  case barChart(BarChart)
  case trendChart(TrendChart)
  case list([String])
  /// A remark set apart from the text, such as a caveat about the figures.
  case note(String)
  case signature(SignatureBlock)
}

/// A labelled headline figure, such as "Nilai konversi: 92,84".
public struct KeyFigure: Sendable {
  public var label: String
  public var value: String
  /// The grade shown beside the value, for colouring.
  public var mutu: Mutu?
}

/// A table whose cells are already formatted text.
public struct ReportTable: Sendable {
  public enum Alignment: Sendable { case leading, trailing, center }

  public var caption: String
  public var header: [String]
  public var alignments: [Alignment]
  public var rows: [[String]]
  /// Rows set apart at the bottom, such as a total.
  public var footer: [[String]]
}

/// Bars of each unsur's konversi (NRR × 25) drawn against the four mutu bands.
public struct NRRChart: Sendable {
  public struct Bar: Sendable {
    public var code: String
    public var name: String
    /// The rounded konversi, or `nil` for an unsur nobody answered.
    public var konversi: FixedDecimal?
    public var valueText: String
    public var mutu: Mutu?
  }

  public struct Band: Sendable {
    public var mutu: Mutu
    public var lowerBound: FixedDecimal
    public var upperBound: FixedDecimal
    public var label: String
  }

  /// A labelled value on the scale.
  public struct Tick: Sendable {
    public var value: FixedDecimal
    public var label: String
  }

  public var title: String
  /// The heading of the bar values where the chart becomes a table, as in Markdown.
  public var valueHeading: String
  public var bars: [Bar]
  public var ticks: [Tick]
  public var bands: [Band]
  /// The scale's ends, 25 and 100.
  public var minimum: FixedDecimal
  public var maximum: FixedDecimal
  public var unitKonversi: FixedDecimal?
  public var unitLabel: String
}

/// Horizontal bars of shares, such as respondents by education, from 0 to 100 percent.
public struct BarChart: Sendable {
  public struct Bar: Sendable {
    public var label: String
    /// The share in percent, rounded for drawing.
    public var percent: FixedDecimal
    public var valueText: String
  }

  public var title: String
  public var bars: [Bar]
}

/// Published konversi values of consecutive periods drawn as a line over the mutu bands.
public struct TrendChart: Sendable {
  public struct Point: Sendable {
    public var label: String
    public var konversi: FixedDecimal
    public var valueText: String
  }

  public var title: String
  public var points: [Point]
  public var bands: [NRRChart.Band]
}

/// The place, date and signature lines of the head of the unit.
public struct SignatureBlock: Sendable {
  /// "Ujoh Bilang, 6 Januari 2026"; `nil` leaves a line to fill in by hand.
  public var placeAndDate: String?
  public var position: String
  public var name: String?
  /// The signatory's NIP (civil servant number), printed under the name.
  public var identifier: String?
}
