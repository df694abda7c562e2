import Foundation
import SKMCore

/// Deterministic responses for benchmarks: the same count always gives the same responses.
enum SyntheticResponses {
  static func make(count: Int) -> [Response] {
    var state: UInt64 = 0x5EED
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    let services = ["KTP-el", "Kartu Keluarga", "Akta Kelahiran", "Pindah Datang"]
    return (0..<count).map { number in
      var answers: [UnsurKey: Score] = [:]
      for unsur in Unsur.standard { answers[unsur.key] = Score(2 + next(3)) }
      let day = 1 + next(28)
      return Response(
        id: "bench-\(number)",
        submittedAt: CivilDateTime(
          date: CivilDate(year: 2026, month: 1 + next(12), day: day)!,
          hour: 8 + next(8),
          minute: next(60)
        ),
        unitID: "unit-\(next(20))",
        service: services[next(services.count)],
        profile: RespondentProfile(
          gender: next(2) == 0 ? .male : .female,
          age: 18 + next(60),
          education: "S1 / Setara",
          occupation: "Swasta"
        ),
        answers: answers,
        suggestion: next(10) == 0 ? "Pelayanan sudah baik, pertahankan." : nil,
        questionnaireVersion: 1
      )
    }
  }

  /// Writes the responses as SQL for the sqlite3 shell: the same JSON rows, `batchSize` inserts
  /// per transaction, as the SQLite store writes them.
  static func writeSQL(_ responses: [Response], batchSize: Int, to url: URL) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    var sql = "PRAGMA journal_mode=WAL;\nPRAGMA synchronous=FULL;\n"
    sql +=
      "CREATE TABLE responses (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT UNIQUE NOT NULL, "
    sql += "unit TEXT, service TEXT, day TEXT, version INTEGER, json TEXT NOT NULL);\n"
    for (index, response) in responses.enumerated() {
      if index % batchSize == 0 { sql += "BEGIN;\n" }
      let json = String(decoding: try encoder.encode(response), as: UTF8.self)
        .replacingOccurrences(of: "'", with: "''")
      sql +=
        "INSERT OR IGNORE INTO responses (id, unit, service, day, version, json) VALUES ('\(response.id)', '\(response.unitID ?? "")', '\(response.service ?? "")', '\(response.submittedAt?.date.description ?? "")', 1, '\(json)');\n"
      if index % batchSize == batchSize - 1 || index == responses.count - 1 { sql += "COMMIT;\n" }
    }
    try Data(sql.utf8).write(to: url)
  }
}
