import SKMCore

extension SKMError.Code {
  /// A short name of an import problem for tallies in reports, such as "nilai tidak valid".
  public var importProblemTitle: LocalizedText {
    switch self {
    case .importInvalidScore:
      LocalizedText(
        indonesian: "nilai di luar 1–4 atau label tidak dikenal",
        english: "score outside 1–4 or unknown label"
      )
    case .importTooFewFields:
      LocalizedText(indonesian: "baris kurang kolom", english: "row with too few fields")
    case .importTooManyFields:
      LocalizedText(indonesian: "baris kelebihan kolom", english: "row with too many fields")
    default:
      LocalizedText(rawValue)
    }
  }
}

extension RejectedRow {
  /// Returns the rows as a CSV file in the form they were read: the header, then each row
  /// exactly as written, so the rows can be fixed and imported again.
  public static func verbatimFile(header: String, rows: [RejectedRow]) -> String {
    ([header] + rows.map(\.text)).joined(separator: "\r\n") + "\r\n"
  }
}
