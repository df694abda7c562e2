import SKMCore
import SKMScoring

/// Formats figures for reports: a decimal comma in Bahasa Indonesia, a point in English.
struct ReportFormatting {
  let language: Language

  var decimalSeparator: String { language == .indonesian ? "," : "." }

  /// Rounds half-up to `places` decimals and formats.
  func decimal(_ value: Rational?, places: Int) -> String {
    guard let value else { return "–" }
    return value.rounded(places: places).formatted(decimalSeparator: decimalSeparator)
  }

  func decimal(_ value: FixedDecimal?) -> String {
    value?.formatted(decimalSeparator: decimalSeparator) ?? "–"
  }

  /// Formats a whole number with thousands separators: 1.234 in Indonesian, 1,234 in English.
  func integer(_ value: Int) -> String {
    let digits = String(value.magnitude)
    var grouped = ""
    for (index, digit) in digits.enumerated() {
      if index > 0 && (digits.count - index) % 3 == 0 {
        grouped += language == .indonesian ? "." : ","
      }
      grouped.append(digit)
    }
    return (value < 0 ? "-" : "") + grouped
  }

  /// Formats a share as a percentage with one decimal: `34,6%`.
  func percent(_ part: Int, of whole: Int) -> String {
    guard whole > 0 else { return "–" }
    return decimal(Rational(part * 100, whole), places: 1) + "%"
  }

  /// Formats an exact share (0…1) as a percentage with one decimal.
  func percent(_ share: Rational?) -> String {
    guard let share else { return "–" }
    return decimal(share * Rational(100), places: 1) + "%"
  }

  /// Formats a signed change with its sign: `+1,23`, or `−0,50` with a minus sign.
  func signed(_ value: FixedDecimal) -> String {
    let magnitude = decimal(FixedDecimal(units: value.units.magnitude, places: value.places))
    return (value.units.isNegative ? "−" : "+") + magnitude
  }

  func mutu(_ mutu: Mutu?) -> String {
    guard let mutu else { return "–" }
    return "\(mutu.rawValue) (\(mutu.kinerja.text(in: language)))"
  }
}
