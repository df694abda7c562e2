import Foundation
import SKMCore

/// Imports a tally CSV with the header `unsur,n1,n2,n3,n4`: per unsur, how many respondents
/// gave each score.
///
/// The `unsur` cell is a code (`U1`), a key (`persyaratan`) or a name of an item of the
/// questionnaire. A tally is small and re-typed by hand, so any bad row stops the import.
public struct TallyCSVImporter: Sendable {
  public var questionnaire: Questionnaire

  /// The largest count a cell may hold: far above any population, and small enough that sums
  /// of scores over every unsur cannot overflow 64-bit integers.
  public static let maximumCount = 1_000_000_000_000

  public init(questionnaire: Questionnaire = .standard) {
    self.questionnaire = questionnaire
  }

  /// Reads the whole table; unsur without a row get zero counts.
  ///
  /// - Throws: ``SKMError`` for an unreadable file, a wrong header, an unknown or repeated
  ///   unsur, or a count that is not a whole number ≥ 0.
  public func importFile(at url: URL, displayName: String? = nil) throws -> TallyTable {
    try read(CSVReader(url: url, displayName: displayName))
  }

  public func importData(_ data: Data, displayName: String) throws -> TallyTable {
    try read(CSVReader(data: data, displayName: displayName))
  }

  func read(_ reader: CSVReader) throws -> TallyTable {
    let file = reader.displayName
    guard let header = try reader.next(),
      header.fields.map(foldForMatching) == ["unsur", "n1", "n2", "n3", "n4"]
    else {
      throw tallyError(
        LocalizedText(
          indonesian: "Judul kolom tabel rekap harus unsur,n1,n2,n3,n4.",
          english: "A tally table's header must be unsur,n1,n2,n3,n4."
        ),
        SourceLocation(file: file, line: 1),
        value: nil
      )
    }
    var counts: [UnsurKey: [Int]] = [:]
    while let record = try reader.next() {
      let (key, row) = try parse(record, file: file, header: header.fields)
      guard counts[key] == nil else {
        throw tallyError(
          LocalizedText(
            indonesian: "Unsur ini sudah muncul di baris sebelumnya; setiap unsur satu baris.",
            english: "This unsur already has a row; give each unsur one row."
          ),
          SourceLocation(file: file, line: record.line, column: header.fields[0]),
          value: record.fields[0]
        )
      }
      counts[key] = row
    }
    return TallyTable(
      rows: questionnaire.unsur.map {
        TallyTable.Row(unsur: $0, counts: counts[$0.key] ?? [0, 0, 0, 0])
      }
    )
  }

  private func parse(_ record: CSVRecord, file: String, header: [String]) throws -> (
    UnsurKey, [Int]
  ) {
    guard record.fields.count == 5 else {
      throw tallyError(
        LocalizedText(
          indonesian:
            "Baris harus berisi 5 kolom (unsur,n1,n2,n3,n4), bukan \(record.fields.count).",
          english: "A row must have 5 fields (unsur,n1,n2,n3,n4), not \(record.fields.count)."
        ),
        SourceLocation(file: file, line: record.line),
        value: record.text
      )
    }
    guard
      let unsur = questionnaire.unsur(named: record.fields[0])
    else {
      throw tallyError(
        LocalizedText(
          indonesian:
            "Unsur tidak dikenal. Gunakan kode (U1…U\(questionnaire.items.count)), kunci"
            + " (persyaratan, prosedur, …) atau nama unsur.",
          english:
            "Unknown unsur. Use a code (U1…U\(questionnaire.items.count)), a key (persyaratan,"
            + " prosedur, …) or the unsur's name."
        ),
        SourceLocation(file: file, line: record.line, column: header[0]),
        value: record.fields[0]
      )
    }
    var row: [Int] = []
    for index in 1...4 {
      let cell = record.fields[index].trimmingCharacters(in: .whitespaces)
      guard let count = Int(cell), (0...Self.maximumCount).contains(count) else {
        throw tallyError(
          LocalizedText(
            indonesian: "Jumlah responden harus bilangan bulat dari 0 sampai 10^12.",
            english: "A respondent count must be a whole number from 0 to 10^12."
          ),
          SourceLocation(file: file, line: record.line, column: header[index]),
          value: cell
        )
      }
      row.append(count)
    }
    return (unsur.key, row)
  }

  private func tallyError(_ message: LocalizedText, _ location: SourceLocation, value: String?)
    -> SKMError
  {
    let valueText = value.map {
      LocalizedText(indonesian: " Nilai: \"\($0)\".", english: " Value: \"\($0)\".")
    }
    return SKMError(
      code: .importInvalidTally,
      message: LocalizedText(
        indonesian: message.indonesian + (valueText?.indonesian ?? ""),
        english: message.english + (valueText?.english ?? "")
      ),
      location: location,
      value: value
    )
  }
}
