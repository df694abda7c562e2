import SKMCore

extension KioskText {
  /// Returns the jenis layanan screen with the services numbered from 1.
  func serviceScreen(_ services: [String]) -> String {
    let heading = pick("Jenis layanan", "Type of service")
    let question = pick(
      "Layanan apa yang baru saja Bapak/Ibu terima?",
      "Which service have you just received?"
    )
    return heading + "\n\n" + wrap(question) + "\n\n" + numbered(services) + "\n\n"
  }

  /// Returns the screen of question `number` of `count`, with its answers a–d.
  func questionScreen(_ item: QuestionnaireItem, number: Int, count: Int) -> String {
    let heading =
      pick("Pertanyaan \(number) dari \(count)", "Question \(number) of \(count)")
      + " · \(item.unsur.code) \(item.unsur.name.text(in: language))"
    let answers = zip(Score.all, item.answerLabels).map { score, label in
      wrap("\(score.letter). " + label.text(in: language), indent: "  ", hanging: "     ")
    }
    return heading + "\n\n" + wrap(item.question.text(in: language)) + "\n\n"
      + answers.joined(separator: "\n") + "\n\n"
  }

  var answerPrompt: String {
    pick("Jawaban Bapak/Ibu (a, b, c, atau d): ", "Your answer (a, b, c or d): ")
  }

  /// Returns the message for a line that is not an answer a–d or 1–4.
  func invalidAnswer(_ typed: String) -> String {
    let request = pick(
      "Silakan ketik huruf a, b, c, atau d (boleh juga angka 1 sampai 4).",
      "Please type a, b, c or d (or a number from 1 to 4)."
    )
    return wrap(apology(for: typed) + " " + request)
  }

  /// Returns the prompt for a number from 1 to `count`.
  func choicePrompt(count: Int) -> String {
    pick("Ketik nomor pilihan (1–\(count)): ", "Type the number of your choice (1–\(count)): ")
  }

  /// Returns the message for a line that is not a number from 1 to `count`.
  func invalidChoice(_ typed: String, count: Int) -> String {
    let request = pick(
      "Silakan ketik nomor 1 sampai \(count).",
      "Please type a number from 1 to \(count)."
    )
    return wrap(apology(for: typed) + " " + request)
  }

  /// Returns `options` as a list numbered from 1.
  func numbered(_ options: [String]) -> String {
    let lines = options.enumerated().map { index, option in
      let label = "\(index + 1). "
      return wrap(
        label + option,
        indent: "  ",
        hanging: String(repeating: " ", count: 2 + label.count)
      )
    }
    return lines.joined(separator: "\n")
  }

  /// Returns the opening of a retry message, quoting what was typed.
  func apology(for typed: String) -> String {
    guard !typed.isEmpty else {
      return pick("Mohon maaf, jawaban belum diisi.", "Sorry, nothing was entered.")
    }
    return pick(
      "Mohon maaf, \"\(typed)\" tidak termasuk pilihan.",
      "Sorry, \"\(typed)\" is not one of the choices."
    )
  }
}
