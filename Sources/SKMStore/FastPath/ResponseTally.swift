import SKMCore

/// The answers of a response export counted per unsur and score, with what the import made of
/// its rows: everything that scoring needs, and no response.
public struct ResponseTally: Sendable {
  /// The columns and header text, the counts of collected, accepted and rejected rows, and the
  /// warnings.
  ///
  /// The warnings are those about the header and those about accepted rows that an unmatched
  /// quote may have merged with the rows after them. Warnings about profile values that cannot
  /// be read, such as an age of "dua puluh", are not produced; ``ResponseCSVImporter`` gives
  /// them.
  public var summary: ImportSummary
  /// Per unsur of the questionnaire, in its order, how many accepted rows gave each score.
  public var tally: TallyTable
  /// Rejected rows per problem code. A row with several problems counts under each.
  public var rejectionsByCode: [SKMError.Code: Int]
  /// The problems of all rejected rows, counting several per row where a row has them.
  public var problemCount: Int
  /// The first rejected rows in file order, at most ``FastTallyReader/keptRejectedRows``.
  public var firstRejectedRows: [RejectedRow]

  /// The accepted rows, one per respondent, including rows that leave every unsur blank.
  public var respondents: Int { summary.accepted }
}

/// A response export read for a report without building its responses: the counts of
/// ``ResponseTally``, the counts per service, unit and profile, and a sample of the responses.
public struct ResponseSurvey: Sendable {
  public var tally: ResponseTally
  /// The accepted responses counted per service, unit and respondent profile.
  public var groups: SurveyTally
  /// The first responses, the suggestions and the submission span of the accepted responses.
  public var sample: ResponseSample
}
