import SKMCore

/// The result of parsing one row.
enum RowOutcome {
  case accepted(Response)
  case rejected(RejectedRow)
}

/// Turns the records of one export into responses, once its header is known.
struct RowParser {
  private let file: String
  /// The header's fields, one per column.
  let headers: [String]
  /// The role of each column, or `nil` for a column the import ignores.
  let roles: [ColumnRole?]
  private let answerParsers: [UnsurKey: AnswerParser]
  private let unsurNames: [UnsurKey: LocalizedText]
  private let defaultUnitID: String?
  /// The summary as the header leaves it: columns and header warnings.
  private(set) var summary: ImportSummary

  init(header: CSVRecord, file: String, options: ResponseImportOptions) throws {
    let classifier = ColumnClassifier(
      questionnaire: options.questionnaire,
      numberedOrder: options.numberedColumnOrder
    )
    self.file = file
    self.headers = header.fields
    self.roles = header.fields.map(classifier.role(of:))
    self.defaultUnitID = options.defaultUnitID
    var parsers: [UnsurKey: AnswerParser] = [:]
    var names: [UnsurKey: LocalizedText] = [:]
    for item in options.questionnaire.items {
      parsers[item.unsur.key] = AnswerParser(item: item)
      names[item.unsur.key] = LocalizedText(
        indonesian: "\(item.unsur.code) (\(item.unsur.name.indonesian))",
        english: "\(item.unsur.code) (\(item.unsur.name.english))"
      )
    }
    self.answerParsers = parsers
    self.unsurNames = names
    self.summary = ImportSummary(
      file: file,
      headerText: header.text,
      columns: zip(header.fields, roles).map { ImportedColumn(header: $0, role: $1) }
    )
    try checkUnsurColumns(questionnaire: options.questionnaire)
    warnAboutPersonalData()
    warnAboutConflictingNames(classifier)
    warnAboutRepeatedProfileColumns()
  }

  private mutating func checkUnsurColumns(questionnaire: Questionnaire) throws {
    var seen: [UnsurKey: String] = [:]
    for (header, role) in zip(headers, roles) {
      guard case .answer(let key) = role else { continue }
      if let earlier = seen[key] {
        throw SKMError(
          code: .importDuplicateUnsurColumn,
          message: LocalizedText(
            indonesian:
              "Kolom \"\(earlier)\" dan \"\(header)\" sama-sama dibaca sebagai unsur"
              + " \(unsurNames[key]!.indonesian). Ganti judul salah satu kolom agar setiap"
              + " unsur hanya punya satu kolom.",
            english:
              "Columns \"\(earlier)\" and \"\(header)\" both read as unsur"
              + " \(unsurNames[key]!.english). Rename one so that each unsur has one column."
          ),
          location: SourceLocation(file: file, line: 1, column: header)
        )
      }
      seen[key] = header
    }
    guard !seen.isEmpty else {
      throw SKMError(
        code: .importNoUnsurColumns,
        message: LocalizedText(
          indonesian:
            "Tidak ada kolom unsur yang dikenali. Judul kolom yang diharapkan: u1…u9,"
            + " \"U1. Persyaratan\", nama unsur, atau pertanyaan yang memuat kata kunci unsur"
            + " (persyaratan, prosedur, waktu, biaya/tarif, produk, kompetensi, perilaku,"
            + " sarana, pengaduan).",
          english:
            "No unsur column was recognised. Expected headers: u1…u9, \"U1. Persyaratan\","
            + " an unsur's name, or a question containing its key word (persyaratan,"
            + " prosedur, waktu, biaya/tarif, produk, kompetensi, perilaku, sarana,"
            + " pengaduan)."
        ),
        location: SourceLocation(file: file, line: 1),
        value: headers.joined(separator: ",")
      )
    }
    let missing = questionnaire.unsur.filter { seen[$0.key] == nil }
    guard !missing.isEmpty else { return }
    let indonesian = missing.map { unsurNames[$0.key]!.indonesian }.joined(separator: ", ")
    let english = missing.map { unsurNames[$0.key]!.english }.joined(separator: ", ")
    summary.warn(
      SKMError(
        code: .importMissingUnsurColumn,
        message: LocalizedText(
          indonesian:
            "Tidak ada kolom untuk unsur \(indonesian); unsur tersebut dihitung tanpa jawaban.",
          english: "No column for unsur \(english); they are scored as unanswered."
        ),
        location: SourceLocation(file: file, line: 1),
        value: missing.map(\.code).joined(separator: ",")
      )
    )
  }

  private mutating func warnAboutConflictingNames(_ classifier: ColumnClassifier) {
    for (header, role) in zip(headers, roles) {
      guard case .answer(let key) = role, let named = classifier.conflictingName(of: header)
      else { continue }
      summary.warn(
        SKMError(
          code: .importConflictingUnsurHeader,
          message: LocalizedText(
            indonesian:
              "Kolom dibaca sebagai unsur \(unsurNames[key]!.indonesian) menurut nomornya, tetapi judulnya menyebut \(unsurNames[named]!.indonesian). Periksa urutan u1…u9 (--order questionnaire atau regulation).",
            english:
              "The column is read as unsur \(unsurNames[key]!.english) by its number, but its header names \(unsurNames[named]!.english). Check the u1…u9 order (--order questionnaire or regulation)."
          ),
          location: SourceLocation(file: file, line: 1, column: header)
        )
      )
    }
  }

  /// Two columns read as one profile field (say, two age columns) leave the row with the last
  /// non-empty value; only suggestion columns are joined.
  private mutating func warnAboutRepeatedProfileColumns() {
    var first: [ColumnRole: String] = [:]
    for (header, role) in zip(headers, roles) {
      guard let role, role != .suggestion, role != .personalData else { continue }
      if case .answer = role { continue }
      guard let earlier = first[role] else {
        first[role] = header
        continue
      }
      summary.warn(
        SKMError(
          code: .importRepeatedProfileColumn,
          message: LocalizedText(
            indonesian:
              "Kolom ini dan kolom \"\(earlier)\" dibaca sebagai data yang sama; nilai tidak kosong yang terakhir yang dipakai. Hapus atau ganti judul salah satunya.",
            english:
              "This column and column \"\(earlier)\" read as the same field; the last non-empty value is used. Remove or rename one of them."
          ),
          location: SourceLocation(file: file, line: 1, column: header)
        )
      )
    }
  }

  private mutating func warnAboutPersonalData() {
    for (header, role) in zip(headers, roles) where role == .personalData {
      summary.warn(
        SKMError(
          code: .importPersonalDataDropped,
          message: LocalizedText(
            indonesian:
              "Kolom berisi data pribadi dan tidak diimpor; data pribadi bukan bagian dari"
              + " jawaban survei.",
            english:
              "The column contains personal data and was not imported; personal data is not"
              + " part of a survey response."
          ),
          location: SourceLocation(file: file, line: 1, column: header)
        )
      )
    }
  }

  /// Parses one record into a response, or into a rejected row with every problem found.
  func parse(_ record: CSVRecord, summary: inout ImportSummary) -> RowOutcome {
    var problems: [SKMError] = []
    checkFieldCount(record, problems: &problems)
    var builder = ResponseBuilder(line: record.line, defaultUnitID: defaultUnitID)
    var warnings: [SKMError] = []
    for (index, role) in roles.enumerated() {
      guard let role, index < record.fields.count else { continue }
      let cell = record.fields[index]
      let location = SourceLocation(file: file, line: record.line, column: headers[index])
      if case .answer(let key) = role {
        switch answerParsers[key]!.parse(cell) {
        case .blank: break
        case .score(let score): builder.answers[key] = score
        case .invalid: problems.append(invalidScore(cell, unsur: key, at: location))
        }
      } else if let warning = builder.set(role, cell, at: location) {
        warnings.append(warning)
      }
    }
    guard problems.isEmpty else {
      return .rejected(RejectedRow(line: record.line, text: record.text, problems: problems))
    }
    // Warnings say the response is kept without a value, which holds only for kept rows.
    warnings.forEach { summary.warn($0) }
    if let warning = swallowedRowsWarning(record) { summary.warn(warning) }
    return .accepted(builder.response)
  }

  /// Warns when a quoted field holds a line break followed by a line with a whole row's worth
  /// of delimiters: an unmatched quote in the export has probably merged the following rows
  /// into this one, and they are missing from the count.
  private func swallowedRowsWarning(_ record: CSVRecord) -> SKMError? {
    guard headers.count >= 3 else { return nil }
    for (index, field) in record.fields.enumerated() where field.contains(where: \.isNewline) {
      let lines = field.split(whereSeparator: \.isNewline).dropFirst()
      let rowLike = lines.contains { line in
        max(line.filter { $0 == "," }.count, line.filter { $0 == ";" }.count) >= headers.count - 1
      }
      guard rowLike else { continue }
      let column = index < headers.count ? headers[index] : nil
      return SKMError(
        code: .importSwallowedRows,
        message: LocalizedText(
          indonesian:
            "Teks dalam tanda kutip di kolom ini memuat baris yang tampak seperti baris data utuh; mungkin ada tanda kutip yang tidak ditutup sehingga baris berikutnya tergabung dan tidak terhitung. Periksa tanda kutip pada baris ini.",
          english:
            "The quoted text in this column contains lines that look like whole rows; an unmatched quote may have merged the following rows into this one, so they are not counted. Check the quotes on this line."
        ),
        location: SourceLocation(file: file, line: record.line, column: column)
      )
    }
    return nil
  }

  private func checkFieldCount(_ record: CSVRecord, problems: inout [SKMError]) {
    let location = SourceLocation(file: file, line: record.line)
    if record.fields.count < headers.count {
      problems.append(
        SKMError(
          code: .importTooFewFields,
          message: LocalizedText(
            indonesian:
              "Baris hanya berisi \(record.fields.count) kolom, padahal judul berisi"
              + " \(headers.count). Periksa pemisah kolom dan tanda kutip di baris ini.",
            english:
              "The row has \(record.fields.count) fields but the header has \(headers.count)."
              + " Check the delimiters and quotes on this line."
          ),
          location: location,
          value: record.text
        )
      )
    } else if record.fields[headers.count...].contains(where: { !$0.isEmpty }) {
      problems.append(
        SKMError(
          code: .importTooManyFields,
          message: LocalizedText(
            indonesian:
              "Baris berisi \(record.fields.count) kolom, lebih banyak dari \(headers.count)"
              + " kolom judul. Periksa pemisah kolom dan tanda kutip di baris ini.",
            english:
              "The row has \(record.fields.count) fields, more than the \(headers.count) of the"
              + " header. Check the delimiters and quotes on this line."
          ),
          location: location,
          value: record.text
        )
      )
    }
  }

  private func invalidScore(_ cell: String, unsur key: UnsurKey, at location: SourceLocation)
    -> SKMError
  {
    SKMError(
      code: .importInvalidScore,
      message: LocalizedText(
        indonesian:
          "Nilai \"\(cell)\" tidak valid untuk unsur \(unsurNames[key]!.indonesian). Yang"
          + " diharapkan: 1–4, a–d, atau label jawaban kuesioner; biarkan kosong bila tidak"
          + " dijawab.",
        english:
          "Invalid value \"\(cell)\" for unsur \(unsurNames[key]!.english). Expected 1–4, a–d"
          + " or an answer label of the questionnaire; leave the cell empty if unanswered."
      ),
      location: location,
      value: cell
    )
  }
}
