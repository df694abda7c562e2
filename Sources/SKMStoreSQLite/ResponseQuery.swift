import Foundation
import SKMCore
import SKMStore

/// The columns of a response row that inserts and filters use.
///
/// Text columns hold match keys: the value in Unicode normalization form C. Swift compares
/// strings by canonical equivalence, so `"é"` and `"e\u{301}"` are equal, while SQLite compares
/// bytes. Storing and binding NFC keys makes SQL equality agree with `==`, and so with
/// ``SKMStore/ResponseFilter/matches(_:)`` and with ids that the in-memory store treats as
/// duplicates. The `json` column keeps every value exactly as given.
struct ResponseRow {
  var id: String
  var values: [SQLiteValue]

  static let insertSQL = """
    INSERT OR IGNORE INTO responses
      (id, unit_id, service, submitted_date, submitted_at, questionnaire_version, json)
    VALUES (?, ?, ?, ?, ?, ?, ?)
    """

  init(_ response: Response, encoder: JSONEncoder) throws {
    id = response.id
    values = [
      .text(matchKey(response.id)),
      response.unitID.map { .text(matchKey($0)) } ?? .null,
      response.service.map { .text(matchKey($0)) } ?? .null,
      response.submittedAt.flatMap { sortableDate($0.date) }.map { .text($0) } ?? .null,
      response.submittedAt.map { .text($0.description) } ?? .null,
      response.questionnaireVersion.map { .integer(Int64($0)) } ?? .null,
      .utf8(try encoder.encode(response)),
    ]
  }
}

/// The SQL `WHERE` conditions and parameter values for a ``SKMStore/ResponseFilter``.
struct ResponseQuery {
  private(set) var conditions: [String] = []
  private(set) var values: [SQLiteValue] = []
  /// Whether the conditions select exactly the responses the filter matches. When `false`, the
  /// conditions select more, and the caller must apply the filter to each response.
  private(set) var isExact = true

  init(_ filter: ResponseFilter) {
    if let unitID = filter.unitID {
      add("unit_id = ?", .text(matchKey(unitID)))
    }
    if let service = filter.service {
      add("service = ?", .text(matchKey(service)))
    }
    if let version = filter.questionnaireVersion {
      add("questionnaire_version = ?", .integer(Int64(version)))
    }
    if let dates = filter.period?.dates {
      if let first = sortableDate(dates.lowerBound), let last = sortableDate(dates.upperBound) {
        add("submitted_date BETWEEN ? AND ?", .text(first), .text(last))
      } else {
        isExact = false
      }
    }
  }

  /// Returns the statement for the page of matching rows after `sequence`, at most `limit`
  /// rows, up to and including `lastSequence`; it selects `sequence` and `json`.
  func page(after sequence: Int64, through lastSequence: Int64, limit: Int) -> (
    sql: String, values: [SQLiteValue]
  ) {
    let sql =
      "SELECT sequence, json FROM responses WHERE "
      + (["sequence > ?", "sequence <= ?"] + conditions).joined(separator: " AND ")
      + " ORDER BY sequence LIMIT ?"
    return (sql, [.integer(sequence), .integer(lastSequence)] + values + [.integer(Int64(limit))])
  }

  /// Returns the statement that counts the matching rows.
  func count() -> (sql: String, values: [SQLiteValue]) {
    let clause = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
    return ("SELECT COUNT(*) FROM responses" + clause, values)
  }

  private mutating func add(_ condition: String, _ parameters: SQLiteValue...) {
    conditions.append(condition)
    values += parameters
  }
}

/// Returns the text in Unicode normalization form C, the form stored in match-key columns.
func matchKey(_ text: String) -> String {
  text.precomposedStringWithCanonicalMapping
}

/// Returns the date as `YYYY-MM-DD` when text order is date order, that is for years 1–9999;
/// otherwise `nil`.
///
/// Rows for other years store no `submitted_date`, and a period reaching beyond those years
/// adds no date condition, so such dates are compared by ``SKMStore/ResponseFilter`` alone.
func sortableDate(_ date: CivilDate) -> String? {
  (1...9999).contains(date.year) ? date.description : nil
}
