import SKMCore
import SKMScoring

extension WorkbookBuilder {
  /// Returns the respondents per category of each profile question. Every row repeats the
  /// question so that the sheet can be filtered, and each question ends with its total.
  func characteristics() -> Worksheet {
    var sheet = Worksheet(
      name: text("Karakteristik", "Characteristics"),
      columnWidths: [18, 44, 10, 12]
    )
    sheet.append(
      [
        text("Karakteristik", "Characteristic"), text("Kategori", "Category"),
        text("Jumlah", "Number"), text("Persentase", "Share"),
      ].map { .text($0, style: .header) }
    )
    let characteristics = survey.characteristics
    let breakdowns: [(String, Breakdown)] = [
      (text("Jenis kelamin", "Sex"), characteristics.genderBreakdown),
      (text("Usia", "Age"), characteristics.ageBreakdown),
      (text("Pendidikan", "Education"), characteristics.educationBreakdown),
      (text("Pekerjaan", "Occupation"), characteristics.occupationBreakdown),
      (text("Jenis layanan", "Service"), characteristics.serviceBreakdown),
    ]
    for (title, breakdown) in breakdowns {
      for row in breakdown.rows {
        sheet.append([
          .text(title), .text(row.label.text(in: language)), .integer(row.count),
          .exact(row.share, style: .percent),
        ])
      }
      if breakdown.unknown > 0 {
        sheet.append([
          .text(title),
          .text(text("Tidak diisi atau tidak dikenali", "Not given or not recognised")),
          .integer(breakdown.unknown), .exact(breakdown.unknownShare, style: .percent),
        ])
      }
      sheet.append([
        .text(title, style: .bold), .text(text("Jumlah", "Total"), style: .bold),
        .integer(breakdown.total, style: .boldInteger),
        breakdown.total > 0 ? .exact(Rational.one, style: .percent) : .empty,
      ])
    }
    return sheet
  }

  /// Returns the result of each group (a jenis layanan or a unit) with its NRR per unsur.
  func groups(_ groups: [GroupResult], sheetName: String, nameHeader: String, emptyText: String)
    -> Worksheet
  {
    var sheet = Worksheet(
      name: sheetName,
      columnWidths: [60, 12, 10, 10, 7, 15] + Array(repeating: 9, count: result.unsur.count)
    )
    sheet.append(
      ([
        nameHeader, text("Responden", "Respondents"), "IKM", text("Konversi", "Converted"),
        "Mutu", text("Unsur terendah", "Lowest unsur"),
      ] + result.unsur.map { "NRR \($0.unsur.code)" }).map { .text($0, style: .header) }
    )
    guard !groups.isEmpty else {
      sheet.append([.text(emptyText)])
      return sheet
    }
    for group in groups {
      sheet.append(
        [
          .text(group.name), .integer(group.result.respondents),
          .exact(group.result.ikm, style: .decimal4), .rounded(group.result.konversi),
          group.result.mutu.map { .text($0.rawValue, style: .centered) } ?? .empty,
          group.result.weakest.map { .text($0.unsur.code, style: .centered) } ?? .empty,
        ] + group.result.unsur.map { .exact($0.nrr, style: .decimal4) }
      )
    }
    return sheet
  }

  /// Returns one row per problem of a rejected row: its line, column, value and reason.
  func rejections(_ problems: [SKMError]) -> Worksheet {
    var sheet = Worksheet(
      name: text("Ditolak", "Rejected"),
      columnWidths: [8, 24, 24, 120]
    )
    sheet.append(
      [
        text("Baris", "Line"), text("Kolom", "Column"), text("Nilai", "Value"),
        text("Alasan", "Reason"),
      ].map { .text($0, style: .header) }
    )
    let listed = problems.prefix(SpreadsheetML.maximumRows - 2)
    for problem in listed {
      sheet.append([
        problem.location?.line.map { .integer($0) } ?? .empty,
        problem.location?.column.map { .text($0) } ?? .empty,
        problem.value.map { .text($0) } ?? .empty,
        .text(problem.message.text(in: language)),
      ])
    }
    if listed.count < problems.count {
      sheet.append([
        .text(
          text(
            "Hanya \(listed.count) dari \(problems.count) masalah yang dicantumkan.",
            "Only \(listed.count) of \(problems.count) problems are listed."
          )
        )
      ])
    }
    return sheet
  }
}
