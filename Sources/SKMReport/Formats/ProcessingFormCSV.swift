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
    let words = Words(language)
    var lines: [String] = []
    let codes = result.unsur.map(\.unsur.code)
    lines.append(
      ([words.number, words.respondent] + codes).map(CSVField.textCell).joined(separator: ",")
    )
    for (index, response) in responses.enumerated() {
      let scores = result.unsur.map { response[$0.unsur.key].map { String($0.value) } ?? "" }
      lines.append(
        ([String(index + 1), CSVField.textCell(response.id)] + scores).joined(separator: ",")
      )
    }
    lines.append(footer(words.total, result.unsur.map { String($0.total) }))
    lines.append(footer(words.nrr, result.unsur.map { decimal($0.nrr) }))
    lines.append(footer(words.weightedNRR, result.unsur.map { decimal($0.weightedNRR) }))
    lines.append(footer(words.ikm, [decimal(result.ikm)]))
    lines.append(footer(words.konversi, [result.konversi?.description ?? ""]))
    lines.append(footer(words.mutu, [result.mutu?.rawValue ?? ""]))
    return lines.joined(separator: "\r\n") + "\r\n"
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
