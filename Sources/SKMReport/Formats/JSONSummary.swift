import SKMCore
import SKMScoring

/// The JSON summary of a result: the figures a host or a dashboard needs, with exact values.
///
/// Members: `respondents`; `weight` (the policy: `exact`, `0.111` or `0.11`); `unsur`, in
/// questionnaire order, each with `code`, `key`, `name`, `answered`, `total`, `nrr` (unrounded,
/// 15 decimals), `nrr_exact` (a fraction), `konversi` and `mutu`; `ikm` (1–4 scale, 15 decimals),
/// `ikm_exact`, `konversi` (rounded half-up to 2 decimals), `mutu`, `kinerja`, and
/// `unanswered_unsur`. Figures that do not exist, such as the IKM of an empty result, are
/// `null`.
public enum JSONSummary {
  /// Decimals of the unrounded values, enough to tell apart any two results of real surveys.
  static let unroundedPlaces = 15

  public static func value(of result: IKMResult, language: Language = .indonesian) -> JSONValue {
    .object([
      ("respondents", .number(String(result.respondents))),
      ("weight", .string(result.weightPolicy.name)),
      ("weight_value", .number(result.weight.rounded(places: unroundedPlaces).description)),
      ("unsur", .array(result.unsur.map { unsurValue($0, language: language) })),
      ("ikm", number(result.ikm, places: unroundedPlaces)),
      ("ikm_exact", result.ikm.map { .string($0.description) } ?? .null),
      ("konversi", result.konversi.map { .number($0.description) } ?? .null),
      ("mutu", result.mutu.map { .string($0.rawValue) } ?? .null),
      ("kinerja", result.mutu.map { .string($0.kinerja.text(in: language)) } ?? .null),
      ("unanswered_unsur", .array(result.unansweredUnsur.map { .string($0.code) })),
    ])
  }

  /// Returns the summary as JSON text with a final newline.
  public static func render(_ result: IKMResult, language: Language = .indonesian) -> String {
    value(of: result, language: language).serialized() + "\n"
  }

  private static func unsurValue(_ unsur: UnsurResult, language: Language) -> JSONValue {
    .object([
      ("code", .string(unsur.unsur.code)),
      ("key", .string(unsur.unsur.key.rawValue)),
      ("name", .string(unsur.unsur.name.text(in: language))),
      ("answered", .number(String(unsur.answered))),
      ("total", .number(String(unsur.total))),
      ("nrr", number(unsur.nrr, places: unroundedPlaces)),
      ("nrr_exact", unsur.nrr.map { .string($0.description) } ?? .null),
      ("konversi", unsur.konversi.map { .number($0.description) } ?? .null),
      ("mutu", unsur.mutu.map { .string($0.rawValue) } ?? .null),
    ])
  }

  private static func number(_ value: Rational?, places: Int) -> JSONValue {
    value.map { .number($0.rounded(places: places).description) } ?? .null
  }
}
