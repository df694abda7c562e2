import SKMCore

/// The `--help` texts of the program and its commands.
enum Help {
  static func main(_ language: Language) -> String {
    language == .indonesian
      ? """
      skm — menghitung Indeks Kepuasan Masyarakat (IKM) menurut PermenPANRB 14/2017

      Penggunaan: skm PERINTAH [OPSI]

      Perintah:
        score         menghitung NRR, IKM, nilai konversi dan mutu dari berkas jawaban
        report        menulis laporan SKM (HTML, Markdown, formulir pengolahan CSV, JSON)
        sample-size   menghitung jumlah sampel minimal (Krejcie–Morgan) untuk populasi

      Opsi umum:
        --lang id|en  bahasa pesan dan laporan (bawaan: id)
        --help        menampilkan bantuan; skm PERINTAH --help untuk tiap perintah

      """
      : """
      skm — computes the public satisfaction index (IKM) under PermenPANRB 14/2017

      Usage: skm COMMAND [OPTIONS]

      Commands:
        score         computes NRR, IKM, converted value and mutu from a response file
        report        writes the SKM report (HTML, Markdown, processing form CSV, JSON)
        sample-size   computes the minimum sample (Krejcie–Morgan) for a population

      Common options:
        --lang id|en  language of messages and reports (default: id)
        --help        shows help; skm COMMAND --help for each command

      """
  }

  static func score(_ language: Language) -> String {
    language == .indonesian
      ? """
      Penggunaan: skm score (--input FILE | --tally FILE) [--weight exact|0.111|0.11]
                            [--format text|json] [--order questionnaire|regulation]

        --input FILE   berkas CSV jawaban (satu baris per responden; pemisah koma atau titik koma)
        --tally FILE   tabel rekap CSV berjudul unsur,n1,n2,n3,n4 (jumlah responden per nilai)
        --weight       bobot per unsur: exact = 1/k sesuai peraturan (bawaan); 0.111 atau 0.11
                       hanya untuk mencocokkan laporan lama
        --format       text (bawaan) atau json
        --order        urutan kolom u1…u9: questionnaire (U8 sarana, U9 pengaduan; bawaan) atau
                       regulation (8 pengaduan, 9 sarana)

      Berkas dengan baris tidak valid ditolak seluruhnya; setiap masalah disebutkan dengan
      berkas, baris, kolom dan nilainya.

      """
      : """
      Usage: skm score (--input FILE | --tally FILE) [--weight exact|0.111|0.11]
                       [--format text|json] [--order questionnaire|regulation]

        --input FILE   CSV file of responses (one row per respondent; comma or semicolon)
        --tally FILE   tally CSV with header unsur,n1,n2,n3,n4 (respondents per score)
        --weight       weight per unsur: exact = 1/k as the regulation says (default); 0.111
                       or 0.11 only to reconcile legacy reports
        --format       text (default) or json
        --order        order of u1…u9 columns: questionnaire (U8 sarana, U9 pengaduan; default)
                       or regulation (8 pengaduan, 9 sarana)

      A file with invalid rows is refused whole; each problem is reported with its file, line,
      column and value.

      """
  }

  static func report(_ language: Language) -> String {
    language == .indonesian
      ? """
      Penggunaan: skm report --input FILE --output PATH [--format html|md|csv|json]
                             [--unit NAMA] [--period LABEL] [--weight exact|0.111|0.11]
                             [--order questionnaire|regulation]

        --output PATH  berkas laporan yang ditulis (tidak ditulis bila masukan ditolak)
        --format       html (bawaan, atau menurut akhiran PATH), md, csv (formulir pengolahan
                       data per responden), json (ringkasan)
        --unit NAMA    nama unit pelayanan untuk judul laporan
        --period LABEL periode untuk judul: 2025, 2025-S2, 2025-TW4, 2025-12, atau teks bebas

      """
      : """
      Usage: skm report --input FILE --output PATH [--format html|md|csv|json]
                        [--unit NAME] [--period LABEL] [--weight exact|0.111|0.11]
                        [--order questionnaire|regulation]

        --output PATH  report file to write (not written when the input is refused)
        --format       html (default, or by the extension of PATH), md, csv (processing form
                       per respondent), json (summary)
        --unit NAME    the service unit's name, for the report's title
        --period LABEL the period, for the title: 2025, 2025-S2, 2025-TW4, 2025-12, or free text

      """
  }

  static func sampleSize(_ language: Language) -> String {
    language == .indonesian
      ? """
      Penggunaan: skm sample-size POPULASI

      Mencetak jumlah sampel minimal menurut tabel Krejcie–Morgan pada lampiran PermenPANRB
      14/2017, untuk POPULASI penerima layanan dalam periode survei.

      """
      : """
      Usage: skm sample-size POPULATION

      Prints the minimum sample size from the Krejcie–Morgan table in the appendix of
      PermenPANRB 14/2017, for POPULATION service recipients in the survey period.

      """
  }
}
