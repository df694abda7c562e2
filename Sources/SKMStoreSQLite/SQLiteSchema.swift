import SKMCore

/// A step that brings the schema from `version - 1` to `version`.
///
/// A migration may add tables, columns and indexes, or copy rows into a new shape, but it never
/// drops a response or a questionnaire: a store must keep every response it ever confirmed.
struct SQLiteMigration: Sendable {
  /// The schema version after this migration, stored in `PRAGMA user_version`.
  var version: Int
  /// The statements to run, separated by semicolons.
  var sql: String
}

/// The connection settings and the schema of ``SQLiteSurveyStore``, with the migrations that
/// create and upgrade it.
enum SQLiteSchema {
  /// How long a connection waits for another connection's lock before failing with
  /// `SQLITE_BUSY`.
  static let busyTimeoutMilliseconds = 5_000

  /// The migrations in order. The last one's version is the schema version this code writes.
  ///
  /// To change the schema, append a migration with the next version. Never edit one that has
  /// shipped, because databases already at its version will not run it again.
  static let migrations: [SQLiteMigration] = [
    SQLiteMigration(
      version: 1,
      sql: """
        CREATE TABLE responses (
          sequence INTEGER PRIMARY KEY AUTOINCREMENT,
          id TEXT NOT NULL UNIQUE,
          unit_id TEXT,
          service TEXT,
          submitted_date TEXT,
          submitted_at TEXT,
          questionnaire_version INTEGER,
          json TEXT NOT NULL
        );
        CREATE INDEX responses_unit_id ON responses (unit_id);
        CREATE INDEX responses_service ON responses (service);
        CREATE INDEX responses_submitted_date ON responses (submitted_date);
        CREATE INDEX responses_questionnaire_version ON responses (questionnaire_version);
        CREATE TABLE questionnaires (
          id TEXT NOT NULL,
          version INTEGER NOT NULL,
          json TEXT NOT NULL,
          PRIMARY KEY (id, version)
        );
        """
    )
  ]

  static var latestVersion: Int { migrations.last?.version ?? 0 }

  /// Sets the busy timeout, WAL journal mode, `synchronous=FULL` and foreign keys.
  ///
  /// - Throws: ``SQLiteError`` when a setting fails, or ``SKMError`` with
  ///   ``SKMError/Code/storeSQLiteFailed`` when the journal mode cannot be WAL, as for an
  ///   in-memory database.
  static func configure(_ connection: SQLiteConnection) throws {
    try connection.execute("PRAGMA busy_timeout = \(busyTimeoutMilliseconds)")

    // Checked before anything writes, so that a newer schema is not touched, not even by the
    // persistent switch to WAL.
    try rejectNewerSchema(try userVersion(connection), path: connection.path)

    var journalMode = ""
    try connection.query("PRAGMA journal_mode = WAL") { row in
      journalMode = row.text(0) ?? ""
    }
    guard journalMode.lowercased() == "wal" else {
      throw SKMError.sqliteJournalModeUnavailable(journalMode, path: connection.path)
    }

    // In WAL mode, FULL syncs the log at every commit, so a committed batch survives a power
    // cut; NORMAL could lose the last commits.
    try connection.execute("PRAGMA synchronous = FULL")
    try connection.execute("PRAGMA foreign_keys = ON")
  }

  /// Runs, in order, every migration above the database's `user_version`, each in its own
  /// transaction together with the new `user_version`.
  ///
  /// The version is read again inside each transaction, so two processes that open a new file
  /// at the same time do not both run a migration.
  ///
  /// - Throws: ``SKMError`` with ``SKMError/Code/storeSQLiteSchemaTooNew`` when the database
  ///   is newer than the last migration, or ``SQLiteError`` when a migration fails. A failed
  ///   migration is rolled back, so the database stays at the previous version.
  static func migrate(_ connection: SQLiteConnection, migrations: [SQLiteMigration]) throws {
    for (index, migration) in migrations.enumerated() {
      precondition(migration.version == index + 1, "migrations must be numbered 1, 2, 3, …")
    }
    let latest = migrations.last?.version ?? 0

    while true {
      let done = try connection.transaction {
        let current = try userVersion(connection)
        try rejectNewerSchema(current, latest: latest, path: connection.path)
        guard current < latest else { return true }

        let migration = migrations[current]
        try connection.execute(migration.sql)
        try connection.execute("PRAGMA user_version = \(migration.version)")
        return false
      }
      if done { return }
    }
  }

  static func userVersion(_ connection: SQLiteConnection) throws -> Int {
    Int(try connection.integer("PRAGMA user_version") ?? 0)
  }

  private static func rejectNewerSchema(_ version: Int, latest: Int = latestVersion, path: String)
    throws
  {
    guard version <= latest else {
      throw SKMError.sqliteSchemaTooNew(version, latest: latest, path: path)
    }
  }
}
