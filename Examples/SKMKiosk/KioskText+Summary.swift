import SKMCore

extension KioskText {
  /// Returns the summary screen that the respondent checks before submitting, ending with the
  /// two choices Kirim (submit) and Ulangi (start over).
  func summaryScreen(_ record: InterviewRecord, questionnaire: Questionnaire) -> String {
    var sections = [pick("Mohon periksa kembali jawaban Bapak/Ibu", "Please check your answers")]
    if let service = record.service {
      sections.append(fields([(pick("Jenis layanan", "Service"), service)]))
    }
    sections.append(answerLines(record, questionnaire: questionnaire))
    sections.append(fields(profileFields(record)))
    sections.append(
      numbered([
        pick("Kirim — simpan jawaban ini", "Submit — save these answers"),
        pick(
          "Ulangi — isi kembali dari pertanyaan pertama",
          "Start over — answer again from the first question"
        ),
      ])
    )
    return sections.joined(separator: "\n\n") + "\n\n"
  }

  var confirmPrompt: String {
    pick("Ketik 1 untuk Kirim atau 2 untuk Ulangi: ", "Type 1 to submit or 2 to start over: ")
  }

  /// Returns the message for a line that is neither Kirim nor Ulangi.
  func invalidConfirmation(_ typed: String) -> String {
    let request = pick(
      "Silakan ketik 1 untuk Kirim atau 2 untuk Ulangi.",
      "Please type 1 to submit or 2 to start over."
    )
    return wrap(apology(for: typed) + " " + request)
  }

  /// Returns one line per unsur: its code, name, and the answer's letter and label.
  private func answerLines(_ record: InterviewRecord, questionnaire: Questionnaire) -> String {
    let lines = questionnaire.items.map { item in
      let answer = record.answers[item.unsur.key].map { score in
        "\(score.letter). " + item.label(for: score).text(in: language)
      }
      let line =
        "\(item.unsur.code) \(item.unsur.name.text(in: language)): "
        + (answer ?? pick("(tidak dijawab)", "(not answered)"))
      return wrap(line, indent: "  ", hanging: "     ")
    }
    return lines.joined(separator: "\n")
  }

  private func profileFields(_ record: InterviewRecord) -> [(String, String)] {
    [
      (pick("Jenis kelamin", "Sex"), record.gender?.displayName(in: language) ?? "–"),
      (pick("Usia", "Age"), record.age.map { pick("\($0) tahun", "\($0) years") } ?? "–"),
      (pick("Pendidikan", "Education"), record.education?.displayName.text(in: language) ?? "–"),
      (pick("Pekerjaan", "Occupation"), record.occupation?.displayName.text(in: language) ?? "–"),
      (pick("Saran", "Suggestion"), record.suggestion ?? pick("(tidak ada)", "(none)")),
    ]
  }

  /// Returns `label: value` lines with the values aligned in one column.
  private func fields(_ pairs: [(String, String)]) -> String {
    let labelWidth = pairs.map(\.0.count).max() ?? 0
    let lines = pairs.map { label, value in
      let padded = label + String(repeating: " ", count: labelWidth - label.count) + " : "
      return wrap(value, indent: padded, hanging: String(repeating: " ", count: padded.count))
    }
    return lines.joined(separator: "\n")
  }
}
