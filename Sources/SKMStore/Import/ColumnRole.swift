import SKMCore

/// The content of a column of a response export.
public enum ColumnRole: Sendable, Hashable {
  case id
  case submittedAt
  case unit
  case service
  case gender
  case age
  case education
  case occupation
  case suggestion
  case questionnaireVersion
  /// The device or address a response came from.
  case source
  case answer(UnsurKey)
  /// Personal data (name, NIK, phone, e-mail, address), which is never imported.
  case personalData
}

/// The order that `u1`…`u9` headers number the unsur in.
public enum NumberedColumnOrder: String, Sendable, Hashable, CaseIterable {
  /// The questionnaire's own order: U8 sarana, U9 pengaduan (the processing form most units
  /// copy).
  case questionnaire
  /// The regulation's list: 8 pengaduan, 9 sarana.
  case regulation
}

/// Recognises the columns of an export from its header.
struct ColumnClassifier {
  let questionnaire: Questionnaire
  let numberedOrder: NumberedColumnOrder

  /// Returns the role of a column, or `nil` for a column the import ignores.
  func role(of header: String) -> ColumnRole? {
    let folded = foldForMatching(header)
    if let role = Self.exactProfileHeaders[folded] { return role }
    if let key = numberedUnsur(folded) ?? namedUnsur(folded) { return .answer(key) }
    // "Saran perbaikan prosedur" is a suggestion about the procedure, not its score.
    let words = Set(folded.split(separator: " ").map(String.init))
    if !words.isDisjoint(with: Self.suggestionWords) && !words.contains("pengaduan") {
      return .suggestion
    }
    if let key = keywordUnsur(folded) { return .answer(key) }
    return profileRole(byWords: folded)
  }

  /// Returns the unsur that the words after a number name, when a numbered header such as
  /// `U8. Sarana dan Prasarana` names a different unsur than its number does in the chosen
  /// order.
  func conflictingName(of header: String) -> UnsurKey? {
    let folded = foldForMatching(header)
    guard let numbered = numberedUnsur(folded) else { return nil }
    let words = folded.split(separator: " ").dropFirst(folded.hasPrefix("unsur ") ? 2 : 1)
    guard !words.isEmpty, let named = keywordUnsur(words.joined(separator: " ")),
      named != numbered
    else { return nil }
    return named
  }

  static let suggestionWords: Set<String> = ["saran", "masukan", "kritik", "komentar", "usulan"]

  /// `u3`, `u3 waktu`, `unsur 3`: the unsur numbered 3 in the chosen order.
  private func numberedUnsur(_ folded: String) -> UnsurKey? {
    let words = folded.split(separator: " ")
    guard let first = words.first else { return nil }
    var digits: Substring
    if first.hasPrefix("u"), first.count > 1, first.dropFirst().allSatisfy(\.isNumber) {
      digits = first.dropFirst()
    } else if first == "unsur", words.count > 1, words[1].allSatisfy(\.isNumber) {
      digits = words[1]
    } else {
      return nil
    }
    guard let number = Int(digits), number >= 1 else { return nil }
    let standardKeys = Unsur.standard.map(\.key)
    let keysInQuestionnaire = questionnaire.unsur.map(\.key)
    if numberedOrder == .regulation, keysInQuestionnaire == standardKeys {
      return number <= 9 ? Unsur.regulationOrder[number - 1] : nil
    }
    return number <= keysInQuestionnaire.count ? keysInQuestionnaire[number - 1] : nil
  }

  /// Returns the unsur whose full name, in either language, is the header.
  private func namedUnsur(_ folded: String) -> UnsurKey? {
    questionnaire.unsur.first {
      foldForMatching($0.name.indonesian) == folded || foldForMatching($0.name.english) == folded
    }?.key
  }

  /// Returns the unsur whose key word the header contains, as when a Google Forms export writes the
  /// whole question as the header. A header with the key words of two unsur matches neither.
  private func keywordUnsur(_ folded: String) -> UnsurKey? {
    let words = Set(folded.split(separator: " ").map(String.init))
    let matches = Set(
      questionnaire.unsur.map(\.key).filter { key in
        (Self.unsurKeywords[key] ?? [key.rawValue]).contains { words.contains($0) }
      }
    )
    return matches.count == 1 ? matches.first : nil
  }

  private func profileRole(byWords folded: String) -> ColumnRole? {
    let words = Set(folded.split(separator: " ").map(String.init))
    for (keyword, role) in Self.profileKeywords where words.contains(keyword) {
      return role
    }
    return nil
  }

  static let unsurKeywords: [UnsurKey: [String]] = [
    .persyaratan: ["persyaratan", "requirements"],
    .prosedur: ["prosedur", "mekanisme", "procedure", "procedures"],
    .waktu: ["waktu", "kecepatan"],
    .biaya: ["biaya", "tarif", "cost"],
    .produk: ["produk", "product"],
    .kompetensi: ["kompetensi", "competence"],
    .perilaku: ["perilaku", "kesopanan", "keramahan"],
    .sarana: ["sarana", "prasarana", "facilities"],
    .pengaduan: ["pengaduan", "complaints"],
  ]

  /// Headers that real exports write for profile columns, folded. They are matched before the
  /// unsur key words, because "Stempel waktu" (a Google Forms timestamp) contains "waktu".
  static let exactProfileHeaders: [String: ColumnRole] = {
    var table: [String: ColumnRole] = [:]
    let groups: [(ColumnRole, [String])] = [
      (
        .id,
        [
          "id", "no", "nomor", "no resp", "no responden", "nomor responden", "id responden",
          "respondent id", "response id",
        ]
      ),
      (
        .submittedAt,
        [
          "created at", "timestamp", "stempel waktu", "tanggal", "tanggal survei",
          "tanggal pengisian", "waktu pengisian", "waktu survei", "submitted at", "tgl",
          "date",
        ]
      ),
      (
        .unit,
        [
          "unit", "unit layanan", "unit pelayanan", "upp", "bagian", "opd", "unit kerja",
          "satuan kerja", "instansi",
        ]
      ),
      (
        .service,
        [
          "jenis layanan", "jenis pelayanan", "layanan", "pelayanan", "sub jenis layanan",
          "service", "nama layanan",
        ]
      ),
      (.gender, ["jenis kelamin", "jk", "kelamin", "gender", "l p", "sex"]),
      (.age, ["usia", "umur", "age", "usia tahun"]),
      (.education, ["pendidikan", "pendidikan terakhir", "education"]),
      (.occupation, ["pekerjaan", "pekerjaan utama", "occupation"]),
      (
        .suggestion,
        [
          "saran", "saran dan masukan", "kritik dan saran", "saran masukan", "masukan",
          "komentar", "suggestion", "suggestions",
        ]
      ),
      (.questionnaireVersion, ["versi kuesioner", "questionnaire version", "versi"]),
      (
        .source,
        [
          "ip", "ip address", "alamat ip", "perangkat", "device", "device id", "kiosk", "kios",
          "sumber", "source", "user agent",
        ]
      ),
      (
        .personalData,
        [
          "nama", "nama responden", "name", "nik", "no ktp", "ktp", "no hp", "hp",
          "nomor hp", "no telp", "telepon", "no telepon", "phone", "whatsapp", "wa",
          "email", "e mail", "alamat", "alamat email", "address",
        ]
      ),
    ]
    for (role, headers) in groups {
      for header in headers { table[header] = role }
    }
    return table
  }()

  /// Single words that mark a profile column in longer headers ("Pendidikan Terakhir Anda").
  static let profileKeywords: [(String, ColumnRole)] = [
    ("kelamin", .gender), ("usia", .age), ("umur", .age), ("pendidikan", .education),
    ("pekerjaan", .occupation), ("saran", .suggestion), ("nama", .personalData),
    ("nik", .personalData), ("telepon", .personalData), ("email", .personalData),
    ("alamat", .personalData), ("layanan", .service),
  ]
}
