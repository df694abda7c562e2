import Foundation
import SKMCore
import SKMStore

/// Imports the input as a response export and checks the import's own promises: every
/// collected row is either accepted or rejected, rejected rows keep at least one reason, and
/// accepted scores are within 1–4.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzResponseImport(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let data = Data(bytes: bytes, count: count)
  guard let imported = try? ResponseCSVImporter().importData(data, displayName: "fuzz.csv") else {
    return 0
  }
  let summary = imported.summary
  precondition(summary.collected == summary.accepted + summary.rejected, "a row was lost")
  precondition(imported.responses.count == summary.accepted, "accepted count differs")
  precondition(imported.rejectedRows.allSatisfy { !$0.problems.isEmpty }, "reject without reason")
  for response in imported.responses {
    precondition(response.answers.values.allSatisfy { (1...4).contains($0.value) }, "bad score")
  }
  _ = ResponseCSVExporter().render(imported.responses)
  return 0
}
