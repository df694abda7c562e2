import Foundation
import SKMTestSupport
import Testing

@Suite("Stores on the command line")
struct StoreCommandTests {
  @Test("Ingest twice stores nothing the second time", arguments: ["survei.skmj", "survei.sqlite"])
  func idempotentIngest(name: String) throws {
    let store = try CommandRunner.temporaryFolder().appendingPathComponent(name).path
    let first = try CommandRunner.run([
      "ingest", "--input", Fixture.mahulu.url.path, "--store", store, "--format", "json",
    ])
    #expect(first.standardOutput.contains("\"stored\": 26"))
    let second = try CommandRunner.run([
      "ingest", "--input", Fixture.mahulu.url.path, "--store", store, "--format", "json",
    ])
    #expect(second.standardOutput.contains("\"stored\": 0"))
    #expect(second.standardOutput.contains("\"duplicates\": 26"))
  }

  @Test("Store figures equal the file's, with and without filters")
  func storeFigures() throws {
    let store = try CommandRunner.temporaryFolder().appendingPathComponent("s.skmj").path
    _ = try CommandRunner.run(["ingest", "--input", Fixture.mahulu.url.path, "--store", store])
    let fromFile = try CommandRunner.run([
      "score", "--input", Fixture.mahulu.url.path, "--format", "json",
    ])
    let fromStore = try CommandRunner.run(["score", "--store", store, "--format", "json"])
    #expect(fromFile.standardOutput == fromStore.standardOutput)
    let january = try CommandRunner.run([
      "score", "--store", store, "--period", "2026-01", "--format", "json",
    ])
    #expect(january.standardOutput.contains("\"respondents\": 6"))
    let unit = try CommandRunner.run([
      "score", "--store", store, "--unit", "hukum", "--format", "json",
    ])
    #expect(unit.standardOutput.contains("\"respondents\": 2"))
    let screened = try CommandRunner.run([
      "score", "--store", store, "--exclude-flagged", "--format", "json",
    ])
    #expect(screened.standardOutput.contains("\"respondents\": 19"))
  }

  @Test("Sync twice and from two kiosks never double counts")
  func syncIdempotent() throws {
    let folder = try CommandRunner.temporaryFolder()
    let kioskA = folder.appendingPathComponent("a.skmj").path
    let kioskB = folder.appendingPathComponent("b.skmj").path
    let office = folder.appendingPathComponent("kantor.sqlite").path
    _ = try CommandRunner.run(["ingest", "--input", Fixture.mahulu.url.path, "--store", kioskA])
    _ = try CommandRunner.run(["ingest", "--input", Fixture.sekadau.url.path, "--store", kioskB])
    for source in [kioskA, kioskB, kioskA, kioskB] {
      let run = try CommandRunner.run(["sync", "--from", source, "--to", office])
      #expect(run.status == 0)
    }
    let total = try CommandRunner.run(["score", "--store", office, "--format", "json"])
    #expect(total.standardOutput.contains("\"respondents\": 75"))
    let again = try CommandRunner.run([
      "sync", "--from", kioskA, "--to", office, "--format", "json",
    ])
    #expect(again.standardOutput.contains("\"copied\": 0"))
  }

  @Test("Missing store is refused when reading")
  func missingStore() throws {
    let run = try CommandRunner.run(["score", "--store", "/nonexistent/x.skmj"])
    #expect(run.status == 1)
    #expect(run.standardError.contains("Penyimpanan tidak ditemukan"))
  }
}
