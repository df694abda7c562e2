import Foundation
import SKMCore
import SKMStore

/// A ``SKMStore/SurveyStore`` in an SQLite 3 database file, which several processes can share.
///
/// The store uses the system's SQLite: the SDK's `SQLite3` module on Apple platforms and
/// `libsqlite3` (Debian and Ubuntu package `libsqlite3-dev`) on Linux.
///
/// ## Schema
///
/// `PRAGMA user_version` stores the schema version. Opening a file runs the missing migrations in
/// order, each in its own transaction, and rejects a file whose version is newer than this code
/// supports. Version 1 has two tables:
/// - `responses`: `sequence` (an autoincrement integer that gives the scan order), `id`
///   (unique), the indexed columns `unit_id`, `service`, `submitted_date` (`YYYY-MM-DD`) and
///   `questionnaire_version`, `submitted_at` (`YYYY-MM-DD HH:MM:SS`), and `json`, the whole
///   ``SKMCore/Response`` as `JSONEncoder` writes it with sorted keys. Reads decode `json`, so
///   every field survives exactly. The other text columns hold the values in Unicode
///   normalization form C, so that SQL equality agrees with Swift's `==`.
/// - `questionnaires`: `id`, `version` and `json`, with the primary key `(id, version)`.
///
/// ## Durability and concurrency
///
/// The database uses the WAL journal mode with `synchronous=FULL`, so `append` returns only
/// after its batch is synced to the log. Each batch is one `BEGIN IMMEDIATE` transaction and is
/// rolled back whole when anything in it fails. Connections in other processes, or other
/// instances in this one, wait up to 5 seconds for each other's write lock. A reader does not
/// wait for a writer, except briefly while SQLite recovers the log after a crash.
///
/// ## Cost
///
/// `append` costs one `INSERT` per response and one sync per batch, so the responses of a batch
/// share a sync. `scan` reads 256 rows per query, selected in SQL by the indexed columns, and
/// decodes each row's JSON. `count` is one `SELECT COUNT(*)` and decodes nothing.
///
/// ```swift
/// let store = try SQLiteSurveyStore(path: "/var/lib/skm/survei.sqlite")
/// let outcome = try store.append(responses)
/// let january = try store.count(ResponseFilter(period: .month(2026, 1)))
/// ```
///
/// Thread safety: an `NSLock` guards the SQLite connection and its cache of prepared statements,
/// and nothing else in an instance changes after `init`, which is why the class is
/// `@unchecked Sendable`. A scan holds the lock only while it reads a page of rows, not while it
/// calls `body`, so `body` may use the same store.
public final class SQLiteSurveyStore: SurveyStore, @unchecked Sendable {
  /// The database file's path as given to ``init(path:)``.
  public let path: String

  private let lock = NSLock()
  private let connection: SQLiteConnection

  /// How many rows a scan reads per query, between which it releases the lock.
  private static let scanPageSize = 256

  /// Opens the database at `path`, creating the file and its schema when it does not exist.
  ///
  /// An empty file is set up like a new one. The WAL journal mode also creates the files
  /// `path-wal` and `path-shm` next to the database, and they belong to it.
  ///
  /// - Parameter path: A file path. SQLite's special names such as `:memory:` are rejected,
  ///   because an in-memory database cannot use the WAL journal mode.
  /// - Throws: ``SKMCore/SKMError`` with ``SKMCore/SKMError/Code/storeSQLiteFailed`` when the
  ///   file cannot be opened, is not an SQLite database or cannot use WAL, or with
  ///   ``SKMCore/SKMError/Code/storeSQLiteSchemaTooNew`` when a newer version of this library
  ///   wrote its schema.
  public init(path: String) throws {
    // The connection stays local until everything succeeds, so a failure closes it.
    let connection: SQLiteConnection
    do {
      connection = try SQLiteConnection(path: path)
    } catch let error as SQLiteError {
      throw SKMError.sqliteFailed(error, .open, path: path)
    }

    do {
      try SQLiteSchema.configure(connection)
    } catch let error as SQLiteError {
      throw SKMError.sqliteFailed(error, .configure, path: path)
    }

    do {
      try SQLiteSchema.migrate(connection, migrations: SQLiteSchema.migrations)
    } catch let error as SQLiteError {
      throw SKMError.sqliteFailed(error, .migrate, path: path)
    }

    self.path = path
    self.connection = connection
  }

  /// Stores the responses whose ids are new, in order, in one transaction.
  ///
  /// Ids are compared by Swift's `==`, as ``SKMStore/InMemoryResponseStore`` compares them.
  ///
  /// - Returns: How many responses were stored, and the ids that were already stored or
  ///   repeated within the batch.
  /// - Throws: ``SKMCore/SKMError`` with ``SKMCore/SKMError/Code/storeSQLiteFailed`` when
  ///   SQLite fails, such as when another connection holds the write lock for more than
  ///   5 seconds. The transaction is then rolled back, so none of the batch is stored.
  @discardableResult
  public func append(_ responses: [Response]) throws -> AppendOutcome {
    guard !responses.isEmpty else { return AppendOutcome() }

    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let rows = try responses.map { try ResponseRow($0, encoder: encoder) }

    return try withConnection(.append) { connection in
      try connection.transaction {
        var outcome = AppendOutcome()
        for row in rows {
          // `INSERT OR IGNORE` changes no row for an id that is stored already, including one
          // stored earlier in this batch.
          if try connection.run(ResponseRow.insertSQL, row.values) == 1 {
            outcome.stored += 1
          } else {
            outcome.duplicateIDs.append(row.id)
          }
        }
        return outcome
      }
    }
  }

  /// Calls `body` with every stored response that `filter` matches, in the order stored.
  ///
  /// The scan includes the responses committed before it started and none appended later, not
  /// even those that `body` appends.
  ///
  /// - Throws: ``SKMCore/SKMError`` when SQLite fails or a row does not decode, or the error
  ///   `body` throws.
  public func scan(_ filter: ResponseFilter, _ body: (Response) throws -> Void) throws {
    let query = ResponseQuery(filter)
    let decoder = JSONDecoder()

    // Writers are serialized and sequences only grow, so every row at or below the current
    // maximum is already committed and no later commit adds one there.
    let lastSequence = try withConnection(.scan) { connection in
      try connection.integer("SELECT COALESCE(MAX(sequence), 0) FROM responses") ?? 0
    }

    var sequence: Int64 = 0
    while sequence < lastSequence {
      let page = query.page(after: sequence, through: lastSequence, limit: Self.scanPageSize)
      var rows: [(sequence: Int64, json: Data)] = []
      try withConnection(.scan) { connection in
        try connection.query(page.sql, page.values) { row in
          rows.append((row.integer(0), row.data(1)))
        }
      }
      guard let last = rows.last else { return }
      sequence = last.sequence

      for row in rows {
        let response = try decode(Response.self, row.json, decoder, "responses", row.sequence)
        // The SQL conditions already select these rows; the filter is the reference.
        if filter.matches(response) {
          try body(response)
        }
      }
    }
  }

  /// Returns how many stored responses `filter` matches, counted by SQLite.
  ///
  /// A period reaching before year 1 or after year 9999 is the exception: its responses are
  /// decoded and counted one by one.
  public func count(_ filter: ResponseFilter) throws -> Int {
    let query = ResponseQuery(filter)
    guard query.isExact else {
      var total = 0
      try scan(filter) { _ in total += 1 }
      return total
    }

    let statement = query.count()
    return try withConnection(.count) { connection in
      Int(try connection.integer(statement.sql, statement.values) ?? 0)
    }
  }

  /// Stores a questionnaire version unless the identical version is stored.
  ///
  /// - Returns: `false` when the identical version was already stored.
  /// - Throws: ``SKMCore/SKMError`` with
  ///   ``SKMCore/SKMError/Code/storeQuestionnaireVersionExists`` when the version is stored
  ///   with different content, or with ``SKMCore/SKMError/Code/storeSQLiteFailed`` when
  ///   SQLite fails.
  @discardableResult
  public func saveQuestionnaire(_ questionnaire: Questionnaire) throws -> Bool {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    let json = try encoder.encode(questionnaire)
    let key: [SQLiteValue] = [
      .text(matchKey(questionnaire.id)), .integer(Int64(questionnaire.version)),
    ]

    return try withConnection(.saveQuestionnaire) { connection in
      // The write transaction keeps another process from saving the same version between the
      // check and the insert.
      try connection.transaction {
        var stored: Data?
        try connection.query(
          "SELECT json FROM questionnaires WHERE id = ? AND version = ?",
          key
        ) { row in
          stored = row.data(0)
        }

        if let stored {
          let existing = try decode(
            Questionnaire.self,
            stored,
            JSONDecoder(),
            "questionnaires",
            "\(questionnaire.id) v\(questionnaire.version)"
          )
          guard existing == questionnaire else {
            throw SKMError.questionnaireVersionExists(questionnaire)
          }
          return false
        }

        try connection.run(
          "INSERT INTO questionnaires (id, version, json) VALUES (?, ?, ?)",
          key + [.utf8(json)]
        )
        return true
      }
    }
  }

  /// Returns every stored questionnaire version, ordered by id and then version.
  public func questionnaires() throws -> [Questionnaire] {
    var rows: [(key: String, json: Data)] = []
    try withConnection(.readQuestionnaires) { connection in
      try connection.query("SELECT id, version, json FROM questionnaires") { row in
        rows.append(("\(row.text(0) ?? "") v\(row.integer(1))", row.data(2)))
      }
    }

    let decoder = JSONDecoder()
    let versions = try rows.map { row in
      try decode(Questionnaire.self, row.json, decoder, "questionnaires", row.key)
    }
    // Sorted in Swift, so the order is the `<` of `String` that the protocol means.
    return versions.sorted { ($0.id, $0.version) < ($1.id, $1.version) }
  }

  /// Returns the value of an integer `PRAGMA` of this instance's connection, such as
  /// `synchronous`.
  func integerPragma(_ name: String) throws -> Int {
    try withConnection(.configure) { connection in
      Int(try connection.integer("PRAGMA \(name)") ?? 0)
    }
  }

  /// Runs `body` with the connection under the lock, and turns an ``SQLiteError`` into an
  /// ``SKMCore/SKMError`` that names the operation and the path.
  private func withConnection<T>(
    _ operation: SQLiteOperation,
    _ body: (SQLiteConnection) throws -> T
  ) throws -> T {
    lock.lock()
    defer { lock.unlock() }
    do {
      return try body(connection)
    } catch let error as SQLiteError {
      throw SKMError.sqliteFailed(error, operation, path: path)
    }
  }

  private func decode<T: Decodable>(
    _ type: T.Type,
    _ json: Data,
    _ decoder: JSONDecoder,
    _ table: String,
    _ row: CustomStringConvertible
  ) throws -> T {
    do {
      return try decoder.decode(type, from: json)
    } catch {
      throw SKMError.sqliteInvalidRecord(
        table,
        sequence: row.description,
        path: path,
        underlying: error
      )
    }
  }
}
