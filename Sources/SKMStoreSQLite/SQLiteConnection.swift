import Foundation

#if canImport(SQLite3)
  import SQLite3
#else
  import CSQLite
#endif

/// A failed SQLite call: SQLite's extended result code and its message.
///
/// ``SQLiteSurveyStore`` throws an ``SKMCore/SKMError`` and keeps this value as its
/// `underlying` error, so a host can match on the result code, such as 5 (`SQLITE_BUSY`) for a
/// write lock that another connection held past the busy timeout.
public struct SQLiteError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The extended result code, such as 1555 (`SQLITE_CONSTRAINT_PRIMARYKEY`).
  public var resultCode: Int32
  /// SQLite's English message, such as "database is locked".
  public var message: String

  public init(resultCode: Int32, message: String) {
    self.resultCode = resultCode
    self.message = message
  }

  /// The primary result code: the low 8 bits of ``resultCode``.
  public var primaryResultCode: Int32 { resultCode & 0xFF }

  public var description: String { "\(message) (SQLite \(resultCode))" }
}

/// A value bound to a statement parameter.
enum SQLiteValue {
  case null
  case integer(Int64)
  case text(String)
  /// UTF-8 text that is already encoded, such as JSON.
  case utf8(Data)
}

/// A row of a running query; valid only inside the closure it is passed to.
struct SQLiteRow {
  fileprivate let statement: OpaquePointer

  func integer(_ column: Int32) -> Int64 {
    sqlite3_column_int64(statement, column)
  }

  func text(_ column: Int32) -> String? {
    guard let bytes = sqlite3_column_text(statement, column) else { return nil }
    let count = Int(sqlite3_column_bytes(statement, column))
    return String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
  }

  func data(_ column: Int32) -> Data {
    // Read the text form, so that a BLOB or a number in the column comes back as its bytes.
    guard let bytes = sqlite3_column_text(statement, column) else { return Data() }
    return Data(bytes: bytes, count: Int(sqlite3_column_bytes(statement, column)))
  }
}

/// An open SQLite connection with a cache of prepared statements.
///
/// Not thread-safe. It is opened with `SQLITE_OPEN_NOMUTEX` because ``SQLiteSurveyStore`` only
/// uses it while holding its own lock, which also guards the statement cache. Every statement is
/// reset as soon as its rows are read, so no read transaction stays open between calls and each
/// call reads what other connections committed before it.
final class SQLiteConnection {
  let path: String
  private let handle: OpaquePointer
  private var statements: [String: OpaquePointer] = [:]

  /// Opens or creates the database file at `path`.
  ///
  /// - Throws: ``SQLiteError`` when SQLite cannot open or create the file.
  init(path: String) throws {
    var opened: OpaquePointer?
    let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX
    let result = sqlite3_open_v2(path, &opened, flags, nil)
    guard result == SQLITE_OK, let opened else {
      let message = opened.map { String(cString: sqlite3_errmsg($0)) }
      // SQLite allocates a handle even when opening fails, and it must be closed.
      sqlite3_close_v2(opened)
      throw SQLiteError(
        resultCode: result,
        message: message ?? String(cString: sqlite3_errstr(result))
      )
    }
    sqlite3_extended_result_codes(opened, 1)
    self.path = path
    self.handle = opened
  }

  deinit {
    for statement in statements.values {
      sqlite3_finalize(statement)
    }
    sqlite3_close_v2(handle)
  }

  /// Runs one or more SQL statements that take no parameters and return no rows used here,
  /// such as `BEGIN IMMEDIATE` or a migration's DDL.
  func execute(_ sql: String) throws {
    var errorMessage: UnsafeMutablePointer<CChar>?
    let result = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
    defer { sqlite3_free(errorMessage) }
    guard result == SQLITE_OK else {
      let message = errorMessage.map { String(cString: $0) } ?? currentMessage
      throw SQLiteError(resultCode: sqlite3_extended_errcode(handle), message: message)
    }
  }

  /// Runs a statement that returns no rows and returns how many rows it inserted, changed or
  /// deleted, not counting changes made by triggers.
  @discardableResult
  func run(_ sql: String, _ values: [SQLiteValue] = []) throws -> Int {
    try query(sql, values) { _ in }
    return Int(sqlite3_changes(handle))
  }

  /// Runs a statement and calls `body` with each row it returns.
  func query(_ sql: String, _ values: [SQLiteValue] = [], _ body: (SQLiteRow) throws -> Void)
    throws
  {
    let statement = try prepared(sql)
    defer {
      sqlite3_reset(statement)
      sqlite3_clear_bindings(statement)
    }

    for (offset, value) in values.enumerated() {
      try bind(value, to: Int32(offset + 1), in: statement)
    }

    while true {
      let result = sqlite3_step(statement)
      switch result {
      case SQLITE_ROW: try body(SQLiteRow(statement: statement))
      case SQLITE_DONE: return
      default: throw lastError
      }
    }
  }

  /// Returns the first column of the first row a statement returns, or `nil` when it returns
  /// no row.
  func integer(_ sql: String, _ values: [SQLiteValue] = []) throws -> Int64? {
    var first: Int64?
    try query(sql, values) { row in
      if first == nil { first = row.integer(0) }
    }
    return first
  }

  /// Runs `body` in a write transaction and commits it, or rolls it back when `body` or the
  /// commit throws.
  ///
  /// `BEGIN IMMEDIATE` takes the write lock at the start, waiting up to the busy timeout for
  /// another connection to release it. The statements inside then never wait for the lock, so
  /// `SQLITE_BUSY` can only come from the `BEGIN`.
  func transaction<T>(_ body: () throws -> T) throws -> T {
    try execute("BEGIN IMMEDIATE")
    do {
      let value = try body()
      try execute("COMMIT")
      return value
    } catch {
      // SQLite rolls back by itself after some errors, such as a full disk; rolling back
      // again would fail with "no transaction is active".
      if sqlite3_get_autocommit(handle) == 0 {
        try? execute("ROLLBACK")
      }
      throw error
    }
  }

  private func prepared(_ sql: String) throws -> OpaquePointer {
    if let statement = statements[sql] { return statement }
    var statement: OpaquePointer?
    let result = sqlite3_prepare_v3(
      handle,
      sql,
      -1,
      UInt32(SQLITE_PREPARE_PERSISTENT),
      &statement,
      nil
    )
    guard result == SQLITE_OK, let statement else {
      sqlite3_finalize(statement)
      throw lastError
    }
    statements[sql] = statement
    return statement
  }

  private func bind(_ value: SQLiteValue, to index: Int32, in statement: OpaquePointer) throws {
    let result: Int32
    switch value {
    case .null:
      result = sqlite3_bind_null(statement, index)
    case .integer(let number):
      result = sqlite3_bind_int64(statement, index, number)
    case .text(let text):
      // The explicit length keeps a NUL inside the text, which a C string would end at.
      let bytes = text.utf8CString
      result = bytes.withUnsafeBufferPointer { buffer in
        sqlite3_bind_text(
          statement,
          index,
          buffer.baseAddress,
          Int32(buffer.count - 1),
          Self.transient
        )
      }
    case .utf8(let data):
      result = data.withUnsafeBytes { buffer in
        // A NULL pointer would bind SQL NULL, so empty data binds a static empty string.
        guard let base = buffer.baseAddress, buffer.count > 0 else {
          return sqlite3_bind_text(statement, index, "", 0, Self.transient)
        }
        return sqlite3_bind_text(
          statement,
          index,
          base.assumingMemoryBound(to: CChar.self),
          Int32(buffer.count),
          Self.transient
        )
      }
    }
    guard result == SQLITE_OK else { throw lastError }
  }

  /// `SQLITE_TRANSIENT`, which makes SQLite copy a bound value before the call returns.
  /// The C macro is a cast of -1 to a function pointer, which Swift does not import.
  private static var transient: sqlite3_destructor_type {
    unsafeBitCast(-1, to: sqlite3_destructor_type.self)
  }

  private var currentMessage: String { String(cString: sqlite3_errmsg(handle)) }

  private var lastError: SQLiteError {
    SQLiteError(resultCode: sqlite3_extended_errcode(handle), message: currentMessage)
  }
}
