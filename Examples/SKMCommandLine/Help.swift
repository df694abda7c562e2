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
        report        menulis laporan SKM (HTML, Markdown, Word, Excel, formulir CSV, JSON)
        check         memeriksa berkas: baris tidak valid dan jawaban yang mencurigakan
        export        menulis jawaban yang valid sebagai CSV bersih dan aman untuk spreadsheet
        ingest        menyimpan jawaban dari berkas ke penyimpanan (jurnal .skmj atau .sqlite)
        sync          menggabungkan satu penyimpanan ke penyimpanan lain tanpa menghitung ganda
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
        report        writes the SKM report (HTML, Markdown, Word, Excel, form CSV, JSON)
        check         checks a file: invalid rows and suspicious responses
        export        writes the valid responses as a clean, spreadsheet-safe CSV
        ingest        stores the responses of a file in a store (a .skmj journal or .sqlite)
        sync          merges one store into another without counting anyone twice
        sample-size   computes the minimum sample (Krejcie–Morgan) for a population

      Common options:
        --lang id|en  language of messages and reports (default: id)
        --help        shows help; skm COMMAND --help for each command

      """
  }

  static func score(_ language: Language) -> String {
    language == .indonesian
      ? """
      Penggunaan: skm score (--input FILE | --tally FILE | --store PATH) [--weight exact|0.111|0.11]
                            [--format text|json] [--order questionnaire|regulation]
                            [--unit ID] [--service NAMA] [--period LABEL] [--version N]

        --store PATH   penyimpanan jurnal (.skmj) atau SQLite (.sqlite) yang diisi skm ingest;
                       dengan opsi ini, --unit, --service, --period (2026, 2026-S1, 2026-TW3,
                       2026-03, 2026-01-01..2026-03-31) dan --version memilih jawaban

        --input FILE   berkas CSV jawaban (satu baris per responden; pemisah koma atau titik koma)
        --tally FILE   tabel rekap CSV berjudul unsur,n1,n2,n3,n4 (jumlah responden per nilai)
        --weight       bobot per unsur: exact = 1/k sesuai peraturan (bawaan); 0.111 atau 0.11
                       hanya untuk mencocokkan laporan lama
        --format       text (bawaan) atau json
        --order        urutan kolom u1…u9: questionnaire (U8 sarana, U9 pengaduan; bawaan) atau
                       regulation (8 pengaduan, 9 sarana)

      Berkas dengan baris tidak valid ditolak seluruhnya; setiap masalah disebutkan dengan
      berkas, baris, kolom dan nilainya.

      Data tidak valid dan mutu data:
        --skip-invalid     hitung baris yang valid saja, bukan menolak seluruh berkas
        --rejects PATH     tulis baris yang ditolak apa adanya (dengan judul kolom) ke PATH
        --exclude-flagged  jangan hitung jawaban yang ditandai aturan mutu data (lihat check)
        --repeat-window W  jendela pengisian berulang: day (bawaan), jam seperti 6h, atau off
        --service-hours H  jam layanan seperti 08:00-16:00; di luar itu ditandai (bawaan: mati)
        --ages A-B         rentang usia wajar (bawaan 10-100), atau off
        --flag-identical   tandai jawaban yang sama di semua unsur

      """
      : """
      Usage: skm score (--input FILE | --tally FILE | --store PATH) [--weight exact|0.111|0.11]
                       [--format text|json] [--order questionnaire|regulation]
                       [--unit ID] [--service NAME] [--period LABEL] [--version N]

        --store PATH   a journal (.skmj) or SQLite (.sqlite) store filled by skm ingest; with
                       it, --unit, --service, --period (2026, 2026-S1, 2026-TW3, 2026-03,
                       2026-01-01..2026-03-31) and --version select the responses

        --input FILE   CSV file of responses (one row per respondent; comma or semicolon)
        --tally FILE   tally CSV with header unsur,n1,n2,n3,n4 (respondents per score)
        --weight       weight per unsur: exact = 1/k as the regulation says (default); 0.111
                       or 0.11 only to reconcile legacy reports
        --format       text (default) or json
        --order        order of u1…u9 columns: questionnaire (U8 sarana, U9 pengaduan; default)
                       or regulation (8 pengaduan, 9 sarana)

      A file with invalid rows is refused whole; each problem is reported with its file, line,
      column and value.

      Invalid data and data quality:
        --skip-invalid     score the valid rows instead of refusing the whole file
        --rejects PATH     write the rejected rows verbatim (under the header) to PATH
        --exclude-flagged  leave responses flagged by a data-quality rule out of the scoring
        --repeat-window W  window for repeated submissions: day (default), hours like 6h, or off
        --service-hours H  service hours such as 08:00-16:00; others are flagged (default: off)
        --ages A-B         plausible age range (default 10-100), or off
        --flag-identical   flag the same answer for every unsur

      """
  }

  static func report(_ language: Language) -> String {
    language == .indonesian
      ? """
      Penggunaan: skm report (--input FILE | --store PATH) --output PATH
                             [--format html|md|infographic|csv|json|xlsx|docx]
                             [--unit NAMA] [--period LABEL] [--weight exact|0.111|0.11]
                             [--order questionnaire|regulation]

        --output PATH  berkas laporan yang ditulis (tidak ditulis bila masukan ditolak)
        --format       html (bawaan, atau menurut akhiran PATH), md, infographic (ringkasan
                       satu halaman untuk publikasi), csv (formulir pengolahan data per
                       responden), json (ringkasan angka), xlsx (buku kerja Excel: formulir
                       pengolahan dengan rumus, ringkasan unsur, karakteristik, per layanan,
                       baris ditolak), docx (laporan Word dengan gaya judul dan daftar isi)
        --unit NAMA    nama unit pelayanan untuk judul laporan
        --period LABEL periode untuk judul: 2025, 2025-S2, 2025-TW4, 2025-12, atau teks bebas;
                       dengan --store, --unit dan --period juga memilih jawaban
        --organization NAMA, --region NAMA   OPD dan pemerintah daerah untuk sampul
        --population N       jumlah penerima layanan; laporan membandingkan jumlah responden
                             dengan sampel minimal Krejcie–Morgan
        --previous LABEL=NILAI   nilai konversi periode sebelumnya, urut dari yang terlama
                             (boleh diulang), misalnya --previous 2025-TW3=91,62
        --plan FILE          rencana tindak lanjut unit: CSV unsur,program,waktu,penanggung_jawab
        --place KOTA, --date YYYY-MM-DD      tempat dan tanggal penandatanganan
        --signatory NAMA, --signatory-nip NIP, --signatory-position JABATAN
        --team TEKS, --method TEKS           pelaksana survei dan cara pengumpulan data
        --age-bands 20,30,40,50,60           batas kelompok usia (bawaan seperti contoh)

      Opsi --skip-invalid, --rejects, --exclude-flagged dan aturan mutu data sama seperti pada
      skm score --help; laporan menyebutkan jumlah yang terkumpul, ditolak, dikecualikan dan
      dihitung.

      """
      : """
      Usage: skm report (--input FILE | --store PATH) --output PATH
                        [--format html|md|infographic|csv|json|xlsx|docx]
                        [--unit NAME] [--period LABEL] [--weight exact|0.111|0.11]
                        [--order questionnaire|regulation]

        --output PATH  report file to write (not written when the input is refused)
        --format       html (default, or by the extension of PATH), md, infographic (one-page
                       summary for publication), csv (processing form per respondent), json
                       (figures), xlsx (Excel workbook: processing form with formulas, unsur
                       summary, characteristics, per service, rejected rows), docx (Word report
                       with heading styles and a table of contents)
        --unit NAME    the service unit's name, for the report's title
        --period LABEL the period, for the title: 2025, 2025-S2, 2025-TW4, 2025-12, or free text;
                       with --store, --unit and --period also select the responses
        --organization NAME, --region NAME   the OPD and pemerintah daerah for the cover
        --population N       service recipients; the report compares the respondents with
                             the Krejcie–Morgan minimum sample
        --previous LABEL=VALUE   converted value of an earlier period, oldest first
                             (repeatable), for example --previous 2025-TW3=91.62
        --plan FILE          the unit's follow-up plan: CSV unsur,program,waktu,penanggung_jawab
        --place CITY, --date YYYY-MM-DD      place and date of signing
        --signatory NAME, --signatory-nip NIP, --signatory-position POSITION
        --team TEXT, --method TEXT           who ran the survey and how data were collected
        --age-bands 20,30,40,50,60           age band boundaries (default as shown)

      --skip-invalid, --rejects, --exclude-flagged and the data-quality rules work as in
      skm score --help; the report states how many were collected, rejected, excluded and scored.

      """
  }

  static func check(_ language: Language) -> String {
    language == .indonesian
      ? """
      Penggunaan: skm check --input FILE [--format text|json] [--rejects PATH]
                            [--order questionnaire|regulation] [aturan mutu data]

      Memeriksa setiap baris tanpa menghitung IKM: baris yang ditolak beserta kolom, nilai dan
      alasannya, serta jawaban yang ditandai (ID ganda, pengisian berulang, lonjakan dari satu
      sumber, usia tidak wajar, di luar jam layanan, jawaban seragam). Keluaran JSON berisi
      collected, valid, rejected (line, column, value, code, reason) dan flagged (line, id, rules,
      reasons).
      Status keluar 0 bila semua baris valid, 1 bila ada baris yang ditolak.
      Aturan mutu data: --repeat-window, --service-hours, --ages, --flag-identical (lihat
      skm score --help).

      """
      : """
      Usage: skm check --input FILE [--format text|json] [--rejects PATH]
                       [--order questionnaire|regulation] [data-quality rules]

      Checks every row without scoring: rejected rows with their column, value and reason, and
      flagged responses (duplicate id, repeated submission, burst from one source, implausible
      age, outside service hours, identical answers). The JSON output has collected, valid,
      rejected (line, column, value, code, reason) and flagged (line, id, rules, reasons).
      Exit status 0 when every row is valid, 1 when some rows are rejected.
      Data-quality rules: --repeat-window, --service-hours, --ages, --flag-identical (see
      skm score --help).

      """
  }

  static func export(_ language: Language) -> String {
    language == .indonesian
      ? """
      Penggunaan: skm export --input FILE --output PATH [--skip-invalid] [--rejects PATH]
                             [--order questionnaire|regulation]

      Menulis jawaban yang valid sebagai CSV bersih yang dapat diimpor kembali. Sel teks yang
      diawali =, +, -, @, tab atau CR diberi tanda petik tunggal agar spreadsheet tidak
      menjalankannya sebagai rumus. Kolom data pribadi tidak pernah ditulis.

      """
      : """
      Usage: skm export --input FILE --output PATH [--skip-invalid] [--rejects PATH]
                        [--order questionnaire|regulation]

      Writes the valid responses as a clean CSV that imports again. Text cells starting with
      =, +, -, @, a tab or CR get a leading apostrophe so a spreadsheet never runs them as
      formulas. Personal data columns are never written.

      """
  }

  static func ingest(_ language: Language) -> String {
    language == .indonesian
      ? """
      Penggunaan: skm ingest --input FILE --store PATH [--format text|json]
                             [--namespace NAMA] [--rejects PATH] [--order questionnaire|regulation]

      Menyimpan baris yang valid ke penyimpanan: SQLite bila PATH berakhiran .sqlite, selain itu
      jurnal (disarankan .skmj). Setiap kelompok 1000 baris tersimpan permanen sebelum progres
      dicetak. Baris dengan kolom id disimpan sebagai NAMA/id (NAMA bawaan: nama berkas), karena
      nomor id hanya unik dalam satu ekspor; beri --namespace yang sama untuk ekspor ulang dari
      aplikasi yang sama. Tanpa kolom id, id diturunkan dari isi baris, sehingga berkas yang sama
      tidak tersimpan dua kali. JSON: {"stored": n, "duplicates": n, "rejected": n}.

      """
      : """
      Usage: skm ingest --input FILE --store PATH [--format text|json]
                        [--namespace NAME] [--rejects PATH] [--order questionnaire|regulation]

      Stores the valid rows in a store: SQLite when PATH ends in .sqlite, otherwise a journal
      (suggested .skmj). Each batch of 1000 rows is durable before progress is printed. Rows
      with an id column are stored as NAME/id (NAME defaults to the file's name), because
      numbered ids are unique only within one export; give the same --namespace to re-exports
      of the same application. Without an id column the id derives from the row's content, so
      the same file never stores twice. JSON: {"stored": n, "duplicates": n, "rejected": n}.

      """
  }

  static func sync(_ language: Language) -> String {
    language == .indonesian
      ? """
      Penggunaan: skm sync --from PATH --to PATH [--format text|json]

      Menyalin semua versi kuesioner dan jawaban dari satu penyimpanan ke penyimpanan lain
      (dibuat bila belum ada). Jawaban yang id-nya sudah ada dilewati, sehingga sinkronisasi
      berulang atau dari beberapa kios tidak pernah menghitung ganda.

      Perintah score dan report menerima --store PATH sebagai ganti --input, dengan --unit,
      --service, --period (2026, 2026-S1, 2026-TW3, 2026-03, 2026-01-01..2026-03-31) dan
      --version untuk memilih jawaban.

      """
      : """
      Usage: skm sync --from PATH --to PATH [--format text|json]

      Copies every questionnaire version and response of one store into another (created if
      missing). Responses whose id is already there are skipped, so repeated syncs, or syncs
      from several kiosks, never count anyone twice.

      score and report accept --store PATH in place of --input, with --unit, --service,
      --period (2026, 2026-S1, 2026-TW3, 2026-03, 2026-01-01..2026-03-31) and --version to
      select responses.

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
