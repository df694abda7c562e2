import SKMCore

extension KioskText {
  /// Returns the opening of the profile screen.
  var profileScreen: String {
    let heading = pick("Data responden", "About you")
    let purpose = pick(
      "Data berikut hanya dipakai untuk mengolah hasil survei.",
      "These details are used only to analyse the survey results."
    )
    return heading + "\n\n" + wrap(purpose) + "\n\n"
  }

  var genderPrompt: String {
    pick(
      "Jenis kelamin (ketik L untuk laki-laki atau P untuk perempuan): ",
      "Sex (type M for male or F for female): "
    )
  }

  /// Returns the message for a line that names neither gender.
  func invalidGender(_ typed: String) -> String {
    let request = pick(
      "Silakan ketik L untuk laki-laki atau P untuk perempuan.",
      "Please type M for male or F for female."
    )
    return wrap(apology(for: typed) + " " + request)
  }

  var agePrompt: String { pick("Usia (dalam tahun): ", "Age (in years): ") }

  /// Returns the message for a line that is not an age in whole years within `range`.
  func invalidAge(_ typed: String, range: ClosedRange<Int>) -> String {
    let opening =
      typed.isEmpty
      ? apology(for: typed)
      : pick(
        "Mohon maaf, \"\(typed)\" tidak dapat dicatat sebagai usia.",
        "Sorry, \"\(typed)\" cannot be recorded as an age."
      )
    let request = pick(
      "Silakan tulis usia dalam tahun dengan angka saja, antara \(range.lowerBound) dan \(range.upperBound), misalnya 35.",
      "Please type your age in whole years as a number from \(range.lowerBound) to \(range.upperBound), for example 35."
    )
    return wrap(opening + " " + request)
  }

  /// Returns the pendidikan (education) list.
  func educationScreen(_ levels: [EducationLevel]) -> String {
    let heading = pick("Pendidikan terakhir:", "Highest education:")
    return "\n" + heading + "\n" + numbered(levels.map { $0.displayName.text(in: language) })
      + "\n"
  }

  /// Returns the pekerjaan (occupation) list.
  func occupationScreen(_ groups: [OccupationGroup]) -> String {
    let heading = pick("Pekerjaan:", "Occupation:")
    return "\n" + heading + "\n" + numbered(groups.map { $0.displayName.text(in: language) })
      + "\n"
  }

  /// Returns the saran (suggestion) screen.
  var suggestionScreen: String {
    let heading = pick("Saran dan masukan", "Suggestions")
    let request = pick(
      "Apa saran Bapak/Ibu untuk perbaikan pelayanan kami? Tulis dalam satu baris, atau tekan Enter saja bila tidak ada.",
      "What would you suggest to improve our service? Write it on one line, or just press Enter if you have none."
    )
    return heading + "\n\n" + wrap(request) + "\n\n"
  }

  var suggestionPrompt: String { pick("Saran: ", "Suggestion: ") }
}
