import SKMCore

extension SKMError.Code {
  /// The file has no header row.
  public static let importMissingHeader = SKMError.Code(rawValue: "import.missing-header")
  /// No column of the header was recognised as an unsur.
  public static let importNoUnsurColumns = SKMError.Code(rawValue: "import.no-unsur-columns")
  /// Two columns were recognised as the same unsur.
  public static let importDuplicateUnsurColumn = SKMError.Code(
    rawValue: "import.duplicate-unsur-column"
  )
  /// The file has a header but no response rows.
  public static let importNoResponses = SKMError.Code(rawValue: "import.no-responses")
  /// An answer cell is not 1–4, a–d or an answer label.
  public static let importInvalidScore = SKMError.Code(rawValue: "import.invalid-score")
  /// A row has fewer fields than the header.
  public static let importTooFewFields = SKMError.Code(rawValue: "import.too-few-fields")
  /// A row has more non-empty fields than the header.
  public static let importTooManyFields = SKMError.Code(rawValue: "import.too-many-fields")
  /// A profile value could not be read; the row is kept without it.
  public static let importInvalidProfileValue = SKMError.Code(
    rawValue: "import.invalid-profile-value"
  )
  /// A column with personal data was not imported.
  public static let importPersonalDataDropped = SKMError.Code(
    rawValue: "import.personal-data-dropped"
  )
  /// An unsur of the questionnaire has no column in the file.
  public static let importMissingUnsurColumn = SKMError.Code(
    rawValue: "import.missing-unsur-column"
  )
  /// A numbered unsur header names another unsur than its number does.
  public static let importConflictingUnsurHeader = SKMError.Code(
    rawValue: "import.conflicting-unsur-header"
  )
  /// Two columns read as the same profile field.
  public static let importRepeatedProfileColumn = SKMError.Code(
    rawValue: "import.repeated-profile-column"
  )
  /// A quoted field contains line breaks followed by text that looks like whole rows.
  public static let importSwallowedRows = SKMError.Code(rawValue: "import.swallowed-rows")
  /// A tally row is not a valid count table row.
  public static let importInvalidTally = SKMError.Code(rawValue: "import.invalid-tally")
}
