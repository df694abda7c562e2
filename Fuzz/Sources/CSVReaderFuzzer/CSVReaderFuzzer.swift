import Foundation
import SKMStore

/// Reads the input as CSV with small limits and tiny and default chunk sizes; any crash,
/// hang or sanitizer report is a bug. Errors thrown by the reader are expected results.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCSVReader(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
  let data = Data(bytes: bytes, count: count)
  let limits = CSVLimits(maxFieldBytes: 4096, maxFieldsPerRecord: 64, maxRecordBytes: 16_384)
  for delimiter in [nil, UInt8(ascii: ";")] as [UInt8?] {
    guard
      let reader = try? CSVReader(
        data: data,
        displayName: "fuzz.csv",
        delimiter: delimiter,
        limits: limits
      )
    else { continue }
    var records = 0
    while let record = try? reader.next() {
      records += 1
      precondition(record.line >= 1, "a record starts on line 1 or later")
      precondition(records <= count + 1, "more records than input bytes")
    }
  }
  return 0
}
