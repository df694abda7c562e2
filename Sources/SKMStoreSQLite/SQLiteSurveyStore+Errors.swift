import SKMCore

#if canImport(SQLite3)
  import SQLite3
#else
  import CSQLite
#endif

extension SKMError.Code {
  /// An SQLite call failed; the `underlying` error is the ``SQLiteError``.
  public static let storeSQLiteFailed = SKMError.Code(rawValue: "store.sqlite-failed")
  /// The database's schema version is newer than this code supports.
  public static let storeSQLiteSchemaTooNew = SKMError.Code(
    rawValue: "store.sqlite-schema-too-new"
  )
  /// A stored row cannot be decoded into a response or questionnaire.
  public static let storeSQLiteInvalidRecord = SKMError.Code(
    rawValue: "store.sqlite-invalid-record"
  )
}

/// The operation of ``SQLiteSurveyStore`` that failed, named in error messages.
enum SQLiteOperation: Sendable {
  case open
  case configure
  case migrate
  case append
  case scan
  case count
  case saveQuestionnaire
  case readQuestionnaires

  var name: LocalizedText {
    switch self {
    case .open: LocalizedText(indonesian: "Membuka", english: "Opening")
    case .configure: LocalizedText(indonesian: "Menyiapkan", english: "Configuring")
    case .migrate:
      LocalizedText(indonesian: "Memperbarui skema", english: "Migrating the schema of")
    case .append:
      LocalizedText(indonesian: "Menyimpan respons ke", english: "Storing responses in")
    case .scan:
      LocalizedText(indonesian: "Membaca respons dari", english: "Reading responses from")
    case .count:
      LocalizedText(indonesian: "Menghitung respons di", english: "Counting responses in")
    case .saveQuestionnaire:
      LocalizedText(indonesian: "Menyimpan kuesioner ke", english: "Saving a questionnaire in")
    case .readQuestionnaires:
      LocalizedText(indonesian: "Membaca kuesioner dari", english: "Reading questionnaires from")
    }
  }
}

extension SKMError {
  /// Returns the error for a failed SQLite call, with SQLite's message, the path and what to do.
  static func sqliteFailed(_ error: SQLiteError, _ operation: SQLiteOperation, path: String)
    -> SKMError
  {
    let advice = sqliteAdvice(error.primaryResultCode)
    return SKMError(
      code: .storeSQLiteFailed,
      message: LocalizedText(
        indonesian:
          "\(operation.name.indonesian) basis data SQLite \"\(path)\" gagal: \(error.message) (kode SQLite \(error.resultCode)). \(advice.indonesian)",
        english:
          "\(operation.name.english) the SQLite database \"\(path)\" failed: \(error.message) (SQLite code \(error.resultCode)). \(advice.english)"
      ),
      underlying: error
    )
  }

  static func sqliteSchemaTooNew(_ version: Int, latest: Int, path: String) -> SKMError {
    SKMError(
      code: .storeSQLiteSchemaTooNew,
      message: LocalizedText(
        indonesian:
          "Basis data SQLite \"\(path)\" memakai skema versi \(version), sedangkan SKMStoreSQLite ini hanya mendukung sampai versi \(latest). Buka dengan versi aplikasi yang lebih baru; versi ini tidak mengubah berkas itu.",
        english:
          "The SQLite database \"\(path)\" uses schema version \(version), but this SKMStoreSQLite supports versions up to \(latest). Open it with a newer version of the application; this version leaves the file unchanged."
      ),
      value: String(version)
    )
  }

  static func sqliteJournalModeUnavailable(_ mode: String, path: String) -> SKMError {
    SKMError(
      code: .storeSQLiteFailed,
      message: LocalizedText(
        indonesian:
          "Basis data SQLite \"\(path)\" tidak dapat memakai mode jurnal WAL (mode sekarang: \"\(mode)\"). Gunakan berkas pada sistem berkas lokal, bukan basis data dalam memori atau folder jaringan.",
        english:
          "The SQLite database \"\(path)\" cannot use the WAL journal mode (current mode: \"\(mode)\"). Use a file on a local file system, not an in-memory database or a network folder."
      ),
      value: mode
    )
  }

  /// Returns the error for a stored row whose JSON does not decode, such as a row that another
  /// program wrote or changed.
  static func sqliteInvalidRecord(
    _ table: String,
    sequence: String,
    path: String,
    underlying: any Error & Sendable
  ) -> SKMError {
    SKMError(
      code: .storeSQLiteInvalidRecord,
      message: LocalizedText(
        indonesian:
          "Baris \(sequence) pada tabel \(table) di basis data SQLite \"\(path)\" tidak dapat dibaca: \(underlying). Baris itu ditulis atau diubah di luar SKMStoreSQLite; pulihkan berkas dari cadangan.",
        english:
          "Row \(sequence) of table \(table) in the SQLite database \"\(path)\" cannot be decoded: \(underlying). The row was written or changed outside SKMStoreSQLite; restore the file from a backup."
      ),
      value: sequence,
      underlying: underlying
    )
  }

  private static func sqliteAdvice(_ primaryResultCode: Int32) -> LocalizedText {
    switch primaryResultCode {
    case SQLITE_BUSY, SQLITE_LOCKED:
      LocalizedText(
        indonesian:
          "Koneksi lain memegang kunci basis data lebih dari \(SQLiteSchema.busyTimeoutMilliseconds / 1000) detik. Ulangi setelah koneksi itu selesai.",
        english:
          "Another connection held the database lock for more than \(SQLiteSchema.busyTimeoutMilliseconds / 1000) seconds. Retry after it has finished."
      )
    case SQLITE_READONLY, SQLITE_PERM, SQLITE_CANTOPEN, SQLITE_AUTH:
      LocalizedText(
        indonesian:
          "Pastikan foldernya ada dan proses ini boleh membaca serta menulis berkas itu beserta berkas -wal dan -shm di sebelahnya.",
        english:
          "Check that the folder exists and that this process may read and write the file and the -wal and -shm files next to it."
      )
    case SQLITE_FULL, SQLITE_IOERR:
      LocalizedText(
        indonesian: "Periksa ruang kosong dan perangkat penyimpanan, lalu ulangi.",
        english: "Check the free disk space and the storage device, then retry."
      )
    case SQLITE_CORRUPT, SQLITE_NOTADB:
      LocalizedText(
        indonesian:
          "Berkas itu bukan basis data SQLite atau rusak. Pulihkan dari cadangan atau pilih path lain.",
        english:
          "The file is not an SQLite database or is damaged. Restore it from a backup or choose another path."
      )
    default:
      LocalizedText(
        indonesian: "Periksa pesan SQLite di atas dan berkasnya, lalu ulangi.",
        english: "Check SQLite's message above and the file, then retry."
      )
    }
  }
}
