import SKMCore
import SKMScoring

extension LaporanBuilder {
  /// 3.1 Karakteristik Responden: one table and one bar chart per profile question.
  func characteristicsSection() -> ReportSection {
    let characteristics = survey.characteristics
    let breakdowns: [(String, Breakdown)] = [
      (text("Jenis kelamin", "Sex"), characteristics.genderBreakdown),
      (text("Usia", "Age"), characteristics.ageBreakdown),
      (text("Pendidikan", "Education"), characteristics.educationBreakdown),
      (text("Pekerjaan", "Occupation"), characteristics.occupationBreakdown),
      (text("Jenis layanan", "Service"), characteristics.serviceBreakdown),
    ]
    var blocks: [ReportBlock] = []
    for (title, breakdown) in breakdowns {
      blocks.append(.table(breakdownTable(title, breakdown)))
      if breakdown.rows.contains(where: { $0.count > 0 }) {
        blocks.append(.barChart(breakdownChart(title, breakdown)))
      }
    }
    return ReportSection(
      number: "3.1",
      heading: text("Karakteristik Responden", "Respondent Characteristics"),
      blocks: blocks
    )
  }

  private func breakdownTable(_ title: String, _ breakdown: Breakdown) -> ReportTable {
    var rows = breakdown.rows.map {
      [$0.label.text(in: options.language), format.integer($0.count), format.percent($0.share)]
    }
    if breakdown.unknown > 0 {
      rows.append([
        text("Tidak diisi atau tidak dikenali", "Not given or not recognised"),
        format.integer(breakdown.unknown), format.percent(breakdown.unknownShare),
      ])
    }
    return ReportTable(
      caption: text(
        "Responden menurut \(title.lowercased())",
        "Respondents by \(title.lowercased())"
      ),
      header: [title, text("Jumlah", "Number"), text("Persentase", "Share")],
      alignments: [.leading, .trailing, .trailing],
      rows: rows,
      footer: [
        [
          text("Jumlah", "Total"), format.integer(breakdown.total),
          breakdown.total > 0 ? format.percent(Rational.one) : "–",
        ]
      ]
    )
  }

  private func breakdownChart(_ title: String, _ breakdown: Breakdown) -> BarChart {
    BarChart(
      title: text(
        "Persentase responden menurut \(title.lowercased())",
        "Share of respondents by \(title.lowercased())"
      ),
      bars: breakdown.rows.map {
        BarChart.Bar(
          label: $0.label.text(in: options.language),
          percent: (($0.share ?? .zero) * Rational(100)).rounded(places: 1),
          valueText: format.percent($0.share)
        )
      }
    )
  }
}
