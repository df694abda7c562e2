import SKMCore
import SKMScoring

extension LaporanBuilder {
  /// Lampiran: the questionnaire and the processing form per respondent.
  func appendix() -> ReportChapter {
    ReportChapter(
      label: nil,
      title: text("Lampiran", "Appendices"),
      sections: [questionnaireSection(), processingFormSection()]
    )
  }

  private func questionnaireSection() -> ReportSection {
    var blocks: [ReportBlock] = [.paragraph(options.questionnaire.title.text(in: options.language))]
    for item in options.questionnaire.items {
      blocks.append(.paragraph("\(item.unsur.code). \(item.question.text(in: options.language))"))
      blocks.append(
        .list(
          Score.all.map {
            "\($0.letter). \(item.label(for: $0).text(in: options.language)) (\($0.value))"
          }
        )
      )
    }
    return ReportSection(
      number: text("Lampiran 1", "Appendix 1"),
      heading: text("Kuesioner", "Questionnaire"),
      blocks: blocks
    )
  }

  private func processingFormSection() -> ReportSection {
    let heading = text("Pengolahan Data per Responden", "Processing Form per Respondent")
    let number = text("Lampiran 2", "Appendix 2")
    guard !sample.listed.isEmpty else {
      return ReportSection(
        number: number,
        heading: heading,
        blocks: [
          .paragraph(
            text(
              "Tidak ada jawaban per responden untuk dilampirkan.",
              "There are no responses to list."
            )
          )
        ]
      )
    }
    let listed = sample.listed.prefix(options.maximumAppendixRows)
    let rows = listed.enumerated().map { index, response in
      [String(index + 1)]
        + result.unsur.map { response[$0.unsur.key].map { String($0.value) } ?? "" }
    }
    let blank = Array(repeating: "", count: result.unsur.count - 1)
    var blocks: [ReportBlock] = [
      .table(
        ReportTable(
          caption: text(
            "Nilai per responden dan per unsur pelayanan",
            "Scores per respondent and unsur"
          ),
          header: ["No"] + result.unsur.map(\.unsur.code),
          alignments: Array(repeating: .center, count: result.unsur.count + 1),
          rows: rows,
          footer: [
            [text("Σ nilai", "Σ scores")] + result.unsur.map { format.integer($0.total) },
            ["NRR"] + result.unsur.map { format.decimal($0.nrr, places: 3) },
            [text("NRR tertimbang", "Weighted NRR")]
              + result.unsur.map { format.decimal($0.weightedNRR, places: 3) },
            ["IKM", format.decimal(result.ikm, places: 4)] + blank,
            [text("Konversi (IKM × 25)", "Converted (IKM × 25)"), format.decimal(result.konversi)]
              + blank,
          ]
        )
      )
    ]
    if result.respondents > listed.count {
      blocks.append(
        .note(
          text(
            "Hanya \(format.integer(listed.count)) dari \(format.integer(result.respondents)) responden yang dicantumkan; formulir lengkap tersedia sebagai CSV (skm report --format csv). Baris Σ nilai, NRR dan IKM dihitung dari semua responden.",
            "Only \(format.integer(listed.count)) of \(format.integer(result.respondents)) respondents are listed; the full form is available as CSV (skm report --format csv). The Σ, NRR and IKM rows cover all respondents."
          )
        )
      )
    }
    return ReportSection(number: number, heading: heading, blocks: blocks)
  }
}
