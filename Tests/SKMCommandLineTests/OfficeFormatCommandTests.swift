import Foundation
import SKMTestSupport
import Testing

@Suite("Office formats on the command line")
struct OfficeFormatCommandTests {
  @Test("report writes XLSX and DOCX by extension", arguments: ["xlsx", "docx"])
  func officeFormats(format: String) throws {
    let folder = try CommandRunner.temporaryFolder()
    let path = folder.appendingPathComponent("laporan.\(format)").path
    let run = try CommandRunner.run([
      "report", "--input", Fixture.mahulu.url.path, "--output", path, "--weight", "0.111",
    ])
    #expect(run.status == 0, "\(run.standardError)")
    let data = try Data(contentsOf: URL(fileURLWithPath: path))
    #expect(data.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.contains(format == "xlsx" ? "xl/workbook.xml" : "word/document.xml"))
    if format == "xlsx" { #expect(text.contains("92.75")) } else { #expect(text.contains("92,75")) }
  }
}
