import Foundation
import SKMCore
import SKMStore
import SKMStoreSQLite

/// Opens the store a `--store PATH` names: SQLite for a `.sqlite` path, the journal otherwise.
enum StoreLocation {
  static func open(_ path: String, readOnly: Bool) throws -> any SurveyStore {
    if path.lowercased().hasSuffix(".sqlite") {
      if readOnly { try requireExisting(path) }
      return try SQLiteSurveyStore(path: path)
    }
    if readOnly {
      try requireExisting(path)
      return try JournalStore(path: path, mode: .readOnly)
    }
    return try JournalStore(path: path)
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
