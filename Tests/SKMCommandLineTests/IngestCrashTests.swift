import Foundation
import SKMCore
import SKMStore
import SKMStoreSQLite
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes an export of `rows` responses with ids 1…rows and a few quoted multi-line
/// suggestions, and returns its path.
private func largeExport(rows: Int) throws -> String {
  var text = "id,created_at,jenis kelamin,usia,u1,u2,u3,u4,u5,u6,u7,u8,u9,saran\n"
  for number in 1...rows {
    let scores = (0..<9).map { String(1 + (number * 7 + $0 * 3) % 4) }.joined(separator: ",")
    let day = 1 + number % 28
    let suggestion = number % 50 == 0 ? "\"Antrean, mohon\ndipercepat\"" : ""
    text +=
      "\(number),2026-02-\(day < 10 ? "0" : "")\(day) 09:30:00,P,\(18 + number % 60),\(scores),\(suggestion)\n"
  }
  return try CommandRunner.temporaryFile("besar.csv", text)
}

/// Starts `skm ingest`, kills it with SIGKILL after `delay`, and returns the number of rows
/// that its last progress line reported as stored durably (0 when none was printed).
private func ingestAndKill(input: String, store: String, delay: TimeInterval) throws -> Int {
  let log = try CommandRunner.temporaryFolder().appendingPathComponent("stderr.txt")
  FileManager.default.createFile(atPath: log.path, contents: nil)
  let process = Process()
  process.executableURL = CommandRunner.executable
  process.arguments = ["ingest", "--input", input, "--store", store, "--lang", "en"]
  process.standardError = try FileHandle(forWritingTo: log)
  process.standardOutput = FileHandle.nullDevice
  try process.run()
  Thread.sleep(forTimeInterval: delay)
  kill(process.processIdentifier, SIGKILL)
  process.waitUntilExit()
  let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
  // "progress: 3000 rows read, 1000 stored, 2000 duplicates" is printed after the batch is
  // durable, so every row up to 3000 must be in the store.
  guard let last = lines.last(where: { $0.hasPrefix("progress: ") }),
    let rows = Int(last.dropFirst("progress: ".count).prefix { $0.isNumber })
  else { return 0 }
  return rows
}

@Suite("Ingest killed with SIGKILL", .serialized)
struct IngestCrashTests {
  static let rows = 12_000

  @Test(
    "Store keeps every durable row through 20 kills",
    arguments: ["jurnal.skmj", "data.sqlite"]
  )
  func killRounds(storeName: String) throws {
    let input = try largeExport(rows: Self.rows)
    let store = try CommandRunner.temporaryFolder().appendingPathComponent(storeName).path
    var generator = SystemRandomNumberGenerator()
    for round in 1...20 {
      let durable = try ingestAndKill(
        input: input,
        store: store,
        delay: Double.random(in: 0.05...1.2, using: &generator)
      )
      let opened: any SurveyStore
      if storeName.hasSuffix(".sqlite") {
        opened = try SQLiteSurveyStore(path: store)
      } else {
        let journal = try JournalStore(path: store)
        #expect(journal.damage.isEmpty, "round \(round): damage \(journal.damage)")
        opened = journal
      }
      let ids = try opened.responses().map(\.id)
      #expect(Set(ids).count == ids.count, "round \(round): a response is stored twice")
      let stored = Set(ids)
      let missing = (1...max(durable, 1)).filter { durable > 0 && !stored.contains("besar/\($0)") }
      #expect(missing.isEmpty, "round \(round): \(missing.count) durable rows missing")
      #expect(ids.allSatisfy { $0.hasPrefix("besar/") })
    }
    let finish = try CommandRunner.run([
      "ingest", "--input", input, "--store", store, "--format", "json",
    ])
    #expect(finish.status == 0)
    let reopened: any SurveyStore =
      storeName.hasSuffix(".sqlite")
      ? try SQLiteSurveyStore(path: store) : try JournalStore(path: store)
    #expect(try reopened.count(.all) == Self.rows)
  }
}
