import SKMCore
import SKMScoring

extension LaporanBuilder {
  func dataSection() -> ReportSection {
    let collection =
      options.collection
      ?? DataCollection(collected: result.respondents, rejected: 0)
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
    if let span = submissionSpan() {
      rows.append([text("Rentang pengisian", "Submitted between"), span])
    }
    let table = ReportTable(
      caption: text("Pengumpulan data", "Data collection"),
      header: [text("Keterangan", "Item"), text("Jumlah", "Value")],
      alignments: [.leading, .trailing],
      rows: rows,
      footer: []
    )
    return ReportSection(
      heading: text("Data dan Metode", "Data and Method"),
      blocks: [.table(table), .paragraph(methodText()), .table(bandTable())]
    )
  }

  /// Returns a row for a count and, when it is not zero, one indented row per reason.
  private func countRows(_ label: String, _ count: Int, _ reasons: [ReasonCount]) -> [[String]] {
    guard count > 0 else { return [] }
    return [[label, format.integer(count)]]
      + reasons.map { ["    – " + $0.reason.text(in: options.language), format.integer($0.count)] }
  }

  private func submissionSpan() -> String? {
    let dates = responses.compactMap { $0.submittedAt?.date }
    guard let first = dates.min(), let last = dates.max() else { return nil }
    let name = { Period.dateName($0, in: options.language) }
    return first == last ? name(first) : "\(name(first)) – \(name(last))"
  }

  private func methodText() -> String {
    let weight: String
    if result.weightPolicy.isRegulation {
      weight = text(
        "bobot setiap unsur \(result.weight) (tepat, tanpa pembulatan)",
        "a weight of exactly \(result.weight) per unsur (no rounding)"
      )
    } else {
      let fixed = format.decimal(result.weight, places: result.weightPolicy.name.count - 2)
      weight = text(
        "bobot tetap \(fixed) (kebijakan lama untuk rekonsiliasi, bukan ketentuan peraturan)",
        "the fixed weight \(fixed) (a legacy policy for reconciliation, not the regulation)"
      )
    }
    return text(
      "Nilai dihitung menurut PermenPANRB Nomor 14 Tahun 2017: NRR setiap unsur adalah jumlah nilai dibagi jumlah responden yang menjawab unsur itu (jawaban kosong tidak dihitung sebagai 0); IKM adalah jumlah NRR dikali \(weight); nilai konversi adalah IKM × 25, dibulatkan setengah ke atas menjadi dua desimal hanya pada langkah terakhir. Mutu pelayanan ditentukan dari nilai konversi yang sudah dibulatkan menurut tabel berikut.",
      "Figures follow PermenPANRB No. 14 of 2017: each unsur's NRR is its sum of scores divided by the respondents who answered it (a blank answer never counts as 0); the IKM is the sum of NRR times \(weight); the converted value is IKM × 25, rounded half-up to two decimals only at the last step. The service quality grade (mutu) is read from the rounded converted value in this table."
    )
  }

  private func bandTable() -> ReportTable {
    ReportTable(
      caption: text(
        "Nilai persepsi, interval konversi dan mutu pelayanan",
        "Converted value bands and service quality"
      ),
      header: [
        text("Nilai konversi", "Converted value"), text("Mutu pelayanan", "Service quality"),
        text("Kinerja unit pelayanan", "Unit performance"),
      ],
      alignments: [.center, .center, .leading],
      rows: Mutu.allCases.reversed().map {
        [
          "\(format.decimal($0.lowerBound)) – \(format.decimal($0.upperBound))", $0.rawValue,
          $0.kinerja.text(in: options.language),
        ]
      },
      footer: []
    )
  }

  func suggestionSection() -> ReportSection {
    let suggestions = responses.compactMap { response -> String? in
      guard let suggestion = response.suggestion?.trimmingWhitespace(), !suggestion.isEmpty else {
        return nil
      }
      guard let service = response.service else { return suggestion }
      return "\(suggestion) — \(service)"
    }
    let blocks: [ReportBlock] =
      suggestions.isEmpty
      ? [
        .paragraph(
          text("Tidak ada saran tertulis dari responden.", "Respondents wrote no suggestions.")
        )
      ]
      : [
        .paragraph(
          text(
            "\(format.integer(suggestions.count)) responden menuliskan saran, dikutip apa adanya:",
            "\(format.integer(suggestions.count)) respondents wrote a suggestion, quoted as written:"
          )
        ),
        .list(suggestions),
      ]
    return ReportSection(
      heading: text("Saran Responden", "Respondents' Suggestions"),
      blocks: blocks
    )
  }
}

extension String {
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
    return String(scalars[start...end])
  }
}
