import SKMCore
import SKMScoring

extension LaporanBuilder {
  /// BAB IV Analisis: strongest and weakest unsur, the follow-up plan, and the trend.
  func analysis() -> ReportChapter {
    ReportChapter(
      label: chapterLabel(4),
      title: text("Analisis", "Analysis"),
      sections: [strengthSection(), followUpSection(), trendSection()]
    )
  }

  private func strengthSection() -> ReportSection {
    let heading = text("Unsur Terkuat dan Terlemah", "Strongest and Weakest Unsur")
    guard let weakest = result.weakest, let strongest = result.strongest else {
      return ReportSection(
        number: "4.1",
        heading: heading,
        blocks: [
          .paragraph(text("Belum ada data untuk dianalisis.", "There are no data to analyse yet."))
        ]
      )
    }
    return ReportSection(
      number: "4.1",
      heading: heading,
      blocks: [
        .paragraph(
          text(
            "Unsur dengan nilai terendah adalah \(describe(weakest)); unsur ini menjadi prioritas pertama rencana tindak lanjut.",
            "The lowest unsur is \(describe(weakest)); it is the first priority of the follow-up plan."
          )
        ),
        .paragraph(
          text(
            "Unsur dengan nilai tertinggi adalah \(describe(strongest)); mutunya perlu dipertahankan.",
            "The highest unsur is \(describe(strongest)); its quality should be maintained."
          )
        ),
      ]
    )
  }

  private func followUpSection() -> ReportSection {
    let heading = text("Rencana Tindak Lanjut", "Follow-up Plan (RTL)")
    let priorities = result.followUpPriorities()
    let planned = Dictionary(grouping: options.plan, by: \.unsur)
    var keys = priorities.map(\.unsur.key)
    keys += options.plan.map(\.unsur).filter { !keys.contains($0) }
    guard !keys.isEmpty else {
      return ReportSection(
        number: "4.2",
        heading: heading,
        blocks: [
          .paragraph(
            text(
              "Belum ada data untuk menyusun rencana tindak lanjut.",
              "There are no data for a follow-up plan yet."
            )
          )
        ]
      )
    }
    var rows: [[String]] = []
    for key in keys {
      guard let unsur = result.unsur.first(where: { $0.unsur.key == key }) else { continue }
      let name =
        "\(unsur.unsur.code) \(unsur.unsur.name.text(in: options.language)) (\(format.decimal(unsur.konversi)))"
      let entries = planned[key] ?? []
      if entries.isEmpty {
        rows.append([String(rows.count + 1), name, suggestedProgram(key), "–", "–"])
      }
      for entry in entries {
        rows.append([
          String(rows.count + 1), name, entry.program, entry.timeframe, entry.responsible,
        ])
      }
    }
    var blocks: [ReportBlock] = [
      .paragraph(
        text(
          "Tabel berikut mengurutkan unsur dari yang terlemah. Unsur yang belum bermutu A dan paling sedikit tiga unsur terlemah dimasukkan.",
          "The table lists unsur weakest first: every unsur below grade A, and at least the three weakest."
        )
      ),
      .table(
        ReportTable(
          caption: text("Rencana tindak lanjut (RTL)", "Follow-up plan (RTL)"),
          header: [
            "No", text("Prioritas unsur", "Priority unsur"),
            text("Program/kegiatan", "Program/activity"),
            text("Waktu", "When"), text("Penanggung jawab", "Responsible"),
          ],
          alignments: [.trailing, .leading, .leading, .leading, .leading],
          rows: rows,
          footer: []
        )
      ),
    ]
    if keys.contains(where: { planned[$0] == nil }) {
      blocks.append(
        .note(
          text(
            "Program yang diawali \"Usulan:\" adalah saran umum; unit melengkapinya dengan program, waktu dan penanggung jawabnya sendiri.",
            "Programs starting with \"Suggested:\" are general suggestions; the unit replaces them with its own program, timing and responsible officer."
          )
        )
      )
    }
    return ReportSection(number: "4.2", heading: heading, blocks: blocks)
  }

  private func suggestedProgram(_ key: UnsurKey) -> String {
    let programs: [UnsurKey: (String, String)] = [
      .persyaratan: (
        "meninjau dan menyederhanakan persyaratan, lalu mengumumkannya di loket dan laman unit",
        "review and simplify the requirements, and post them at the counter and on the unit's site"
      ),
      .prosedur: (
        "menyederhanakan alur layanan dan memasang bagan alurnya di ruang pelayanan",
        "simplify the service procedure and display its flow chart at the service room"
      ),
      .waktu: (
        "menetapkan dan memantau target waktu penyelesaian setiap layanan",
        "set and monitor a completion-time target for each service"
      ),
      .biaya: (
        "mengumumkan biaya/tarif resmi secara terbuka dan memberikan bukti pembayaran",
        "publish the official fees openly and issue receipts"
      ),
      .produk: (
        "mencocokkan hasil layanan dengan standar pelayanan dan memperbaiki penyimpangannya",
        "check service outputs against the service standard and correct deviations"
      ),
      .kompetensi: (
        "pelatihan teknis dan pendampingan bagi petugas layanan",
        "technical training and mentoring for service staff"
      ),
      .perilaku: (
        "pelatihan pelayanan prima dan pemantauan sikap petugas",
        "service-excellence training and monitoring of staff conduct"
      ),
      .sarana: (
        "memperbaiki dan melengkapi ruang tunggu, loket dan fasilitas pendukung",
        "repair and equip the waiting room, counters and supporting facilities"
      ),
      .pengaduan: (
        "memperjelas kanal pengaduan dan menanggapi setiap pengaduan dalam waktu yang ditetapkan",
        "make complaint channels clear and answer every complaint within a set time"
      ),
    ]
    let program =
      programs[key] ?? (
        "menyusun langkah perbaikan untuk unsur ini", "plan improvements for this unsur"
      )
    return text("Usulan: ", "Suggested: ") + text(program.0, program.1)
  }

  private func trendSection() -> ReportSection {
    let heading = text("Perkembangan Nilai IKM", "Trend of the IKM")
    guard let konversi = result.konversi, !options.previousPeriods.isEmpty else {
      return ReportSection(
        number: "4.3",
        heading: heading,
        blocks: [
          .paragraph(
            text(
              "Nilai periode sebelumnya tidak diberikan, sehingga perkembangan belum dapat dibandingkan.",
              "No earlier periods were given, so there is no trend to compare yet."
            )
          )
        ]
      )
    }
    let current = TrendPoint(
      label: options.periodName ?? text("Periode ini", "This period"),
      konversi: konversi
    )
    let trend = Trend(points: options.previousPeriods + [current])
    var rows = [
      [
        trend.points[0].label, format.decimal(trend.points[0].konversi),
        trend.points[0].mutu.rawValue, "–",
      ]
    ]
    for change in trend.changes {
      rows.append([
        change.to.label, format.decimal(change.to.konversi), change.to.mutu.rawValue,
        "\(format.signed(change.difference)) (\(change.direction.word.text(in: options.language)))",
      ])
    }
    let sentences = trend.changes.map { change in
      change.direction == .unchanged
        ? text(
          "Dari \(change.from.label) ke \(change.to.label) nilai IKM tetap \(format.decimal(change.to.konversi)).",
          "From \(change.from.label) to \(change.to.label) the IKM was unchanged at \(format.decimal(change.to.konversi))."
        )
        : text(
          "Dari \(change.from.label) ke \(change.to.label) nilai IKM \(change.direction.word.indonesian) \(format.decimal(FixedDecimal(units: change.difference.units.magnitude, places: 2))) poin, dari \(format.decimal(change.from.konversi)) menjadi \(format.decimal(change.to.konversi)).",
          "From \(change.from.label) to \(change.to.label) the IKM \(change.direction.word.english) by \(format.decimal(FixedDecimal(units: change.difference.units.magnitude, places: 2))) points, from \(format.decimal(change.from.konversi)) to \(format.decimal(change.to.konversi))."
        )
    }
    let chart = TrendChart(
      title: text("Perkembangan nilai konversi IKM", "Converted IKM value over time"),
      points: trend.points.map {
        TrendChart.Point(
          label: $0.label,
          konversi: $0.konversi,
          valueText: format.decimal($0.konversi)
        )
      },
      bands: bands()
    )
    return ReportSection(
      number: "4.3",
      heading: heading,
      blocks: [
        .table(
          ReportTable(
            caption: text("Nilai IKM per periode", "IKM per period"),
            header: [
              text("Periode", "Period"), text("Konversi", "Converted"), "Mutu",
              text("Perubahan", "Change"),
            ],
            alignments: [.leading, .trailing, .center, .trailing],
            rows: rows,
            footer: []
          )
        ),
        .trendChart(chart),
      ] + sentences.map(ReportBlock.paragraph)
    )
  }
}
