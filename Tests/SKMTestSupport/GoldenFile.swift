import Foundation

/// Compares whole outputs with reference files kept beside the tests.
///
/// Set `SKM_RECORD_GOLDEN=1` to write the current output as the new reference instead; review
/// the diff before committing it.
public enum GoldenFile {
  /// Returns `nil` when `actual` equals the reference file `name` in the `Golden` folder next
  /// to `testFile`, or else a message describing the first difference.
  public static func mismatch(_ actual: String, name: String, testFile: String = #filePath)
    -> String?
  {
    let url = URL(fileURLWithPath: testFile).deletingLastPathComponent()
      .appendingPathComponent("Golden").appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["SKM_RECORD_GOLDEN"] == "1" {
      try? FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(),
        withIntermediateDirectories: true
      )
      try? Data(actual.utf8).write(to: url)
      return nil
    }
    guard let data = try? Data(contentsOf: url), let expected = String(data: data, encoding: .utf8)
    else {
      return "missing reference file \(url.path); run the tests with SKM_RECORD_GOLDEN=1"
    }
    guard expected != actual else { return nil }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    for (number, pair) in zip(expectedLines, actualLines).enumerated() where pair.0 != pair.1 {
      return "\(name):\(number + 1): expected \"\(pair.0)\" but got \"\(pair.1)\""
    }
    return "\(name): expected \(expectedLines.count) lines but got \(actualLines.count)"
  }
}
