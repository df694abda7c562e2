import Foundation
import SKMCore
import SKMStore
import SKMStoreSQLite

/// Opens the store a `--store PATH` names: SQLite for a `.sqlite` path, the journal otherwise.
enum StoreLocation {
  /// Opens the store and warns on standard error about damage a journal reports.
  static func open(_ path: String, readOnly: Bool, console: Console) throws -> any SurveyStore {
    if path.lowercased().hasSuffix(".sqlite") {
      if readOnly { try requireExisting(path) }
      return try SQLiteSurveyStore(path: path)
    }
    if readOnly { try requireExisting(path) }
    let journal = try JournalStore(path: path, mode: readOnly ? .readOnly : .readWrite)
    for damage in journal.damage {
      console.problem(
        console.text(
          "peringatan: \(path): \(damage.length) bita rusak pada posisi \(damage.offset) dilewati; catatan sebelum dan sesudahnya tetap dibaca. Pulihkan dari cadangan atau sinkronisasi ulang dari kios.",
          "warning: \(path): skipped \(damage.length) damaged bytes at offset \(damage.offset); the records around them are read. Restore from a backup or sync again from the kiosk."
        )
      )
    }
    if journal.truncatedTailBytes > 0 {
      console.problem(
        console.text(
          "peringatan: \(path): \(journal.truncatedTailBytes) bita terakhir yang tidak lengkap (penulisan terputus) dibuang.",
          "warning: \(path): removed \(journal.truncatedTailBytes) bytes of an incomplete last record (an interrupted write)."
        )
      )
    }
    return journal
  }

  private static func requireExisting(_ path: String) throws {
    guard FileManager.default.fileExists(atPath: path) else {
      throw SKMError(
        code: .fileUnreadable,
        message: LocalizedText(
          indonesian: "Penyimpanan tidak ditemukan. Periksa path, atau isi dulu dengan skm ingest.",
          english: "The store was not found. Check the path, or fill it first with skm ingest."
        ),
        location: SourceLocation(file: path)
      )
    }
  }
}
