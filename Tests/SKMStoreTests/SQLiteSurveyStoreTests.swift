import Foundation
import SKMCore
import SKMStore
import SKMStoreConformance
import Testing

@testable import SKMStoreSQLite

/// A folder under the system's temporary directory that `remove()` deletes with its contents.
private struct TemporaryFolder {
  let url: URL

  init() throws {
    url = FileManager.default.temporaryDirectory
      .appendingPathComponent("skm-sqlite-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  }

  func path(_ name: String) -> String { url.appendingPathComponent(name).path }

  func remove() { try? FileManager.default.removeItem(at: url) }
}

/// Folders created from a closure that may run on any thread; a lock guards the list.
private final class FolderList: @unchecked Sendable {
  private let lock = NSLock()
  private var folders: [TemporaryFolder] = []

  func make() throws -> TemporaryFolder {
    let folder = try TemporaryFolder()
    lock.withLock { folders.append(folder) }
    return folder
  }

  func removeAll() {
    lock.withLock { folders.forEach { $0.remove() } }
  }
}

/// Returns a response on a day of January 2026, by default in unit `kecamatan-a`.
private func response(_ id: String, day: Int = 6, unit: String = "kecamatan-a") -> Response {
  Response(
    id: id,
    submittedAt: CivilDateTime(
      date: CivilDate(year: 2026, month: 1, day: day)!,
      hour: 10,
      minute: 0
    ),
    unitID: unit,
    service: "KTP-el",
    answers: [.persyaratan: Score(3)!, .waktu: Score(4)!],
    questionnaireVersion: 1
  )
}

private func journalMode(_ path: String) throws -> String {
  let connection = try SQLiteConnection(path: path)
  var mode = ""
  try connection.query("PRAGMA journal_mode") { mode = $0.text(0) ?? "" }
  return mode
}

private func tableNames(_ path: String) throws -> [String] {
  let connection = try SQLiteConnection(path: path)
  var names: [String] = []
  try connection.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") {
    names.append($0.text(0) ?? "")
  }
  return names
}

@Suite("SQLite survey store")
struct SQLiteSurveyStoreTests {
  @Test("Conformance suite passes with reopening")
  func conformance() {
    let folders = FolderList()
    defer { folders.removeAll() }

    let failures = StoreConformance(
      makeStore: { try SQLiteSurveyStore(path: try folders.make().path("survei.sqlite")) },
      // The suite drops its reference to the old instance when the check returns; until then
      // both connections share the file, as two processes would.
      reopen: { store in try SQLiteSurveyStore(path: store.path) }
    ).run()

    #expect(failures.isEmpty, "\(failures)")
  }

  @Test("Empty file migrates to the current schema")
  func emptyFileMigrates() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("kosong.sqlite")
    #expect(FileManager.default.createFile(atPath: path, contents: Data()))

    let store = try SQLiteSurveyStore(path: path)
    let outcome = try store.append([response("r1")])

    #expect(outcome.stored == 1)
    #expect(try SQLiteSchema.userVersion(SQLiteConnection(path: path)) == 1)
    #expect(try tableNames(path) == ["questionnaires", "responses", "sqlite_sequence"])
  }

  @Test("Newer schema is rejected and left unchanged")
  func newerSchemaRejected() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("baru.sqlite")
    let newer = SQLiteSchema.latestVersion + 1
    try SQLiteConnection(path: path).execute("PRAGMA user_version = \(newer)")

    let error = try #require(throws: SKMError.self) { try SQLiteSurveyStore(path: path) }

    #expect(error.code == .storeSQLiteSchemaTooNew)
    #expect(error.message.english.contains(path))
    #expect(error.message.indonesian.contains("versi \(newer)"))
    #expect(try SQLiteSchema.userVersion(SQLiteConnection(path: path)) == newer)
    #expect(try journalMode(path) == "delete")
    #expect(try tableNames(path).isEmpty)
  }

  @Test("Later migration keeps rows")
  func laterMigrationKeepsRows() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("survei.sqlite")
    let stored = (1...3).map { response("m\($0)", day: $0) }
    try SQLiteSurveyStore(path: path).append(stored)
    let version2 = SQLiteMigration(
      version: 2,
      sql: """
        ALTER TABLE responses ADD COLUMN channel TEXT;
        CREATE INDEX responses_channel ON responses (channel);
        """
    )

    let connection = try SQLiteConnection(path: path)
    try SQLiteSchema.migrate(connection, migrations: SQLiteSchema.migrations + [version2])
    // A second run finds nothing to do.
    try SQLiteSchema.migrate(connection, migrations: SQLiteSchema.migrations + [version2])

    #expect(try SQLiteSchema.userVersion(connection) == 2)
    #expect(try connection.integer("SELECT COUNT(*) FROM responses") == 3)
    #expect(try connection.integer("SELECT COUNT(channel) FROM responses") == 0)
    let error = try #require(throws: SKMError.self) { try SQLiteSurveyStore(path: path) }
    #expect(error.code == .storeSQLiteSchemaTooNew)
  }

  @Test("Failed migration leaves the previous version")
  func failedMigrationRollsBack() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("survei.sqlite")
    try SQLiteSurveyStore(path: path).append([response("m1")])
    let broken = SQLiteMigration(
      version: 2,
      sql: """
        CREATE TABLE notes (text TEXT);
        INSERT INTO no_such_table VALUES (1);
        """
    )

    let connection = try SQLiteConnection(path: path)
    #expect(throws: SQLiteError.self) {
      try SQLiteSchema.migrate(connection, migrations: SQLiteSchema.migrations + [broken])
    }

    #expect(try SQLiteSchema.userVersion(connection) == 1)
    #expect(try tableNames(path) == ["questionnaires", "responses", "sqlite_sequence"])
    #expect(try SQLiteSurveyStore(path: path).count(.all) == 1)
  }

  @Test("Batch that fails midway stores nothing")
  func failedBatchRollsBack() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("survei.sqlite")
    let store = try SQLiteSurveyStore(path: path)
    try SQLiteConnection(path: path).execute(
      """
      CREATE TRIGGER reject_test_id BEFORE INSERT ON responses WHEN NEW.id = 'ditolak'
      BEGIN SELECT RAISE(ABORT, 'rejected by the test trigger'); END;
      """
    )
    let batch = [response("a"), response("b"), response("ditolak"), response("c")]

    let error = try #require(throws: SKMError.self) { try store.append(batch) }

    #expect(error.code == .storeSQLiteFailed)
    #expect(error.message.indonesian.contains("rejected by the test trigger"))
    #expect(error.message.english.contains(path))
    let underlying = try #require(error.underlying as? SQLiteError)
    #expect(underlying.primaryResultCode == 19)  // SQLITE_CONSTRAINT
    #expect(try store.count(.all) == 0)
    #expect(try SQLiteSurveyStore(path: path).count(.all) == 0)

    // The store is usable afterwards, and the ids of the failed batch are still new.
    let retry = try store.append([response("a"), response("b"), response("c")])
    #expect(retry == AppendOutcome(stored: 3))
    #expect(try store.responses().map(\.id) == ["a", "b", "c"])
  }

  @Test("Connection uses WAL and FULL sync")
  func connectionSettings() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("survei.sqlite")
    let store = try SQLiteSurveyStore(path: path)
    try store.append([response("w1")])

    #expect(try journalMode(path) == "wal")
    #expect(FileManager.default.fileExists(atPath: path + "-wal"))
    #expect(try store.integerPragma("synchronous") == 2)  // FULL
    #expect(try store.integerPragma("busy_timeout") == SQLiteSchema.busyTimeoutMilliseconds)
    #expect(try store.integerPragma("foreign_keys") == 1)
  }

  @Test("Two instances see each other's appends")
  func twoInstancesShareFile() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("survei.sqlite")
    let first = try SQLiteSurveyStore(path: path)
    let second = try SQLiteSurveyStore(path: path)

    try first.append([response("p1"), response("p2")])
    #expect(try second.responses().map(\.id) == ["p1", "p2"])

    let outcome = try second.append([response("p2"), response("p3")])
    #expect(outcome == AppendOutcome(stored: 1, duplicateIDs: ["p2"]))
    #expect(try first.responses().map(\.id) == ["p1", "p2", "p3"])
    #expect(try first.count(ResponseFilter(unitID: "kecamatan-a")) == 3)
  }

  @Test("Concurrent instances store ids once")
  func twoInstancesConcurrent() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("survei.sqlite")
    let stores = [try SQLiteSurveyStore(path: path), try SQLiteSurveyStore(path: path)]
    let storedCounts = AppendTally()

    DispatchQueue.concurrentPerform(iterations: 4) { worker in
      let store = stores[worker % 2]
      for round in 0..<10 {
        let batch = [response("own-\(worker)-\(round)"), response("shared-\(round)")]
        do {
          storedCounts.add(try store.append(batch).stored)
        } catch {
          storedCounts.fail("\(error)")
        }
      }
    }

    #expect(storedCounts.failures.isEmpty, "\(storedCounts.failures)")
    #expect(storedCounts.total == 4 * 10 + 10)
    #expect(try stores[0].count(.all) == 50)
    #expect(try stores[1].count(.all) == 50)
  }

  @Test("Scan body may append to the same store")
  func scanBodyAppends() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try SQLiteSurveyStore(path: folder.path("survei.sqlite"))
    try store.append((1...600).map { response("s\($0)", day: 1 + $0 % 28) })

    var seen: [String] = []
    try store.scan(.all) { response in
      seen.append(response.id)
      try store.append([Response(id: "copy-\(response.id)", answers: [:])])
    }

    // The scan spans several pages but includes only the responses stored before it started.
    #expect(seen == (1...600).map { "s\($0)" })
    #expect(try store.count(.all) == 1200)
  }

  @Test("Equivalent Unicode text matches")
  func unicodeEquivalence() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try SQLiteSurveyStore(path: folder.path("survei.sqlite"))
    let composed = "Kecamatan Caf\u{E9}"
    let decomposed = "Kecamatan Cafe\u{301}"

    let outcome = try store.append([
      response("id-\u{E9}", unit: decomposed), response("id-e\u{301}", unit: composed),
    ])

    #expect(outcome == AppendOutcome(stored: 1, duplicateIDs: ["id-e\u{301}"]))
    #expect(try store.count(ResponseFilter(unitID: composed)) == 1)
    let stored = try #require(try store.responses(ResponseFilter(unitID: composed)).first)
    #expect(stored.unitID.map { Array($0.unicodeScalars) } == Array(decomposed.unicodeScalars))
  }

  @Test("Dates beyond year 9999 filter exactly")
  func farDates() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let store = try SQLiteSurveyStore(path: folder.path("survei.sqlite"))
    var far = response("far")
    far.submittedAt = CivilDateTime(
      date: CivilDate(year: 10_000, month: 1, day: 5)!,
      hour: 8,
      minute: 0
    )
    try store.append([response("near"), far])
    let cases: [(Period, [String])] = [
      (.year(2026), ["near"]),
      (.year(10_000), ["far"]),
      (
        .range(
          CivilDate(year: 2026, month: 1, day: 1)!,
          CivilDate(year: 10_000, month: 12, day: 31)!
        ), ["near", "far"]
      ),
      (.year(1000), []),
    ]

    for (period, expected) in cases {
      let filter = ResponseFilter(period: period)
      #expect(try store.responses(filter).map(\.id) == expected, "\(period.label)")
      #expect(try store.count(filter) == expected.count, "\(period.label)")
    }
  }

  @Test("Undecodable row is reported")
  func undecodableRow() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("survei.sqlite")
    let store = try SQLiteSurveyStore(path: path)
    try store.append([response("u1"), response("u2")])
    try SQLiteConnection(path: path).run("UPDATE responses SET json = '{}' WHERE id = 'u2'")

    let error = try #require(throws: SKMError.self) { try store.responses() }

    #expect(error.code == .storeSQLiteInvalidRecord)
    #expect(error.value == "2")
    #expect(error.message.english.contains(path))
  }

  @Test("File that is not a database is rejected")
  func notADatabase() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("bukan.sqlite")
    let text = String(repeating: "id,unit\nr1,kecamatan-a\n", count: 100)
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))

    let error = try #require(throws: SKMError.self) { try SQLiteSurveyStore(path: path) }

    #expect(error.code == .storeSQLiteFailed)
    #expect(error.message.english.contains(path))
    #expect(error.message.english.contains("not an SQLite database"))
    #expect((error.underlying as? SQLiteError)?.primaryResultCode == 26)  // SQLITE_NOTADB
  }

  @Test("Missing folder is rejected with the path")
  func missingFolder() throws {
    let folder = try TemporaryFolder()
    defer { folder.remove() }
    let path = folder.path("tidak-ada/survei.sqlite")

    let error = try #require(throws: SKMError.self) { try SQLiteSurveyStore(path: path) }

    #expect(error.code == .storeSQLiteFailed)
    #expect(error.message.indonesian.contains(path))
    #expect(error.message.indonesian.contains("Pastikan foldernya ada"))
    #expect((error.underlying as? SQLiteError)?.primaryResultCode == 14)  // SQLITE_CANTOPEN
  }

  @Test("In-memory database is rejected")
  func inMemoryRejected() throws {
    let error = try #require(throws: SKMError.self) { try SQLiteSurveyStore(path: ":memory:") }

    #expect(error.code == .storeSQLiteFailed)
    #expect(error.value == "memory")
  }
}

/// Sums stored counts and collects errors from concurrent workers; a lock guards both.
private final class AppendTally: @unchecked Sendable {
  private let lock = NSLock()
  private var sum = 0
  private var messages: [String] = []

  func add(_ count: Int) { lock.withLock { sum += count } }
  func fail(_ message: String) { lock.withLock { messages.append(message) } }
  var total: Int { lock.withLock { sum } }
  var failures: [String] { lock.withLock { messages } }
}
