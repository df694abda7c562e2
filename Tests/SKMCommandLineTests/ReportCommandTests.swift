import Foundation
import SKMTestSupport
import Testing

@Suite("skm report options")
struct ReportCommandTests {
  @Test("Full laporan options reach the report")
  func fullOptions() throws {
    let plan = try CommandRunner.temporaryFile(
      "rtl.csv",
      "unsur,program,waktu,penanggung_jawab\nU1,Papan persyaratan di loket,Februari 2026,Kabag Organisasi\n"
    )
    let folder = try CommandRunner.temporaryFolder()
    let path = folder.appendingPathComponent("laporan.md").path
    let output = try CommandRunner.run([
      "report", "--input", Fixture.mahulu.url.path, "--output", path, "--unit", "Setda Mahulu",
      "--period", "2025-TW4", "--population", "400", "--previous", "2025-TW2=90,12",
      "--previous", "2025-TW3=93.40", "--plan", plan, "--place", "Ujoh Bilang", "--date",
      "2026-01-15", "--signatory", "Nama Pejabat", "--signatory-nip", "197001012000031001",
    ])
    #expect(output.status == 0, "\(output.standardError)")
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("sampel minimal adalah 196 responden"))
    #expect(text.contains("| Triwulan II 2025 | 90,12 | A | – |"))
    #expect(text.contains("| Triwulan IV 2025 | 92,84 | A | −0,56 (turun) |"))
    #expect(text.contains("Papan persyaratan di loket"))
    #expect(text.contains("Ujoh Bilang, 15 Januari 2026"))
    #expect(text.contains("NIP 197001012000031001"))
    #expect(text.contains("**Nama Pejabat**"))
  }

  @Test("Infographic is one self-contained page")
  func infographic() throws {
    let folder = try CommandRunner.temporaryFolder()
    let path = folder.appendingPathComponent("ringkasan.html").path
    let output = try CommandRunner.run([
      "report", "--input", Fixture.mahulu.url.path, "--output", path, "--format", "infographic",
      "--lang", "en",
    ])
    #expect(output.status == 0)
    let html = try String(contentsOfFile: path, encoding: .utf8)
    #expect(html.contains("<html lang=\"en\">"))
    #expect(html.contains("92.84"))
    #expect(!html.contains("<script"))
    #expect(html.contains("class=\"infographic mutu-a\""))
  }

  @Test(
    "Invalid report options exit with status 2",
    arguments: [
      ["--population", "0"], ["--previous", "2025-TW3"], ["--previous", "x=120"],
      ["--date", "15-01-2026"], ["--age-bands", "30,20"], ["--format", "pdf"],
    ]
  )
  func invalidOptions(extra: [String]) throws {
    let folder = try CommandRunner.temporaryFolder()
    let path = folder.appendingPathComponent("laporan.html").path
    let output = try CommandRunner.run(
      ["report", "--input", Fixture.mahulu.url.path, "--output", path] + extra
    )
    #expect(output.status == 2)
    #expect(output.standardError.contains("--\(extra[0].dropFirst(2))"))
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test("Bad plan file is refused with its line")
  func badPlan() throws {
    let plan = try CommandRunner.temporaryFile(
      "rtl.csv",
      "unsur,program,waktu,penanggung_jawab\nU12,x,y,z\n"
    )
    let folder = try CommandRunner.temporaryFolder()
    let path = folder.appendingPathComponent("laporan.html").path
    let output = try CommandRunner.run([
      "report", "--input", Fixture.mahulu.url.path, "--output", path, "--plan", plan,
    ])
    #expect(output.status == 1)
    #expect(output.standardError.contains("\(plan):2: kolom \"unsur\""))
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test("Custom age bands appear in the report")
  func ageBands() throws {
    let folder = try CommandRunner.temporaryFolder()
    let path = folder.appendingPathComponent("laporan.md").path
    let output = try CommandRunner.run([
      "report", "--input", Fixture.mahulu.url.path, "--output", path, "--age-bands", "30,40",
    ])
    #expect(output.status == 0)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("| &lt; 30 tahun | 9 |"))
    #expect(text.contains("| 30–39 tahun | 11 |"))
    #expect(text.contains("| ≥ 40 tahun | 6 |"))
  }
}
