import SKMCore
import SKMScoring

/// Builds the laporan hasil SKM of one unit and period as a ``ReportDocument``.
///
/// The builder only selects and formats figures of the ``IKMResult``; it computes none.
public struct LaporanBuilder {
  let result: IKMResult
  let responses: [Response]
  let options: LaporanOptions
  let format: ReportFormatting

  public init(result: IKMResult, responses: [Response], options: LaporanOptions = LaporanOptions())
  {
    self.result = result
    self.responses = responses
    self.options = options
    self.format = ReportFormatting(language: options.language)
  }

  /// Returns the report: a summary, the results per unsur with their chart, the analysis, the
  /// data and method, and the respondents' suggestions.
  public func build() -> ReportDocument {
    ReportDocument(
      language: options.language,
      title: text("Laporan Survei Kepuasan Masyarakat", "Public Satisfaction Survey Report"),
      subtitle: [unitName, periodName].compactMap { $0 },
      sections: [
        summarySection(), unsurSection(), analysisSection(), dataSection(), suggestionSection(),
      ],
      colophon: text(
        "Dihitung menurut PermenPANRB Nomor 14 Tahun 2017 dengan pustaka SKM.",
        "Computed under PermenPANRB No. 14 of 2017 with the SKM library."
      )
    )
  }

  var unitName: String? { options.unitName }
  var periodName: String? { options.periodName }

  func text(_ indonesian: String, _ english: String) -> String {
    options.language == .indonesian ? indonesian : english
  }
}
