import SKMCore
import SKMScoring

/// The one-page publication summary that units post on their web site: the index, the grade,
/// the respondents, the period and the nine unsur.
public struct Infographic: Sendable {
  public var language: Language
  public var title: String
  public var unitName: String?
  public var periodName: String?
  public var figures: [KeyFigure]
  public var headline: String
  public var chart: NRRChart
  /// Short lines under the chart, such as the weakest and strongest unsur.
  public var highlights: [String]
  public var footnote: String
}

extension LaporanBuilder {
  /// Returns the publication summary of the same figures as the full report.
  public func infographic() -> Infographic {
    var highlights: [String] = []
    if let weakest = result.weakest, let strongest = result.strongest {
      highlights.append(text("Tertinggi: ", "Highest: ") + describeShort(strongest))
      highlights.append(text("Terendah: ", "Lowest: ") + describeShort(weakest))
    }
    return Infographic(
      language: options.language,
      title: text("Indeks Kepuasan Masyarakat", "Public Satisfaction Index"),
      unitName: options.unitName,
      periodName: options.periodName,
      figures: keyFigures(),
      headline: headline(),
      chart: chart(),
      highlights: highlights,
      footnote: text(
        "Survei Kepuasan Masyarakat menurut PermenPANRB Nomor 14 Tahun 2017. Nilai konversi = IKM × 25; mutu A 88,31–100, B 76,61–88,30, C 65,00–76,60, D 25,00–64,99.",
        "Public Satisfaction Survey under PermenPANRB No. 14 of 2017. Converted value = IKM × 25; grade A 88.31–100, B 76.61–88.30, C 65.00–76.60, D 25.00–64.99."
      )
    )
  }

  private func describeShort(_ unsur: UnsurResult) -> String {
    "\(unsur.unsur.code) \(unsur.unsur.name.text(in: options.language)) (\(format.decimal(unsur.konversi)))"
  }
}
