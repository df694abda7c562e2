import SKMCore

/// One respondent's answers while the interview runs, before they are submitted.
struct InterviewRecord: Sendable, Hashable {
  /// The jenis layanan chosen, or the only one offered.
  var service: String?
  var answers: [UnsurKey: Score] = [:]
  var gender: Gender?
  /// Age in whole years.
  var age: Int?
  var education: EducationLevel?
  var occupation: OccupationGroup?
  /// The saran (suggestion); `nil` when the respondent wrote none.
  var suggestion: String?

  /// The profile as the store keeps it.
  ///
  /// Pendidikan and pekerjaan are stored as their Indonesian names in either screen language,
  /// so every stored response spells them the same way and ``EducationLevel/init(text:)`` and
  /// ``OccupationGroup/init(text:)`` read them back.
  var profile: RespondentProfile {
    RespondentProfile(
      gender: gender,
      age: age,
      education: education?.displayName.indonesian,
      occupation: occupation?.displayName.indonesian
    )
  }
}
