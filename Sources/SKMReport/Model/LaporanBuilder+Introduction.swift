import SKMCore

extension LaporanBuilder {
  /// BAB I Pendahuluan: background, legal basis, aims.
  func introduction() -> ReportChapter {
    let background = text(
      "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik mewajibkan setiap penyelenggara pelayanan publik mengikutsertakan masyarakat dalam penyelenggaraan pelayanan. Salah satu caranya adalah Survei Kepuasan Masyarakat (SKM), yang wajib dilaksanakan setiap unit penyelenggara pelayanan publik paling sedikit sekali dalam setahun. Hasil survei menjadi dasar perbaikan pelayanan, dipublikasikan kepada masyarakat, dan dilaporkan kepada Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi.",
      "Law No. 25 of 2009 on Public Services requires every public service provider to involve the public in its services. One means is the Public Satisfaction Survey (SKM), which every public service unit must carry out at least once a year. Its results guide improvements, are published, and are reported to the Ministry of Administrative and Bureaucratic Reform (KemenPANRB)."
    )
    let unitSentence = text(
      "Laporan ini menyajikan hasil SKM \(unitPhrase)\(periodSuffix).",
      "This report presents the SKM results of \(unitPhrase)\(periodSuffix)."
    )
    let legalBasis = [
      text(
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
        "Law No. 25 of 2009 on Public Services;"
      ),
      text(
        "Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
        "Government Regulation No. 96 of 2012 implementing Law No. 25 of 2009 on Public Services;"
      ),
      text(
        "Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 14 Tahun 2017 tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara Pelayanan Publik.",
        "Regulation of the Minister of Administrative and Bureaucratic Reform No. 14 of 2017 on Guidelines for Public Satisfaction Surveys of Public Service Units."
      ),
    ]
    let aims = [
      text(
        "mengetahui tingkat kepuasan masyarakat terhadap pelayanan yang diberikan;",
        "to measure how satisfied the public is with the services provided;"
      ),
      text(
        "mengetahui unsur pelayanan yang masih perlu diperbaiki dan yang sudah baik;",
        "to find the service elements (unsur) that need improvement and those that work well;"
      ),
      text(
        "menjadi dasar penyusunan rencana tindak lanjut (RTL) perbaikan pelayanan;",
        "to ground the follow-up plan (RTL) for improving the service;"
      ),
      text(
        "memenuhi kewajiban publikasi dan pelaporan hasil SKM.",
        "to meet the duty to publish and report the SKM results."
      ),
    ]
    return ReportChapter(
      label: chapterLabel(1),
      title: text("Pendahuluan", "Introduction"),
      sections: [
        ReportSection(
          number: "1.1",
          heading: text("Latar Belakang", "Background"),
          blocks: [.paragraph(background), .paragraph(unitSentence)]
        ),
        ReportSection(
          number: "1.2",
          heading: text("Dasar Hukum", "Legal Basis"),
          blocks: [.list(legalBasis)]
        ),
        ReportSection(
          number: "1.3",
          heading: text("Maksud dan Tujuan", "Purpose and Aims"),
          blocks: [
            .paragraph(
              text(
                "Survei ini dilaksanakan dengan tujuan:",
                "The survey was carried out:"
              )
            ),
            .list(aims),
          ]
        ),
      ]
    )
  }

  var periodSuffix: String {
    options.periodName.map { text(" pada \($0)", " for \($0)") } ?? ""
  }
}
