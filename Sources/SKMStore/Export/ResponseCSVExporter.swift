import SKMCore

/// Writes responses as a clean CSV that ``ResponseCSVImporter`` reads back to the same scores
/// and profiles; a text cell neutralised against formulas keeps its leading apostrophe.
///
/// Columns: `id`, `created_at`, `unit`, `jenis_layanan`, `jenis_kelamin`, `usia`, `pendidikan`,
/// `pekerjaan`, one column per unsur headed by its code (`U1`…), `saran` and `versi_kuesioner`.
/// Every text cell is neutralised against spreadsheet formulas: text starting with `=`, `+`,
/// `-`, `@`, a tab or a carriage return gets a leading apostrophe. The response's source (a
/// device id or IP address) is not exported.
public struct ResponseCSVExporter: Sendable {
  public var questionnaire: Questionnaire

  public init(questionnaire: Questionnaire = .standard) {
    self.questionnaire = questionnaire
  }

  /// The header line, without its line break.
  public var header: String {
    ([
      "id", "created_at", "unit", "jenis_layanan", "jenis_kelamin", "usia", "pendidikan",
      "pekerjaan",
    ]
      + questionnaire.unsur.map(\.code) + ["saran", "versi_kuesioner"])
      .joined(separator: ",")
  }

  /// Returns one response as a CSV line, without its line break.
  public func line(for response: Response) -> String {
    let text = { (value: String?) in CSVField.textCell(value ?? "") }
    var cells = [
      text(response.id), text(response.submittedAt?.description), text(response.unitID),
      text(response.service), text(response.profile.gender?.rawValue),
      response.profile.age.map(String.init) ?? "", text(response.profile.education),
      text(response.profile.occupation),
    ]
    cells += questionnaire.unsur.map { response[$0.key].map { String($0.value) } ?? "" }
    cells += [text(response.suggestion), response.questionnaireVersion.map(String.init) ?? ""]
    return cells.joined(separator: ",")
  }

  /// Returns the whole file, with CRLF line breaks as RFC 4180 specifies.
  public func render(_ responses: [Response]) -> String {
    ([header] + responses.map(line(for:))).joined(separator: "\r\n") + "\r\n"
  }
}
