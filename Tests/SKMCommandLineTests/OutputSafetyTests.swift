import Foundation
import SKMTestSupport
import Testing

@Suite("Output safety on the command line")
struct OutputSafetyTests {
  @Test(
    "Outputs may not overwrite the input or each other",
    arguments: [
      ["score", "--input", "IN", "--rejects", "IN"],
      ["report", "--input", "IN", "--output", "IN", "--format", "csv"],
      ["export", "--input", "IN", "--output", "IN"],
      ["report", "--input", "IN", "--output", "OUT", "--rejects", "OUT"],
    ]
  )
  func collisions(template: [String]) throws {
    let folder = try CommandRunner.temporaryFolder()
    let input = folder.appendingPathComponent("data.csv")
    let original = try Data(contentsOf: Fixture.mahulu.url)
    try original.write(to: input)
    let output = folder.appendingPathComponent("keluaran.csv").path
    let arguments = template.map { $0 == "IN" ? input.path : $0 == "OUT" ? output : $0 }
    let run = try CommandRunner.run(arguments)
    #expect(run.status == 2)
    #expect(run.standardError.contains("--"))
    #expect(try Data(contentsOf: input) == original)
  }

  @Test("Dash writes the report to standard output")
  func standardOutput() throws {
    let run = try CommandRunner.run([
      "report", "--input", Fixture.mahulu.url.path, "--output", "-", "--format", "json",
    ])
    #expect(run.status == 0)
    #expect(run.standardOutput.contains("\"konversi\": 92.84"))
  }

  @Test("Control characters in values are escaped in messages")
  func controlCharacters() throws {
    let input = try CommandRunner.temporaryFile(
      "e.csv",
      "id,u1\n1,\"\u{1B}[2J\nerror: all good\"\n"
    )
    let run = try CommandRunner.run(["score", "--input", input])
    #expect(run.status == 1)
    #expect(!run.standardError.contains("\u{1B}"))
    #expect(run.standardError.contains("\\u{1B}[2J\\u{A}error: all good"))
  }

  @Test("Huge repeat window is a usage error")
  func repeatWindowLimit() throws {
    let run = try CommandRunner.run([
      "check", "--input", Fixture.mahulu.url.path, "--repeat-window", "9223372036854775807h",
    ])
    #expect(run.status == 2)
    #expect(run.standardError.contains("87600"))
  }

  @Test("Journal damage is reported when scoring a store")
  func journalDamage() throws {
    let folder = try CommandRunner.temporaryFolder()
    let store = folder.appendingPathComponent("jawaban.skmj").path
    let ingest = try CommandRunner.run([
      "ingest", "--input", Fixture.mahulu.url.path, "--store", store,
    ])
    #expect(ingest.status == 0)
    var data = try Data(contentsOf: URL(fileURLWithPath: store))
    data[data.count / 2] ^= 0x20
    try data.write(to: URL(fileURLWithPath: store))
    let run = try CommandRunner.run(["score", "--store", store, "--format", "json"])
    #expect(run.status == 0)
    #expect(run.standardError.contains("bita rusak pada posisi"))
    #expect(run.standardOutput.contains("\"respondents\": 25"))
  }
}
