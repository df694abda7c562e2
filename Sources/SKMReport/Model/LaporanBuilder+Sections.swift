import SKMCore
import SKMScoring

extension LaporanBuilder {
  func summarySection() -> ReportSection {
    let figures = [
      KeyFigure(
        label: text("Responden", "Respondents"),
        value: format.integer(result.respondents)
      ),
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
    var blocks: [ReportBlock] = [.keyFigures(figures)]
    if let konversi = result.konversi, let mutu = result.mutu {
      let subject =
        unitName.map { text("Indeks Kepuasan Masyarakat \($0)", "The satisfaction index of \($0)") }
        ?? text("Indeks Kepuasan Masyarakat", "The satisfaction index")
      let when = periodName.map { text(" pada \($0)", " for \($0)") } ?? ""
      blocks.append(
        .paragraph(
          text(
            "\(subject)\(when) adalah \(format.decimal(konversi)) dari \(format.integer(result.respondents)) responden, dengan mutu pelayanan \(mutu.rawValue) dan kinerja unit pelayanan \(mutu.kinerja.indonesian.lowercased()).",
            "\(subject)\(when) is \(format.decimal(konversi)) from \(format.integer(result.respondents)) respondents: service quality \(mutu.rawValue), unit performance \(mutu.kinerja.english.lowercased())."
          )
        )
      )
    } else {
      blocks.append(
        .note(
          text(
            "Belum ada jawaban yang dapat dihitung, sehingga nilai IKM belum tersedia.",
            "There are no answers to score yet, so no IKM is available."
          )
        )
      )
    }
    return ReportSection(heading: text("Ringkasan", "Summary"), blocks: blocks)
  }

  func unsurSection() -> ReportSection {
    let rows = result.unsur.enumerated().map { index, unsur in
      [
        String(index + 1), unsur.unsur.code, unsur.unsur.name.text(in: options.language),
        format.integer(unsur.answered), format.integer(unsur.total),
        format.decimal(unsur.nrr, places: 4), format.decimal(unsur.weightedNRR, places: 4),
        format.decimal(unsur.konversi), unsur.mutu?.rawValue ?? "–",
      ]
    }
    let table = ReportTable(
      caption: text("Nilai per unsur pelayanan", "Figures per service element (unsur)"),
      header: [
        "No", text("Kode", "Code"), "Unsur", text("Jawaban", "Answers"),
        "Σ " + text("nilai", "scores"),
        "NRR", text("NRR tertimbang", "Weighted NRR"), text("Konversi", "Converted"), "Mutu",
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
    var blocks: [ReportBlock] = [.table(table), .nrrChart(chart())]
    if !result.unansweredUnsur.isEmpty {
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
      blocks.append(
        .note(
          text(
            "Unsur \(codes) tidak dijawab oleh satu pun responden, sehingga tidak ikut dihitung: \(consequence).",
            "Nobody answered unsur \(codes), so it is left out of the index: \(consequence)."
          )
        )
      )
    }
    return ReportSection(heading: text("Hasil per Unsur", "Results per Unsur"), blocks: blocks)
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
      bands: Mutu.allCases.map {
        NRRChart.Band(
          mutu: $0,
          lowerBound: $0.lowerBound,
          upperBound: $0.upperBound,
          label: "\($0.rawValue) · \($0.kinerja.text(in: options.language))"
        )
      },
      minimum: Mutu.d.lowerBound,
      maximum: Mutu.a.upperBound,
      unitKonversi: result.konversi,
      unitLabel: "IKM \(format.decimal(result.konversi))"
    )
  }

  func analysisSection() -> ReportSection {
    guard let weakest = result.weakest, let strongest = result.strongest else {
      return ReportSection(
        heading: text("Analisis", "Analysis"),
        blocks: [
          .paragraph(text("Belum ada data untuk dianalisis.", "There are no data to analyse yet."))
        ]
      )
    }
    let language = options.language
    let describe: (UnsurResult) -> String = {
      "\($0.unsur.code) \($0.unsur.name.text(in: language)) (NRR \(format.decimal($0.nrr, places: 4)), \(text("konversi", "converted")) \(format.decimal($0.konversi)), mutu \($0.mutu?.rawValue ?? "–"))"
    }
    let blocks: [ReportBlock] = [
      .paragraph(
        text(
          "Unsur dengan nilai terendah adalah \(describe(weakest)); unsur ini menjadi prioritas pertama rencana tindak lanjut (RTL).",
          "The lowest unsur is \(describe(weakest)); it is the first priority of the follow-up plan (RTL)."
        )
      ),
      .paragraph(
        text(
          "Unsur dengan nilai tertinggi adalah \(describe(strongest)).",
          "The highest unsur is \(describe(strongest))."
        )
      ),
    ]
    return ReportSection(heading: text("Analisis", "Analysis"), blocks: blocks)
  }
}
