import SKMCore
import SKMScoring

extension LaporanBuilder {
  /// BAB III Hasil Pengolahan Data: respondents, the unit's IKM, and the IKM per service and
  /// per unit.
  func results() -> ReportChapter {
    var sections = [characteristicsSection(), indexSection(), serviceSection()]
    if survey.byUnit.count > 1 { sections.append(unitSection()) }
    return ReportChapter(
      label: chapterLabel(3),
      title: text("Hasil Pengolahan Data", "Results"),
      sections: sections
    )
  }

  private func indexSection() -> ReportSection {
    var blocks: [ReportBlock] = [.keyFigures(keyFigures()), .paragraph(headline())]
    blocks += [.table(unsurTable()), .nrrChart(chart())]
    if let note = unansweredNote(result) { blocks.append(.note(note)) }
    blocks += [.paragraph(methodText()), .table(bandTable())]
    return ReportSection(
      number: "3.2",
      heading: text("Indeks Kepuasan Masyarakat", "Public Satisfaction Index (IKM)"),
      blocks: blocks
    )
  }

  func keyFigures() -> [KeyFigure] {
    [
      KeyFigure(label: text("Responden", "Respondents"), value: format.integer(result.respondents)),
      KeyFigure(
        label: text("Nilai IKM (skala 1–4)", "IKM value (1–4 scale)"),
        value: format.decimal(result.ikm, places: 4)
      ),
      KeyFigure(
        label: text("Nilai konversi (25–100)", "Converted value (25–100)"),
        value: format.decimal(result.konversi),
        mutu: result.mutu
      ),
      KeyFigure(
        label: text("Mutu pelayanan", "Service quality (mutu)"),
        value: result.mutu.map { "\($0.rawValue) · \($0.kinerja.text(in: options.language))" }
          ?? "–",
        mutu: result.mutu
      ),
    ]
  }

  /// Returns the one-sentence result, or the reason there is none.
  func headline() -> String {
    guard let konversi = result.konversi, let mutu = result.mutu else {
      return text(
        "Belum ada jawaban yang dapat dihitung, sehingga nilai IKM belum tersedia.",
        "There are no answers to score yet, so no IKM is available."
      )
    }
    return text(
      "Nilai IKM \(unitPhrase)\(periodSuffix) adalah \(format.decimal(konversi)) dari \(format.integer(result.respondents)) responden, dengan mutu pelayanan \(mutu.rawValue) dan kinerja unit pelayanan \(mutu.kinerja.indonesian.lowercased()).",
      "The IKM of \(unitPhrase)\(periodSuffix) is \(format.decimal(konversi)) from \(format.integer(result.respondents)) respondents: service quality \(mutu.rawValue), unit performance \(mutu.kinerja.english.lowercased())."
    )
  }

  private func unsurTable() -> ReportTable {
    let rows = result.unsur.enumerated().map { index, unsur in
      [
        String(index + 1), unsur.unsur.code, unsur.unsur.name.text(in: options.language),
        format.integer(unsur.answered), format.integer(unsur.total),
        format.decimal(unsur.nrr, places: 4), format.decimal(unsur.weightedNRR, places: 4),
        format.decimal(unsur.konversi), unsur.mutu?.rawValue ?? "–",
      ]
    }
    return ReportTable(
      caption: text("Nilai per unsur pelayanan", "Figures per service element (unsur)"),
      header: [
        "No", text("Kode", "Code"), "Unsur", text("Jawaban", "Answers"),
        "Σ " + text("nilai", "scores"), "NRR", text("NRR tertimbang", "Weighted NRR"),
        text("Konversi", "Converted"), "Mutu",
      ],
      alignments: [
        .trailing, .center, .leading, .trailing, .trailing, .trailing, .trailing, .trailing,
        .center,
      ],
      rows: rows,
      footer: [
        [
          "", "", text("IKM (jumlah NRR tertimbang)", "IKM (sum of weighted NRR)"), "", "", "",
          format.decimal(result.ikm, places: 4), format.decimal(result.konversi),
          result.mutu?.rawValue ?? "–",
        ]
      ]
    )
  }

  func chart() -> NRRChart {
    NRRChart(
      title: text(
        "Nilai konversi per unsur terhadap batas mutu pelayanan",
        "Converted value per unsur against the service quality bands"
      ),
      valueHeading: text("Konversi", "Converted"),
      bars: result.unsur.map {
        NRRChart.Bar(
          code: $0.unsur.code,
          name: $0.unsur.name.text(in: options.language),
          konversi: $0.konversi,
          valueText: format.decimal($0.konversi),
          mutu: $0.mutu
        )
      },
      ticks: ["25.00", "50.00", "65.00", "76.61", "88.31", "100.00"].map {
        let value = FixedDecimal($0)!
        let label = format.decimal(value)
        return NRRChart.Tick(
          value: value,
          label: label.hasSuffix("00") ? String(label.dropLast(3)) : label
        )
      },
      bands: bands(),
      minimum: Mutu.d.lowerBound,
      maximum: Mutu.a.upperBound,
      unitKonversi: result.konversi,
      unitLabel: "IKM \(format.decimal(result.konversi))"
    )
  }

  func bands() -> [NRRChart.Band] {
    Mutu.allCases.map {
      NRRChart.Band(
        mutu: $0,
        lowerBound: $0.lowerBound,
        upperBound: $0.upperBound,
        label: "\($0.rawValue) · \($0.kinerja.text(in: options.language))"
      )
    }
  }

  /// Explains an unsur nobody answered, which is left out of `result`.
  func unansweredNote(_ result: IKMResult) -> String? {
    guard !result.unansweredUnsur.isEmpty else { return nil }
    let codes = result.unansweredUnsur.map(\.code).joined(separator: ", ")
    let consequence =
      result.weightPolicy.isRegulation
      ? text(
        "bobot setiap unsur lain menjadi \(result.weight)",
        "each other unsur weighs \(result.weight)"
      )
      : text(
        "dengan bobot tetap, nilai IKM menjadi lebih rendah daripada bila semua unsur dijawab",
        "with a fixed weight the IKM is lower than if every unsur had been answered"
      )
    return text(
      "Unsur \(codes) tidak dijawab oleh satu pun responden, sehingga tidak ikut dihitung: \(consequence).",
      "Nobody answered unsur \(codes), so it is left out of the index: \(consequence)."
    )
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
      "NRR setiap unsur adalah jumlah nilai dibagi jumlah responden yang menjawab unsur itu (jawaban kosong tidak dihitung sebagai 0); IKM adalah jumlah NRR dikali \(weight); nilai konversi adalah IKM × 25, dibulatkan setengah ke atas menjadi dua desimal hanya pada langkah terakhir. Mutu pelayanan ditentukan dari nilai konversi yang sudah dibulatkan menurut tabel berikut.",
      "Each unsur's NRR is its sum of scores divided by the respondents who answered it (a blank answer never counts as 0); the IKM is the sum of NRR times \(weight); the converted value is IKM × 25, rounded half-up to two decimals only at the last step. The service quality grade (mutu) is read from the rounded converted value in this table."
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

  private func serviceSection() -> ReportSection {
    let groups = survey.serviceResults(weightPolicy: result.weightPolicy)
    guard !groups.isEmpty else {
      return ReportSection(
        number: "3.3",
        heading: text("IKM per Jenis Layanan", "IKM per Service"),
        blocks: [
          .paragraph(text("Data tidak mencatat jenis layanan.", "The data record no service."))
        ]
      )
    }
    var blocks: [ReportBlock] = [
      .table(groupTable(groups, nameHeader: text("Jenis layanan", "Service")))
    ]
    for group in groups {
      if let note = unansweredNote(group.result) { blocks.append(.note("\(group.name): \(note)")) }
    }
    let unassigned = result.respondents - groups.reduce(0) { $0 + $1.result.respondents }
    if unassigned > 0 {
      blocks.append(
        .note(
          text(
            "\(format.integer(unassigned)) responden tidak mencatat jenis layanan; mereka ikut dihitung dalam IKM unit, tetapi tidak dalam tabel ini.",
            "\(format.integer(unassigned)) respondents recorded no service; they count in the unit's IKM but not in this table."
          )
        )
      )
    }
    return ReportSection(
      number: "3.3",
      heading: text("IKM per Jenis Layanan", "IKM per Service"),
      blocks: blocks
    )
  }

  func groupTable(_ groups: [GroupResult], nameHeader: String) -> ReportTable {
    ReportTable(
      caption: text(
        "Nilai per \(nameHeader.lowercased())",
        "Figures per \(nameHeader.lowercased())"
      ),
      header: [
        nameHeader, text("Responden", "Respondents"), text("IKM", "IKM"),
        text("Konversi", "Converted"), "Mutu", text("Unsur terendah", "Lowest unsur"),
      ],
      alignments: [.leading, .trailing, .trailing, .trailing, .center, .leading],
      rows: groups.map { group in
        [
          group.name, format.integer(group.result.respondents),
          format.decimal(group.result.ikm, places: 4), format.decimal(group.result.konversi),
          group.result.mutu?.rawValue ?? "–", lowestCode(group.result),
        ]
      },
      footer: []
    )
  }

  private func unitSection() -> ReportSection {
    let units = survey.unitResults(weightPolicy: result.weightPolicy)
    var blocks: [ReportBlock] = [.table(groupTable(units, nameHeader: "Unit"))]
    if let rollUp = try? RollUp(units: survey.byUnit, weightPolicy: result.weightPolicy),
      let mean = rollUp.meanKonversi
    {
      blocks.append(
        .table(
          ReportTable(
            caption: text("Nilai gabungan", "Combined value"),
            header: [
              text("Cara menggabungkan", "How combined"), text("Konversi", "Converted"), "Mutu",
            ],
            alignments: [.leading, .trailing, .center],
            rows: [
              [
                text(
                  "Gabungan seluruh responden (unit besar berbobot lebih)",
                  "Pooled over all respondents (larger units weigh more)"
                ),
                format.decimal(rollUp.pooled.konversi), rollUp.pooled.mutu?.rawValue ?? "–",
              ],
              [
                text(
                  "Rata-rata nilai IKM unit (setiap unit berbobot sama)",
                  "Mean of unit indices (every unit weighs the same)"
                ),
                format.decimal(mean), rollUp.meanMutu?.rawValue ?? "–",
              ],
            ],
            footer: []
          )
        )
      )
    }
    return ReportSection(
      number: "3.4",
      heading: text("IKM per Unit", "IKM per Unit"),
      blocks: blocks
    )
  }

  /// The code of the lowest unsur, or a dash when every answered unsur scores the same.
  private func lowestCode(_ result: IKMResult) -> String {
    guard let weakest = result.weakest, let strongest = result.strongest,
      weakest.nrr != strongest.nrr
    else { return "–" }
    return weakest.unsur.code
  }
}
