import Foundation
import SKMCore
import SKMStore

/// Path of the scratch journal this process rewrites for every input.
private let scratch = FileManager.default.temporaryDirectory
  .appendingPathComponent("skm-journal-fuzz-\(ProcessInfo.processInfo.processIdentifier).skmj")

/// Writes the input after a journal header and opens it read-only, which decodes every record;
/// the decoder's promises are checked: every scanned response has scores in 1–4, damage lies
/// inside the file, and a second scan finds the same responses. The writer's repair path is
/// left to the tests, because its fsync would slow the fuzzer a hundredfold.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJournal(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let body = Data(bytes: bytes, count: count)
  let header = Data((count % 2 == 0 ? "SKMJRNL2" : "SKMJRNL1").utf8)
  guard (try? (header + body).write(to: scratch)) != nil else { return 0 }
  defer { try? FileManager.default.removeItem(at: scratch) }
  guard let reader = try? JournalStore(url: scratch, mode: .readOnly) else { return 0 }
  for damage in reader.damage {
    precondition(
      damage.offset >= 8 && damage.offset + damage.length <= 8 + count,
      "damage outside the file"
    )
  }
  let responses = (try? reader.responses()) ?? []
  for response in responses {
    precondition(response.answers.values.allSatisfy { (1...4).contains($0.value) }, "bad score")
  }
  precondition(((try? reader.responses()) ?? []) == responses, "two scans differ")
  return 0
}
