import SKMCore

/// The text of every kiosk screen, prompt and message in the chosen language.
///
/// Respondents are addressed as Bapak/Ibu in Bahasa Indonesia, the polite form for an adult
/// whose name is not known.
struct KioskText: Sendable {
  var language: Language

  /// The column where screen text wraps, which fits an 80-column terminal.
  static let width = 76

  /// Returns the wording for the chosen language.
  func pick(_ indonesian: String, _ english: String) -> String {
    language == .indonesian ? indonesian : english
  }

  var errorPrefix: String { pick("galat: ", "error: ") }

  var warningPrefix: String { pick("peringatan: ", "warning: ") }

  /// Returns the welcome screen of a new respondent.
  func welcome(title: LocalizedText, unitID: String?, questionCount: Int) -> String {
    var lines = [banner(title.text(in: language))]
    if let unitID { lines.append(pick("Unit layanan: ", "Service unit: ") + unitID) }
    lines.append("")
    lines.append(pick("Selamat datang, Bapak/Ibu.", "Welcome."))
    lines.append("")
    lines.append(wrap(welcomeIntroduction(questionCount: questionCount)))
    lines.append("")
    lines.append(wrap(cancelHint))
    lines.append("")
    lines.append(pick("Tekan Enter untuk memulai.", "Press Enter to begin."))
    return lines.joined(separator: "\n") + " "
  }

  private func welcomeIntroduction(questionCount: Int) -> String {
    pick(
      "Terima kasih atas kesediaan Bapak/Ibu mengisi survei kepuasan ini. Ada \(questionCount) pertanyaan tentang pelayanan yang baru saja Bapak/Ibu terima, beberapa pertanyaan singkat tentang Bapak/Ibu, lalu saran bila ada. Nama Bapak/Ibu tidak ditanyakan.",
      "Thank you for taking part in this satisfaction survey. There are \(questionCount) questions about the service you have just received, a few short questions about yourself, and room for a suggestion. We do not ask for your name."
    )
  }

  var cancelHint: String {
    pick(
      "Ketik batal kapan saja untuk membatalkan pengisian dan kembali ke awal.",
      "Type cancel at any time to discard your answers and return to the start."
    )
  }

  /// Returns the thank-you screen shown after the answers are stored.
  var thankYou: String {
    let message = pick(
      "Jawaban Bapak/Ibu sudah tersimpan. Masukan Bapak/Ibu sangat berarti bagi perbaikan pelayanan kami.",
      "Your answers have been saved. Your feedback helps us improve our service."
    )
    return pick("Terima kasih, Bapak/Ibu.", "Thank you.") + "\n\n" + wrap(message) + "\n"
  }

  var cancelled: String {
    pick(
      "Pengisian dibatalkan. Jawaban tadi tidak disimpan.",
      "Cancelled. Your answers were not saved."
    ) + "\n"
  }

  /// The operator's notice when input ends in the middle of a questionnaire.
  var unfinishedNotSaved: String {
    pick(
      "Masukan berakhir sebelum kuesioner selesai; jawaban yang belum dikirim tidak disimpan.",
      "Input ended before the questionnaire was finished; the answers not yet submitted were not saved."
    )
  }

  /// The respondent's message when the journal cannot store the answers. The error itself goes
  /// to the operator on standard error.
  var saveFailed: String {
    wrap(
      pick(
        "Mohon maaf, jawaban Bapak/Ibu belum dapat disimpan. Silakan sampaikan kepada petugas loket.",
        "We are sorry, your answers could not be saved. Please tell the staff at the counter."
      )
    ) + "\n"
  }

  /// Returns `heading` between two rules.
  func banner(_ heading: String) -> String {
    let rule = String(repeating: "=", count: Self.width)
    return rule + "\n  " + heading + "\n" + rule
  }

  /// Breaks `text` at spaces into lines of at most ``width`` characters; the first line starts
  /// with `indent` and the others with `hanging` (by default `indent`). A word longer than a
  /// line stays whole.
  func wrap(_ text: String, indent: String = "", hanging: String? = nil) -> String {
    var lines: [String] = []
    var lineIndent = indent
    var current = indent
    for word in text.split(separator: " ") {
      if current.count > lineIndent.count, current.count + 1 + word.count > Self.width {
        lines.append(current)
        lineIndent = hanging ?? indent
        current = lineIndent
      }
      if current.count > lineIndent.count { current += " " }
      current += word
    }
    lines.append(current)
    return lines.joined(separator: "\n")
  }
}
