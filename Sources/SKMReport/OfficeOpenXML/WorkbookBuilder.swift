import SKMCore
import SKMScoring

/// Lays out the sheets of one workbook; every figure is taken from `result` or `survey`.
struct WorkbookBuilder {
  let survey: SurveyAccumulator
  let result: IKMResult
  let language: Language

  func text(_ indonesian: String, _ english: String) -> String {
    language == .indonesian ? indonesian : english
  }

  /// Returns the processing form, with formulas when every respondent is listed.
  func processingForm(_ responses: [Response]) -> Worksheet {
    var sheet = Worksheet(
      name: text("Pengolahan", "Processing Form"),
      columnWidths: [6, 24] + Array(repeating: 10, count: result.unsur.count)
    )
    sheet.append(
      [.text("No", style: .header), .text(text("ID Responden", "Respondent ID"), style: .header)]
        + result.unsur.map { .text($0.unsur.code, style: .header) }
    )

    // The header and the seven figure rows leave the rest of the sheet's rows for respondents.
    let listed = responses.prefix(SpreadsheetML.maximumRows - 9)
    for (index, response) in listed.enumerated() {
      sheet.append(
        [.integer(index + 1), .text(response.id, style: .centered)]
          + result.unsur.map { unsur in
            response[unsur.unsur.key].map { SheetCell.integer($0.value) } ?? .empty
          }
      )
    }
    let firstRow = 2
    let lastRow = sheet.nextRow - 1
    let usesFormulas = !listed.isEmpty && listed.count == result.respondents

    let column = { (index: Int) in SpreadsheetML.columnName(index + 2) }
    let totalRow = sheet.nextRow
    sheet.appendLabelled(
      text("Σ nilai", "Σ scores"),
      result.unsur.enumerated().map { index, unsur in
        usesFormulas
          ? .formula(
            "SUM(\(column(index))\(firstRow):\(column(index))\(lastRow))",
            cached: Rational(unsur.total),
            style: .integer
          )
          : .integer(unsur.total)
      }
    )
    let nrrRow = sheet.nextRow
    sheet.appendLabelled(
      "NRR",
      result.unsur.enumerated().map { index, unsur in
        let range = "\(column(index))\(firstRow):\(column(index))\(lastRow)"
        return usesFormulas
          ? .formula(
            "\(column(index))\(totalRow)/COUNT(\(range))",
            cached: unsur.nrr,
            style: .decimal4
          )
          : .exact(unsur.nrr, style: .decimal4)
      }
    )
    let weightedRow = sheet.nextRow
    sheet.appendLabelled(
      text("NRR tertimbang", "Weighted NRR"),
      result.unsur.enumerated().map { index, unsur in
        usesFormulas
          ? .formula(
            "\(column(index))\(nrrRow)\(weightOperation)",
            cached: unsur.weightedNRR,
            style: .decimal4
          )
          : .exact(unsur.weightedNRR, style: .decimal4)
      }
    )
    let lastColumn = column(result.unsur.count - 1)
    let ikmRow = sheet.nextRow
    sheet.appendLabelled(
      text("IKM (jumlah NRR tertimbang)", "IKM (sum of weighted NRR)"),
      [
        usesFormulas
          ? .formula(
            "SUM(C\(weightedRow):\(lastColumn)\(weightedRow))",
            cached: result.ikm,
            style: .boldDecimal4
          )
          : .exact(result.ikm, style: .boldDecimal4)
      ]
    )
    let konversiRow = sheet.nextRow
    sheet.appendLabelled(
      text("Konversi (IKM × 25)", "Converted (IKM × 25)"),
      [
        usesFormulas
          ? .formula("C\(ikmRow)*25", cached: result.unroundedKonversi, style: .decimal4)
          : .exact(result.unroundedKonversi, style: .decimal4)
      ]
    )
    sheet.appendLabelled(
      text("Konversi dibulatkan (2 desimal)", "Converted, rounded (2 decimals)"),
      [
        usesFormulas
          ? .formula("ROUND(C\(konversiRow),2)", cached: result.konversi, style: .boldDecimal2)
          : .rounded(result.konversi, style: .boldDecimal2)
      ]
    )
    sheet.appendLabelled(
      text("Mutu pelayanan", "Service quality (mutu)"),
      result.mutu.map { [.text($0.rawValue, style: .bold), .text($0.kinerja.text(in: language))] }
        ?? []
    )

    if listed.count < result.respondents {
      sheet.append([
        .text(
          text(
            "Hanya \(listed.count) dari \(result.respondents) responden yang dicantumkan; baris Σ nilai sampai mutu dihitung dari semua responden.",
            "Only \(listed.count) of \(result.respondents) respondents are listed; the rows from Σ scores to mutu cover all respondents."
          )
        )
      ])
    }
    return sheet
  }

  /// The weighting step of the NRR tertimbang formula: `/9` for the regulation's 1/k, where k
  /// counts the unsur that somebody answered, or `*0.111` for a fixed legacy weight.
  private var weightOperation: String {
    result.weightPolicy.isRegulation
      ? "/\(result.scoredUnsurCount)"
      : "*" + SheetCell.digits(result.weight)
  }

  func unsurSummary() -> Worksheet {
    var sheet = Worksheet(
      name: text("Ringkasan Unsur", "Unsur Summary"),
      columnWidths: [8, 44, 10, 10, 10, 16, 11, 8]
    )
    sheet.append(
      [
        text("Kode", "Code"), "Unsur", text("Jawaban", "Answers"), text("Σ nilai", "Σ scores"),
        "NRR", text("NRR tertimbang", "Weighted NRR"), text("Konversi", "Converted"), "Mutu",
      ].map { .text($0, style: .header) }
    )
    for unsur in result.unsur {
      sheet.append([
        .text(unsur.unsur.code), .text(unsur.unsur.name.text(in: language)),
        .integer(unsur.answered), .integer(unsur.total), .exact(unsur.nrr, style: .decimal4),
        .exact(unsur.weightedNRR, style: .decimal4), .rounded(unsur.konversi),
        unsur.mutu.map { .text($0.rawValue, style: .centered) } ?? .empty,
      ])
    }
    sheet.append([
      .empty, .text(text("IKM (jumlah NRR tertimbang)", "IKM (sum of weighted NRR)"), style: .bold),
      .empty, .empty, .empty, .exact(result.ikm, style: .boldDecimal4),
      .rounded(result.konversi, style: .boldDecimal2),
      result.mutu.map { .text($0.rawValue, style: .boldCentered) } ?? .empty,
    ])
    sheet.append([])

    sheet.appendLabelled(text("Responden", "Respondents"), [.integer(result.respondents)])
    sheet.appendLabelled(
      text("Bobot per unsur", "Weight per unsur"),
      [.exact(result.weight, style: .decimal4), .text(weightDescription)]
    )
    if let mutu = result.mutu {
      sheet.appendLabelled(
        text("Kinerja unit pelayanan", "Unit performance"),
        [.text(mutu.kinerja.text(in: language))]
      )
    }
    if !result.unansweredUnsur.isEmpty {
      sheet.appendLabelled(
        text("Unsur tanpa jawaban", "Unsur nobody answered"),
        [.text(result.unansweredUnsur.map(\.code).joined(separator: ", "))]
      )
    }
    return sheet
  }

  private var weightDescription: String {
    if result.weightPolicy.isRegulation {
      let k = result.scoredUnsurCount
      return text(
        "1/\(k), sesuai PermenPANRB 14/2017",
        "1/\(k), as PermenPANRB 14/2017 sets it"
      )
    }
    return text(
      "\(result.weightPolicy.name), kebijakan lama untuk rekonsiliasi, bukan ketentuan peraturan",
      "\(result.weightPolicy.name), a legacy policy for reconciliation, not the regulation"
    )
  }
}
