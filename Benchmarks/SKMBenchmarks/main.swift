import Foundation
import SKMCore
import SKMStore
import SKMStoreSQLite

// skm-bench: measures the stores' append and scan throughput on synthetic responses.
// Usage: skm-bench stores [--responses N] [--batch N] [--folder PATH]
// Prints one line per store and operation, and writes the same responses as SQL for the
// sqlite3 shell comparison in Benchmarks/run-stores.

let arguments = CommandLine.arguments.dropFirst()

func value(_ name: String, default fallback: Int) -> Int {
  guard let index = arguments.firstIndex(of: "--\(name)"), index + 1 < arguments.endIndex,
    let number = Int(arguments[index + 1])
  else { return fallback }
  return number
}

func text(_ name: String) -> String? {
  guard let index = arguments.firstIndex(of: "--\(name)"), index + 1 < arguments.endIndex else {
    return nil
  }
  return arguments[index + 1]
}

guard arguments.first == "stores" else {
  FileHandle.standardError.write(
    Data("usage: skm-bench stores [--responses N] [--batch N] [--folder PATH]\n".utf8)
  )
  exit(2)
}

let count = value("responses", default: 100_000)
let batchSize = value("batch", default: 1000)
let folder = URL(fileURLWithPath: text("folder") ?? NSTemporaryDirectory())
  .appendingPathComponent("skm-bench-\(ProcessInfo.processInfo.processIdentifier)")
try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
let responses = SyntheticResponses.make(count: count)
let stores: [(String, () throws -> any SurveyStore)] = [
  ("in-memory", { InMemoryResponseStore() }),
  ("journal", { try JournalStore(url: folder.appendingPathComponent("bench.skmj")) }),
  ("sqlite", { try SQLiteSurveyStore(path: folder.appendingPathComponent("bench.sqlite").path) }),
]
print("store\toperation\tresponses\tseconds\tresponses_per_second")
for (name, make) in stores {
  let store = try make()
  let appendSeconds = try measure {
    var index = 0
    while index < responses.count {
      _ = try store.append(Array(responses[index..<min(index + batchSize, responses.count)]))
      index += batchSize
    }
  }
  report(name, "append", appendSeconds)
  var scanned = 0
  let scanSeconds = try measure { try store.scan(.all) { _ in scanned += 1 } }
  precondition(scanned == count, "\(name) scanned \(scanned) of \(count)")
  report(name, "scan", scanSeconds)
}
try SyntheticResponses.writeSQL(
  responses,
  batchSize: batchSize,
  to: folder.appendingPathComponent("inserts.sql")
)
FileHandle.standardError.write(
  Data("sql: \(folder.appendingPathComponent("inserts.sql").path)\n".utf8)
)

func measure(_ body: () throws -> Void) rethrows -> Double {
  let start = DispatchTime.now().uptimeNanoseconds
  try body()
  return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func report(_ store: String, _ operation: String, _ seconds: Double) {
  let rate = Double(count) / seconds
  print("\(store)\t\(operation)\t\(count)\t\(String(format: "%.3f", seconds))\t\(Int(rate))")
}
