import Foundation
import SKMTestSupport
import Testing

private let header = "id,u1,u2,u3,u4,u5,u6,u7,u8,u9,saran\n"
private let mixed =
  header + "1,4,4,4,4,4,4,4,4,4,baik\n2,4,4,5,4,4,4,4,4,4,x\n3,3,3,3,3,3,3,3,3,3,\"a,b\"\n"
  + "4,4,4;4,4,4,4,4,4,4\n"

@Suite("Data quality on the command line")
struct DataQualityCommandTests {
  @Test("check --format json lists rejected and flagged rows")
  func checkJSON() throws {
    let output = try CommandRunner.run([
      "check", "--input", Fixture.mahulu.url.path, "--format", "json",
    ])
    #expect(output.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any]
    )
    #expect(object["collected"] as? Int == 26)
    #expect(object["valid"] as? Int == 26)
    #expect((object["rejected"] as? [Any])?.isEmpty == true)
    let flagged = try #require(object["flagged"] as? [[String: Any]])
    #expect(flagged.map { $0["id"] as? String } == ["19", "22", "32", "33", "34", "35", "36"])
    #expect(flagged.first?["line"] as? Int == 10)
    #expect((flagged.first?["reasons"] as? [String])?.first?.contains("baris 7") == true)
  }

  @Test("check reports each rejected problem and exits 1")
  func checkRejected() throws {
    let path = try CommandRunner.temporaryFile("campur.csv", mixed)
    let output = try CommandRunner.run([
      "check", "--input", path, "--format", "json", "--lang", "en",
    ])
    #expect(output.status == 1)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any]
    )
    #expect(object["collected"] as? Int == 4)
    #expect(object["valid"] as? Int == 2)
    let rejected = try #require(object["rejected"] as? [[String: Any]])
    #expect(rejected.map { $0["line"] as? Int } == [3, 5, 5])
    #expect(rejected[0]["line"] as? Int == 3)
    #expect(rejected[0]["column"] as? String == "u3")
    #expect(rejected[0]["value"] as? String == "5")
    #expect((rejected[0]["reason"] as? String)?.contains("Expected 1–4") == true)
    #expect(rejected[1]["code"] as? String == "import.too-few-fields")
  }

  @Test("--skip-invalid scores valid rows and --rejects keeps the others verbatim")
  func skipInvalidAndRejects() throws {
    let input = try CommandRunner.temporaryFile("campur.csv", mixed)
    let folder = try CommandRunner.temporaryFolder()
    let rejects = folder.appendingPathComponent("ditolak.csv").path
    let output = try CommandRunner.run([
      "score", "--input", input, "--skip-invalid", "--rejects", rejects, "--format", "json",
    ])
    #expect(output.status == 0)
    #expect(output.standardOutput.contains("\"respondents\": 2"))
    #expect(output.standardOutput.contains("\"konversi\": 87.50"))
    let kept = try String(contentsOfFile: rejects, encoding: .utf8)
    #expect(
      kept
        == "id,u1,u2,u3,u4,u5,u6,u7,u8,u9,saran\r\n2,4,4,5,4,4,4,4,4,4,x\r\n4,4,4;4,4,4,4,4,4,4\r\n"
    )
  }

  @Test("Report states collected, rejected, excluded and scored")
  func reportCounts() throws {
    let folder = try CommandRunner.temporaryFolder()
    let path = folder.appendingPathComponent("laporan.md").path
    let output = try CommandRunner.run([
      "report", "--input", Fixture.mahulu.url.path, "--output", path, "--exclude-flagged",
    ])
    #expect(output.status == 0)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("| Kuesioner terkumpul | 26 |"))
    #expect(text.contains("| Dikecualikan oleh pemeriksaan mutu data | 7 |"))
    #expect(text.contains("Pengisian berulang | 7 |"))
    #expect(text.contains("| Kuesioner yang dihitung | 19 |"))
    #expect(text.contains("- **Responden:** 19"))
  }

  @Test("--exclude-flagged changes the index only by the excluded rows")
  func excludeFlaggedScore() throws {
    let all = try CommandRunner.run([
      "score", "--input", Fixture.mahulu.url.path, "--format", "json",
    ])
    let screened = try CommandRunner.run([
      "score", "--input", Fixture.mahulu.url.path, "--format", "json", "--exclude-flagged",
    ])
    #expect(all.standardOutput.contains("\"respondents\": 26"))
    #expect(screened.standardOutput.contains("\"respondents\": 19"))
    let off = try CommandRunner.run([
      "score", "--input", Fixture.mahulu.url.path, "--format", "json", "--exclude-flagged",
      "--repeat-window", "off",
    ])
    #expect(off.standardOutput.contains("\"respondents\": 26"))
  }

  @Test("export neutralises formulas and reads back the same")
  func exportRoundTrip() throws {
    let input = try CommandRunner.temporaryFile(
      "rumus.csv",
      "id,nama,jenis layanan,u1,u2,u3,u4,u5,u6,u7,u8,u9,saran\n"
        + "=1+1,Budi,@SUM(A1),4,3,4,4,4,4,4,4,4,\"-2+3\"\n"
        + "2,Ani,KTP,3,3,3,3,3,3,3,3,3,\"+62 812\"\n"
    )
    let folder = try CommandRunner.temporaryFolder()
    let output = folder.appendingPathComponent("bersih.csv").path
    let run = try CommandRunner.run(["export", "--input", input, "--output", output])
    #expect(run.status == 0)
    let text = try String(contentsOfFile: output, encoding: .utf8)
    let lines = text.split(separator: "\r\n").map(String.init)
    #expect(lines[0].hasPrefix("id,created_at,unit,jenis_layanan,"))
    #expect(lines[1].hasPrefix("'=1+1,,,'@SUM(A1),"))
    #expect(lines[1].hasSuffix(",'-2+3,"))
    #expect(lines[2].hasSuffix(",'+62 812,"))
    #expect(!text.contains("Budi"))
    let original = try CommandRunner.run(["score", "--input", input, "--format", "json"])
    let exported = try CommandRunner.run(["score", "--input", output, "--format", "json"])
    #expect(original.standardOutput == exported.standardOutput)
  }

  @Test("export refuses invalid rows unless --skip-invalid")
  func exportStrict() throws {
    let input = try CommandRunner.temporaryFile("campur.csv", mixed)
    let folder = try CommandRunner.temporaryFolder()
    let output = folder.appendingPathComponent("bersih.csv").path
    let refused = try CommandRunner.run(["export", "--input", input, "--output", output])
    #expect(refused.status == 1)
    #expect(!FileManager.default.fileExists(atPath: output))
    let skipped = try CommandRunner.run([
      "export", "--input", input, "--output", output, "--skip-invalid",
    ])
    #expect(skipped.status == 0)
    let text = try String(contentsOfFile: output, encoding: .utf8)
    #expect(text.split(separator: "\r\n").count == 3)
  }

  @Test(
    "Hostile files get a clear error",
    arguments: [
      ("huge field", "batas 1 MiB"), ("endless line", "batas 8 MiB"),
      ("many columns", "lebih dari 10000 kolom"), ("binary", "berkas biner"),
      ("open quote", "tidak ditutup"), ("bad utf8", "bukan UTF-8"),
    ]
  )
  func hostileFiles(kind: String, message: String) throws {
    let folder = try CommandRunner.temporaryFolder()
    let url = folder.appendingPathComponent("serangan.csv")
    var data = Data("id,u1,saran\n".utf8)
    switch kind {
    case "huge field":
      data += Data("1,4,".utf8) + Data(repeating: UInt8(ascii: "x"), count: 2 << 20)
    case "endless line":
      let field = Data(repeating: UInt8(ascii: "x"), count: 1000) + Data(",".utf8)
      for _ in 0..<9000 { data += field }
    case "many columns": data = Data(repeating: UInt8(ascii: ","), count: 1_000_000)
    case "binary": data += Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0xFF])
    case "open quote": data += Data("1,4,\"tidak ditutup\n2,4,x\n".utf8)
    default: data += Data([0x31, 0x2C, 0x34, 0x2C, 0xC3, 0x28, 0x0A])
    }
    try data.write(to: url)
    let output = try CommandRunner.run(["score", "--input", url.path])
    #expect(output.status == 1)
    #expect(output.standardError.hasPrefix("galat: \(url.path):"))
    #expect(output.standardError.contains(message))
    #expect(output.standardOutput.isEmpty)
  }
}
