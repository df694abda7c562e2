import Foundation
import SKMCore
import SKMScoring

/// Renders a survey's results as an Excel workbook (`.xlsx`, Office Open XML SpreadsheetML)
/// that Excel, LibreOffice Calc and scripts read alike.
///
/// The sheets, named in the report's language:
/// - **Pengolahan** (Processing Form): the regulation's processing form. It has one row per
///   respondent with the score of each unsur, and a blank cell where the respondent left one
///   blank. Then come the rows Σ nilai, NRR, NRR tertimbang, IKM, konversi (IKM × 25), the
///   konversi rounded to two decimals and the mutu. These rows are formulas (`SUM`, `COUNT`,
///   `ROUND`) over the rows above, so the sheet shows how each figure comes about.
/// - **Ringkasan Unsur** (Unsur Summary): per unsur the answers, Σ nilai, NRR, NRR tertimbang,
///   konversi and mutu, then the unit's IKM, konversi, mutu and weight.
/// - **Karakteristik** (Characteristics): respondents per category of each profile question,
///   with their share.
/// - **Per Layanan** (Per Service): the result of each jenis layanan, and **Per Unit** when
///   the responses cover more than one unit.
/// - **Ditolak** (Rejected): the rejected rows' problems, when the caller passes them.
///
/// Every figure comes from SKMScoring. A formula cell also stores its result, the exact figure
/// rounded to 15 decimals, so a reader without a calculation engine sees the same numbers as
/// the other reports. Text from the input (respondent ids, services, rejected values) is
/// written as inline strings, neutralised against formulas and escaped.
///
/// - Note: A spreadsheet that recalculates uses binary floating point. At an exact tie such as a
///   konversi of 88.305, its `ROUND` can give 88.30 where the stored and published value is
///   88.31; the mutu row is text, graded from the exact value.
public enum XLSXWorkbook {
  /// Returns the workbook as the bytes of an `.xlsx` file.
  ///
  /// - Parameters:
  ///   - survey: The counts of the scored responses.
  ///   - responses: The scored responses, one row each on the processing form; they must be the
  ///     responses `survey` counted. Pass an empty array when only counts are at hand: the form
  ///     then lists no respondents and its totals are values, not formulas.
  ///   - weightPolicy: The weight policy of every index in the workbook.
  ///   - rejected: The problems of the rows rejected on import, each with its line, column and
  ///     value; `nil` leaves the Ditolak sheet out.
  ///   - language: The language of sheet names, headings and labels.
  /// - Throws: ``SKMError`` with code ``SKMError/Code/reportArchiveTooLarge`` when the workbook
  ///   passes the size limit of its ZIP container.
  public static func render(
    survey: SurveyAccumulator,
    responses: [Response],
    weightPolicy: WeightPolicy = .exact,
    rejected: [SKMError]? = nil,
    language: Language = .indonesian
  ) throws(SKMError) -> Data {
    let sheets = self.sheets(
      survey: survey,
      responses: responses,
      weightPolicy: weightPolicy,
      rejected: rejected,
      language: language
    )
    let title = language == .indonesian ? "Pengolahan Data SKM" : "SKM Data Processing"
    return try SpreadsheetML.package(sheets, title: title, language: language).archive()
  }

  /// Returns the workbook's sheets before they are written, for ``render(survey:responses:weightPolicy:rejected:language:)``
  /// and for tests.
  static func sheets(
    survey: SurveyAccumulator,
    responses: [Response],
    weightPolicy: WeightPolicy,
    rejected: [SKMError]?,
    language: Language
  ) -> [Worksheet] {
    let builder = WorkbookBuilder(
      survey: survey,
      result: IKMResult(survey.overall, weightPolicy: weightPolicy),
      language: language
    )
    var sheets = [
      builder.processingForm(responses), builder.unsurSummary(), builder.characteristics(),
      builder.groups(
        survey.serviceResults(weightPolicy: weightPolicy),
        sheetName: builder.text("Per Layanan", "Per Service"),
        nameHeader: builder.text("Jenis layanan", "Service"),
        emptyText: builder.text("Data tidak mencatat jenis layanan.", "The data record no service.")
      ),
    ]
    if survey.byUnit.count > 1 {
      sheets.append(
        builder.groups(
          survey.unitResults(weightPolicy: weightPolicy),
          sheetName: "Per Unit",
          nameHeader: "Unit",
          emptyText: ""
        )
      )
    }
    if let rejected { sheets.append(builder.rejections(rejected)) }
    return sheets
  }
}
