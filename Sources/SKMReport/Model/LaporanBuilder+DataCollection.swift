import SKMCore
import SKMScoring

extension LaporanBuilder {
  /// BAB II Pengumpulan Data: who, how, where and when, and how many respondents.
  func dataCollection() -> ReportChapter {
    let team = options.surveyTeam ?? text("Tim SKM \(unitPhrase)", "The SKM team of \(unitPhrase)")
    let method = options.collectionMethod ?? text("kuesioner", "a questionnaire")
    let k = options.questionnaire.items.count
    return ReportChapter(
      label: chapterLabel(2),
      title: text("Pengumpulan Data", "Data Collection"),
      sections: [
        ReportSection(
          number: "2.1",
          heading: text("Pelaksana", "Conducted by"),
          blocks: [.paragraph(team)]
        ),
        ReportSection(
          number: "2.2",
          heading: text("Metode", "Method"),
          blocks: [
            .paragraph(
              text(
                "Data dikumpulkan dengan \(method) yang berisi \(k) unsur pelayanan sesuai PermenPANRB Nomor 14 Tahun 2017. Setiap unsur dijawab dengan salah satu dari empat pilihan yang bernilai 1 sampai 4 (lihat Lampiran 1).",
                "Data were collected with \(method) of \(k) service elements (unsur) as set by PermenPANRB No. 14 of 2017. Each unsur is answered with one of four options scoring 1 to 4 (see Appendix 1)."
              )
            )
          ]
        ),
        ReportSection(
          number: "2.3",
          heading: text("Lokasi dan Waktu Pelaksanaan", "Place and Time"),
          blocks: [.paragraph(placeAndTime())]
        ),
        ReportSection(
          number: "2.4",
          heading: text("Penentuan Jumlah Responden", "Number of Respondents"),
          blocks: sampleBlocks() + [.table(collectionTable())]
        ),
      ]
    )
  }

  private func placeAndTime() -> String {
    let place = options.place.map { text("di \($0)", "in \($0)") }
    let span = submissionSpan().map {
      text("dengan pengisian \($0)", "with answers submitted \($0)")
    }
    let parts = [place, options.periodName.map { text("pada \($0)", "for \($0)") }, span]
      .compactMap { $0 }
    guard !parts.isEmpty else {
      return text(
        "Lokasi dan waktu pelaksanaan tidak dicatat dalam data.",
        "The data record no place or time of the survey."
      )
    }
    return text("Survei dilaksanakan ", "The survey was carried out ")
      + parts.joined(separator: ", ") + "."
  }

  func submissionSpan() -> String? {
    guard let first = sample.firstSubmission, let last = sample.lastSubmission else { return nil }
    let name = { Period.dateName($0, in: options.language) }
    return first == last
      ? text("pada \(name(first))", "on \(name(first))")
      : text("dari \(name(first)) sampai \(name(last))", "from \(name(first)) to \(name(last))")
  }

  private func sampleBlocks() -> [ReportBlock] {
    let respondents = result.respondents
    guard let population = options.population,
      let required = SampleSize.krejcieMorgan(population: population)
    else {
      return [
        .paragraph(
          text(
            "Jumlah populasi penerima layanan tidak diberikan, sehingga jumlah sampel minimal tidak dihitung. Jumlah responden yang dihitung adalah \(format.integer(respondents)).",
            "The population of service recipients was not given, so the minimum sample was not computed. \(format.integer(respondents)) respondents were scored."
          )
        )
      ]
    }
    var blocks: [ReportBlock] = [
      .paragraph(
        text(
          "Jumlah sampel minimal ditentukan dengan tabel Krejcie dan Morgan pada lampiran PermenPANRB Nomor 14 Tahun 2017. Untuk populasi \(format.integer(population)) penerima layanan, sampel minimal adalah \(format.integer(required)) responden; yang dihitung adalah \(format.integer(respondents)) responden.",
          "The minimum sample follows the Krejcie and Morgan table in the appendix of PermenPANRB No. 14 of 2017. For a population of \(format.integer(population)) service recipients the minimum is \(format.integer(required)) respondents; \(format.integer(respondents)) were scored."
        )
      )
    ]
    if respondents < required {
      blocks.append(
        .note(
          text(
            "Jumlah responden kurang \(format.integer(required - respondents)) dari sampel minimal, sehingga hasil survei belum mewakili populasi sebagaimana disyaratkan.",
            "The survey is \(format.integer(required - respondents)) respondents short of the minimum sample, so its results do not yet represent the population as required."
          )
        )
      )
    }
    return blocks
  }

  private func collectionTable() -> ReportTable {
    let collection =
      options.collection ?? DataCollection(collected: result.respondents, rejected: 0)
    var rows = [
      [
        text("Kuesioner terkumpul", "Questionnaires collected"),
        format.integer(collection.collected),
      ]
    ]
    rows += countRows(
      text("Ditolak karena isian tidak valid", "Rejected as invalid"),
      collection.rejected,
      collection.rejectionReasons
    )
    rows += countRows(
      text("Dikecualikan oleh pemeriksaan mutu data", "Excluded by data-quality checks"),
      collection.excluded,
      collection.exclusionReasons
    )
    rows.append([
      text("Kuesioner yang dihitung", "Questionnaires scored"), format.integer(collection.scored),
    ])
    return ReportTable(
      caption: text("Pengumpulan data", "Data collection"),
      header: [text("Keterangan", "Item"), text("Jumlah", "Number")],
      alignments: [.leading, .trailing],
      rows: rows,
      footer: []
    )
  }

  /// Returns a row for a count and, when it is not zero, one indented row per reason.
  private func countRows(_ label: String, _ count: Int, _ reasons: [ReasonCount]) -> [[String]] {
    guard count > 0 else { return [] }
    return [[label, format.integer(count)]]
      + reasons.map { ["    – " + $0.reason.text(in: options.language), format.integer($0.count)] }
  }
}
