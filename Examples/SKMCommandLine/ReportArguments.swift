import Foundation
import SKMCore
import SKMReport
import SKMScoring
import SKMStore

/// The options that describe a report: what it is about, who signs it, and the context its
/// analysis needs (population, earlier periods, the unit's own plan).
enum ReportArguments {
  static let valueOptions: Set<String> = [
    "output", "format", "unit", "organization", "region", "period", "population", "previous",
    "plan", "place", "date", "signatory", "signatory-nip", "signatory-position", "team", "method",
  ]

  static func options(_ arguments: Arguments, language: Language) throws -> LaporanOptions {
    var options = LaporanOptions(
      unitName: arguments.value("unit"),
      periodName: arguments.value("period").map {
        Period(label: $0)?.displayName(in: language) ?? $0
      },
      language: language
    )
    options.organization = arguments.value("organization")
    options.region = arguments.value("region")
    options.place = arguments.value("place")
    options.surveyTeam = arguments.value("team")
    options.collectionMethod = arguments.value("method")
    if let text = arguments.value("population") {
      guard let population = Int(text), population >= 1 else {
        throw UsageError.invalidValue(
          "population",
          text,
          expected: LocalizedText(
            indonesian: "jumlah penerima layanan, bilangan bulat 1 atau lebih",
            english: "the number of service recipients, a whole number of 1 or more"
          )
        )
      }
      options.population = population
    }
    if let text = arguments.value("date") {
      guard let date = CivilDate(iso: Substring(text)) else {
        throw UsageError.invalidValue(
          "date",
          text,
          expected: LocalizedText(
            indonesian: "tanggal seperti 2026-01-15",
            english: "a date such as 2026-01-15"
          )
        )
      }
      options.reportDate = date
    }
    if let name = arguments.value("signatory") {
      options.signatory = Signatory(
        name: name,
        identifier: arguments.value("signatory-nip"),
        position: arguments.value("signatory-position")
          ?? (language == .indonesian
            ? "Kepala \(options.unitName ?? "Unit Pelayanan")"
            : "Head of \(options.unitName ?? "the Service Unit")")
      )
    }
    options.previousPeriods = try arguments.values("previous").map {
      try previousPeriod($0, language: language)
    }
    if let plan = arguments.value("plan") {
      options.plan = try FollowUpPlanCSVImporter().importFile(
        at: URL(fileURLWithPath: plan),
        displayName: plan
      )
    }
    return options
  }

  /// Reads `LABEL=VALUE`, such as `2025-TW3=91.62` or `2025-TW3=91,62`.
  private static func previousPeriod(_ text: String, language: Language) throws -> TrendPoint {
    let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
    let digits = parts.count == 2 ? parts[1].replacingOccurrences(of: ",", with: ".") : ""
    guard parts.count == 2, !parts[0].isEmpty, let value = FixedDecimal(digits),
      value.rational >= Rational(25), value.rational <= Rational(100)
    else {
      throw UsageError.invalidValue(
        "previous",
        text,
        expected: LocalizedText(
          indonesian: "LABEL=NILAI dengan nilai konversi 25–100, seperti 2025-TW3=91,62",
          english: "LABEL=VALUE with a converted value of 25–100, such as 2025-TW3=91.62"
        )
      )
    }
    let label = Period(label: parts[0])?.displayName(in: language) ?? parts[0]
    return TrendPoint(label: label, konversi: value.rational.rounded(places: 2))
  }
}
