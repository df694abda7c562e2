import SKMCore

/// The screens one respondent goes through, from jenis layanan to saran.
///
/// Every unsur must be answered, because the regulation scores all nine and a kiosk has no
/// interviewer to fill a gap later. So no question can be skipped.
struct Interview {
  let questionnaire: Questionnaire
  /// The jenis layanan offered; the choice is asked only when there are two or more.
  let services: [String]
  let terminal: Terminal
  let input: InputReader
  let text: KioskText

  /// The pendidikan choices, in the order of the SKM form.
  static let educationLevels: [EducationLevel] = [.sd, .smp, .sma, .diploma, .s1, .s2, .s3]

  /// Asks every question in order and returns the answers.
  ///
  /// - Throws: ``Interruption`` when input ends or the respondent cancels.
  func run() throws(Interruption) -> InterviewRecord {
    var record = InterviewRecord()
    record.service = try chooseService()
    record.answers = try askQuestions()
    try askProfile(into: &record)
    record.suggestion = try askSuggestion()
    return record
  }

  private func chooseService() throws(Interruption) -> String? {
    guard services.count > 1 else { return services.first }

    terminal.startScreen()
    terminal.write(text.serviceScreen(services))
    let index = try chooseNumber(count: services.count)
    return services[index]
  }

  private func askQuestions() throws(Interruption) -> [UnsurKey: Score] {
    var answers: [UnsurKey: Score] = [:]
    for (offset, item) in questionnaire.items.enumerated() {
      terminal.startScreen()
      terminal.write(
        text.questionScreen(item, number: offset + 1, count: questionnaire.items.count)
      )
      answers[item.unsur.key] = try input.ask(
        text.answerPrompt,
        retry: text.invalidAnswer,
        parse: TypedAnswer.score
      )
    }
    return answers
  }

  private func askProfile(into record: inout InterviewRecord) throws(Interruption) {
    terminal.startScreen()
    terminal.write(text.profileScreen)
    record.gender = try input.ask(
      text.genderPrompt,
      retry: text.invalidGender,
      parse: Gender.init(text:)
    )
    record.age = try input.ask(
      text.agePrompt,
      retry: { text.invalidAge($0, range: TypedAnswer.ageRange) },
      parse: TypedAnswer.age
    )

    terminal.write(text.educationScreen(Self.educationLevels))
    record.education = Self.educationLevels[try chooseNumber(count: Self.educationLevels.count)]

    let groups = OccupationGroup.allCases
    terminal.write(text.occupationScreen(groups))
    record.occupation = groups[try chooseNumber(count: groups.count)]
  }

  /// Returns the suggestion, or `nil` for an empty line.
  private func askSuggestion() throws(Interruption) -> String? {
    terminal.startScreen()
    terminal.write(text.suggestionScreen)
    terminal.write(text.suggestionPrompt)
    return TypedAnswer.suggestion(try input.line())
  }

  /// Asks for a number from 1 to `count` and returns its 0-based index.
  private func chooseNumber(count: Int) throws(Interruption) -> Int {
    try input.ask(
      text.choicePrompt(count: count),
      retry: { text.invalidChoice($0, count: count) },
      parse: { TypedAnswer.choice($0, count: count) }
    )
  }
}
