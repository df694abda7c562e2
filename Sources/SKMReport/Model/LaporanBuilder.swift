import SKMCore
import SKMScoring

/// Builds the laporan hasil SKM of one unit and period as a ``ReportDocument``, in the outline
/// units use: a cover, BAB I Pendahuluan, BAB II Pengumpulan Data, BAB III Hasil Pengolahan
/// Data, BAB IV Analisis, BAB V Kesimpulan and the Lampiran.
///
/// The builder only selects and formats figures that SKMScoring computed; it computes none.
public struct LaporanBuilder {
  let survey: SurveyAccumulator
  let result: IKMResult
  let sample: ResponseSample
  let options: LaporanOptions
  let format: ReportFormatting

  /// Creates a builder from the counts of one pass over the responses and what it kept of
  /// them.
  ///
  /// - Parameters:
  ///   - survey: The counts of the scored responses.
  ///   - weightPolicy: The weight policy of every index in the report.
  ///   - sample: The first responses, the suggestions and the submission dates of the same
  ///     responses; an empty sample leaves them out.
  public init(
    survey: SurveyAccumulator,
    weightPolicy: WeightPolicy = .exact,
    sample: ResponseSample,
    options: LaporanOptions = LaporanOptions()
  ) {
    self.survey = survey
    self.result = IKMResult(survey.overall, weightPolicy: weightPolicy)
    self.sample = sample
    self.options = options
    self.format = ReportFormatting(language: options.language)
  }

  /// Creates a builder from the counts of one pass over the responses.
  ///
  /// - Parameters:
  ///   - survey: The counts of the scored responses.
  ///   - weightPolicy: The weight policy of every index in the report.
  ///   - responses: The scored responses, for the suggestions and the processing form in the
  ///     appendix; pass an empty array to leave both out.
  public init(
    survey: SurveyAccumulator,
    weightPolicy: WeightPolicy = .exact,
    responses: [Response],
    options: LaporanOptions = LaporanOptions()
  ) {
    var sample = ResponseSample(limits: options.sampleLimits)
    for response in responses { sample.add(response) }
    self.init(survey: survey, weightPolicy: weightPolicy, sample: sample, options: options)
  }

  /// Creates a builder that counts `responses` itself.
  public init(
    responses: [Response],
    weightPolicy: WeightPolicy = .exact,
    options: LaporanOptions = LaporanOptions()
  ) {
    var survey = SurveyAccumulator(questionnaire: options.questionnaire, ageBands: options.ageBands)
    for response in responses { survey.add(response) }
    self.init(survey: survey, weightPolicy: weightPolicy, responses: responses, options: options)
  }

  public func build() -> ReportDocument {
    ReportDocument(
      language: options.language,
      title: text("Laporan Survei Kepuasan Masyarakat", "Public Satisfaction Survey Report"),
      subtitle: [options.unitName, options.organization, options.region, options.periodName]
        .compactMap { $0 },
      chapters: [
        introduction(), dataCollection(), results(), analysis(), conclusion(), appendix(),
      ],
      colophon: text(
        "Dihitung menurut PermenPANRB Nomor 14 Tahun 2017 dengan pustaka SKM.",
        "Computed under PermenPANRB No. 14 of 2017 with the SKM library."
      )
    )
  }

  /// The unit's name for running text, or a generic phrase.
  var unitPhrase: String {
    options.unitName ?? text("unit pelayanan ini", "this service unit")
  }

  func text(_ indonesian: String, _ english: String) -> String {
    options.language == .indonesian ? indonesian : english
  }

  /// The chapter label, such as "BAB II" or "Chapter II".
  func chapterLabel(_ number: Int) -> String {
    let roman = ["", "I", "II", "III", "IV", "V", "VI"][number]
    return text("BAB \(roman)", "Chapter \(roman)")
  }

  func describe(_ unsur: UnsurResult) -> String {
    let name = unsur.unsur.name.text(in: options.language)
    return
      "\(unsur.unsur.code) \(name) (NRR \(format.decimal(unsur.nrr, places: 4)), \(text("konversi", "converted")) \(format.decimal(unsur.konversi)), mutu \(unsur.mutu?.rawValue ?? "–"))"
  }
}
