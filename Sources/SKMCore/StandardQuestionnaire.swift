extension Questionnaire {
  /// The standard questionnaire of PermenPANRB 14/2017: nine items in questionnaire order
  /// (U8 sarana, U9 pengaduan), with the published answer labels.
  public static let standard = Questionnaire(
    id: "permenpanrb-14-2017",
    version: 1,
    title: LocalizedText(
      indonesian: "Kuesioner Survei Kepuasan Masyarakat",
      english: "Public Satisfaction Survey Questionnaire"
    ),
    items: zip(Unsur.standard, standardWording).map { unsur, wording in
      QuestionnaireItem(unsur: unsur, question: wording.question, answerLabels: wording.labels)
    }
  )

  private static let standardWording: [(question: LocalizedText, labels: [LocalizedText])] = [
    (
      LocalizedText(
        indonesian:
          "Bagaimana pendapat Saudara tentang kesesuaian persyaratan pelayanan dengan jenis pelayanannya?",
        english: "How well do the service requirements fit the type of service?"
      ),
      labels(
        ("Tidak sesuai", "Not appropriate"),
        ("Kurang sesuai", "Somewhat appropriate"),
        ("Sesuai", "Appropriate"),
        ("Sangat sesuai", "Very appropriate")
      )
    ),
    (
      LocalizedText(
        indonesian: "Bagaimana pemahaman Saudara tentang kemudahan prosedur pelayanan di unit ini?",
        english: "How easy do you find the service procedure at this unit?"
      ),
      labels(
        ("Tidak mudah", "Not easy"),
        ("Kurang mudah", "Somewhat easy"),
        ("Mudah", "Easy"),
        ("Sangat mudah", "Very easy")
      )
    ),
    (
      LocalizedText(
        indonesian:
          "Bagaimana pendapat Saudara tentang kecepatan waktu dalam memberikan pelayanan?",
        english: "How fast was the service delivered?"
      ),
      labels(
        ("Tidak cepat", "Not fast"),
        ("Kurang cepat", "Somewhat fast"),
        ("Cepat", "Fast"),
        ("Sangat cepat", "Very fast")
      )
    ),
    (
      LocalizedText(
        indonesian: "Bagaimana pendapat Saudara tentang kewajaran biaya/tarif dalam pelayanan?",
        english: "How fair is the cost or tariff of the service?"
      ),
      labels(
        ("Sangat mahal", "Very expensive"),
        ("Cukup mahal", "Fairly expensive"),
        ("Murah", "Inexpensive"),
        ("Gratis", "Free of charge")
      )
    ),
    (
      LocalizedText(
        indonesian:
          "Bagaimana pendapat Saudara tentang kesesuaian produk pelayanan antara yang tercantum dalam standar pelayanan dengan hasil yang diberikan?",
        english: "How well does the service delivered match the published service standard?"
      ),
      labels(
        ("Tidak sesuai", "Not matching"),
        ("Kurang sesuai", "Partly matching"),
        ("Sesuai", "Matching"),
        ("Sangat sesuai", "Fully matching")
      )
    ),
    (
      LocalizedText(
        indonesian:
          "Bagaimana pendapat Saudara tentang kompetensi/kemampuan petugas dalam pelayanan?",
        english: "How competent were the staff who served you?"
      ),
      labels(
        ("Tidak kompeten", "Not competent"),
        ("Kurang kompeten", "Somewhat competent"),
        ("Kompeten", "Competent"),
        ("Sangat kompeten", "Very competent")
      )
    ),
    (
      LocalizedText(
        indonesian:
          "Bagaimana pendapat Saudara tentang perilaku petugas dalam pelayanan terkait kesopanan dan keramahan?",
        english: "How polite and friendly were the staff who served you?"
      ),
      labels(
        ("Tidak sopan dan ramah", "Not polite and friendly"),
        ("Kurang sopan dan ramah", "Somewhat polite and friendly"),
        ("Sopan dan ramah", "Polite and friendly"),
        ("Sangat sopan dan ramah", "Very polite and friendly")
      )
    ),
    (
      LocalizedText(
        indonesian: "Bagaimana pendapat Saudara tentang kualitas sarana dan prasarana?",
        english: "How good are the facilities (sarana dan prasarana)?"
      ),
      labels(("Buruk", "Poor"), ("Cukup", "Fair"), ("Baik", "Good"), ("Sangat Baik", "Very good"))
    ),
    (
      LocalizedText(
        indonesian: "Bagaimana pendapat Saudara tentang penanganan pengaduan pengguna layanan?",
        english: "How are complaints from service users handled?"
      ),
      labels(
        ("Tidak ada", "No complaint handling"),
        ("Ada tetapi tidak berfungsi", "Exists but does not work"),
        ("Berfungsi kurang maksimal", "Works, but not fully"),
        ("Dikelola dengan baik", "Well managed")
      )
    ),
  ]

  private static func labels(_ pairs: (String, String)...) -> [LocalizedText] {
    pairs.map { LocalizedText(indonesian: $0.0, english: $0.1) }
  }
}
