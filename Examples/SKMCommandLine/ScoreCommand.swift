import Foundation
import SKMCore
import SKMReport
import SKMScoring

/// `skm score`: prints the IKM of an export or a tally.
enum ScoreCommand {
  static func run(_ words: [String], console: Console) throws {
    let arguments = try Arguments(
      words,
      valueOptions: CommonOptions.valueOptions.union(["format"]),
      flagOptions: CommonOptions.flagOptions
    )
    let options = try CommonOptions(arguments, allowTally: true)
    let format = arguments.value("format") ?? "text"
    guard ["text", "json"].contains(format) else {
      throw UsageError.invalidValue("format", format, expected: LocalizedText("text, json"))
    }
    // The score needs only counts, unless a screening rule must see each response.
    let input =
      options.input != nil && !options.excludeFlagged
      ? try SurveyInput.counts(options: options, console: console)
      : try options.load(keepResponses: false, console: console)
    let result = IKMResult(input.survey.overall, weightPolicy: options.weight)
    guard result.ikm != nil else { throw SurveyInput.noAnswers(options) }
    if format == "json" {
      console.result(JSONSummary.render(result, language: console.language))
    } else {
      console.result(ScoreText.render(result, language: console.language))
    }
  }
}

/// The plain-text table that `skm score` prints.
enum ScoreText {
  static func render(_ result: IKMResult, language: Language) -> String {
    let english = language == .english
    let comma = english ? "." : ","
    let decimal: (Rational?, Int) -> String = {
      $0?.rounded(places: $1).formatted(decimalSeparator: comma) ?? "–"
    }
    let weight =
      result.weightPolicy.isRegulation
      ? "\(result.weight) (\(english ? "exact" : "tepat"))"
      : "\(english ? result.weightPolicy.name : result.weightPolicy.name.replacingOccurrences(of: ".", with: ",")) (\(english ? "legacy, not the regulation" : "kebijakan lama, bukan ketentuan peraturan"))"
    var lines = [
      (english ? "Respondents: " : "Responden: ") + String(result.respondents),
      (english ? "Weight: " : "Bobot: ") + weight,
      "",
      pad(english ? "Code" : "Kode", 5) + pad("Unsur", 42)
        + pad(english ? "Answers" : "Jawaban", 9, right: true)
        + pad("NRR", 9, right: true) + pad(english ? "Converted" : "Konversi", 11, right: true)
        + "  Mutu",
    ]
    for unsur in result.unsur {
      lines.append(
        pad(unsur.unsur.code, 5) + pad(unsur.unsur.name.text(in: language), 42)
          + pad(String(unsur.answered), 9, right: true, clip: false)
          + pad(decimal(unsur.nrr, 4), 9, right: true)
          + pad(unsur.konversi?.formatted(decimalSeparator: comma) ?? "–", 11, right: true)
          + "  " + (unsur.mutu?.rawValue ?? "–")
      )
    }
    lines += [
      "",
      (english ? "IKM (1–4 scale): " : "IKM (skala 1–4): ") + decimal(result.ikm, 6),
      (english ? "Converted value (IKM × 25): " : "Nilai konversi (IKM × 25): ")
        + (result.konversi?.formatted(decimalSeparator: comma) ?? "–"),
      (english ? "Service quality: " : "Mutu pelayanan: ")
        + (result.mutu.map { "\($0.rawValue) (\($0.kinerja.text(in: language)))" } ?? "–"),
    ]
    if !result.unansweredUnsur.isEmpty {
      let codes = result.unansweredUnsur.map(\.code).joined(separator: ", ")
      lines.append(
        english
          ? "Not answered by anyone, left out of the index: \(codes)"
          : "Tidak dijawab siapa pun, tidak ikut dihitung: \(codes)"
      )
      if !result.weightPolicy.isRegulation {
        lines.append(
          english
            ? "With a fixed weight the IKM is lower than if every unsur had been answered, and can fall below the 1–4 scale."
            : "Dengan bobot tetap, nilai IKM lebih rendah daripada bila semua unsur dijawab, bahkan bisa di bawah skala 1–4."
        )
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// Pads to `width`; long names are clipped, numbers (`clip: false`) never are.
  private static func pad(_ text: String, _ width: Int, right: Bool = false, clip: Bool = true)
    -> String
  {
    let clipped = clip && text.count > width - 1 ? String(text.prefix(width - 2)) + "…" : text
    let fill = String(repeating: " ", count: max(0, width - clipped.count))
    return right ? fill + clipped : clipped + fill
  }
}
