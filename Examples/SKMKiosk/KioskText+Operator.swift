import SKMCore

extension KioskText {
  /// The `--help` text.
  var help: String {
    pick(
      """
      skm-kiosk — Survei Kepuasan Masyarakat (PermenPANRB 14/2017) di terminal loket pelayanan

      Penggunaan:
        skm-kiosk --store PATH [--unit ID] [--service NAMA]... [--device NAMA]
                  [--lang id|en] [--once]

        --store PATH     jurnal tempat setiap kuesioner yang dikirim disimpan; dibuat bila
                         belum ada. Hanya satu kiosk yang dapat menulis satu jurnal.
        --unit ID        id unit layanan (UPP) yang dicatat pada setiap jawaban
        --service NAMA   jenis layanan yang dapat dipilih responden; ulangi untuk tiap layanan.
                         Dengan satu layanan, pertanyaannya dilewati; tanpa --service, jenis
                         layanan tidak dicatat.
        --device NAMA    nama perangkat yang dicatat sebagai sumber dan dalam id jawaban
                         (bawaan: nama host komputer)
        --lang id|en     bahasa layar: id (Bahasa Indonesia, bawaan) atau en (English)
        --once           berhenti setelah satu responden, baik dikirim maupun dibatalkan
        -h, --help       menampilkan bantuan ini

      Kiosk melayani responden satu per satu sampai masukan berakhir (Ctrl-D di terminal).
      Jawaban disimpan hanya setelah responden memilih Kirim; kuesioner yang belum selesai
      atau dibatalkan tidak pernah disimpan. Tidak memerlukan jaringan.

      Status keluar: 0 selesai, 1 jurnal tidak dapat dibuka atau ditulis (misalnya sedang
      ditulis kiosk lain), 2 baris perintah tidak valid.

      """,
      """
      skm-kiosk — the public satisfaction survey (SKM, PermenPANRB 14/2017) at a service counter

      Usage:
        skm-kiosk --store PATH [--unit ID] [--service NAME]... [--device NAME]
                  [--lang id|en] [--once]

        --store PATH     journal that stores every submitted questionnaire; created if missing.
                         Only one kiosk at a time can write a journal.
        --unit ID        id of the service unit (UPP) recorded on every response
        --service NAME   a service (jenis layanan) the respondent chooses from; repeat for each.
                         With one service the question is skipped; without --service no
                         service is recorded.
        --device NAME    device name recorded as the source and in the id of each response
                         (default: the computer's host name)
        --lang id|en     screen language: id (Bahasa Indonesia, the default) or en (English)
        --once           stop after one respondent, whether submitted or cancelled
        -h, --help       show this help

      The kiosk serves one respondent after another until input ends (Ctrl-D at a terminal).
      Answers are stored only after the respondent chooses Submit; a questionnaire that is
      unfinished or cancelled is never stored. No network is needed.

      Exit status: 0 done, 1 the journal cannot be opened or written (for example while
      another kiosk writes it), 2 invalid command line.

      """
    )
  }

  /// The advice after the journal's writer lock error.
  var lockedJournalHint: String {
    pick(
      "Bila kiosk lain memakai jurnal ini, beri setiap kiosk jurnalnya sendiri (--store) lalu gabungkan jurnal-jurnal itu dengan skm sync.",
      "If another kiosk uses this journal, give each kiosk its own journal (--store) and merge the journals with skm sync."
    )
  }

  /// Returns the warning for a torn tail that opening the journal removed.
  func truncatedTail(_ bytes: Int) -> String {
    pick(
      "jurnal berakhir dengan catatan yang terpotong (\(bytes) bita), seperti yang ditinggalkan komputer yang mati saat menulis. Bagian itu dibuang dan semua catatan sebelumnya tetap utuh.",
      "the journal ended in a cut-off record (\(bytes) bytes), as a crash or power cut while writing leaves it. That part was removed and every record before it is intact."
    )
  }

  /// Returns the warning for damaged records in the middle of the journal.
  func damagedRecords(_ count: Int) -> String {
    pick(
      "jurnal memuat \(count) bagian rusak yang dilewati; catatan lain tetap terbaca. Salin jurnal ini untuk diperiksa.",
      "the journal contains \(count) damaged stretches that were skipped; the other records are still readable. Keep a copy of the journal for inspection."
    )
  }
}
