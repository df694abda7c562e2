import SKMCore
import SKMScoring

/// The regulation's processing form (pengolahan data per responden dan per unsur) as CSV.
///
/// One row per respondent with the score of each unsur (empty where left blank), then the rows
/// Σ nilai, NRR, NRR tertimbang, IKM and konversi (IKM × 25). Unrounded figures have six
/// decimals, the konversi two; every figure comes from the ``IKMResult``. Decimals use a point
/// and fields a comma (RFC 4180), so any spreadsheet or script reads the file the same way.
public enum ProcessingFormCSV {
  static let places = 6

  /// Returns the form for `responses`, which must be the responses `result` was computed from.
  public static func render(
    result: IKMResult,
    responses: [Response],
    language: Language = .indonesian
  ) -> String {
    var lines = [header(result: result, language: language)]
    for (index, response) in responses.enumerated() {
      lines.append(row(number: index + 1, response: response, result: result))
    }
    lines.append(footer(result: result, language: language))
    return lines.joined(separator: "\r\n") + "\r\n"
  }

  /// Returns the header line, for a host that writes the form a row at a time.
  public static func header(result: IKMResult, language: Language = .indonesian) -> String {
    let words = Words(language)
    let codes = result.unsur.map(\.unsur.code)
    return ([words.number, words.respondent] + codes).map(CSVField.textCell).joined(separator: ",")
  }

  /// Returns the line of the respondent numbered `number`, without a line terminator.
  public static func row(number: Int, response: Response, result: IKMResult) -> String {
    let scores = result.unsur.map { response[$0.unsur.key].map { String($0.value) } ?? "" }
    return ([String(number), CSVField.textCell(response.id)] + scores).joined(separator: ",")
  }

  /// Returns the lines Σ nilai, NRR, NRR tertimbang, IKM, konversi and mutu, separated by CRLF
  /// and without a final terminator.
  public static func footer(result: IKMResult, language: Language = .indonesian) -> String {
    let words = Words(language)
    return [
      footer(words.total, result.unsur.map { String($0.total) }),
      footer(words.nrr, result.unsur.map { decimal($0.nrr) }),
      footer(words.weightedNRR, result.unsur.map { decimal($0.weightedNRR) }),
      footer(words.ikm, [decimal(result.ikm)]),
      footer(words.konversi, [result.konversi?.description ?? ""]),
      footer(words.mutu, [result.mutu?.rawValue ?? ""]),
    ].joined(separator: "\r\n")
  }

  private static func footer(_ label: String, _ values: [String]) -> String {
    ([CSVField.textCell(label), ""] + values).joined(separator: ",")
  }

  private static func decimal(_ value: Rational?) -> String {
    value?.rounded(places: places).description ?? ""
  }

  private struct Words {
    let number, respondent, total, nrr, weightedNRR, ikm, konversi, mutu: String

    init(_ language: Language) {
      switch language {
      case .indonesian:
        (number, respondent, total, nrr) = (
          "No", "ID Responden", "Jumlah nilai per unsur", "NRR per unsur"
        )
        (weightedNRR, ikm) = ("NRR tertimbang per unsur", "IKM (jumlah NRR tertimbang)")
        (konversi, mutu) = ("Konversi IKM (IKM × 25)", "Mutu pelayanan")
      case .english:
        (number, respondent, total, nrr) = (
          "No", "Respondent ID", "Sum of scores per unsur", "NRR per unsur"
        )
        (weightedNRR, ikm) = ("Weighted NRR per unsur", "IKM (sum of weighted NRR)")
        (konversi, mutu) = ("IKM conversion (IKM × 25)", "Service quality (mutu)")
      }
    }
  }
}
