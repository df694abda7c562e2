import SKMCore
import SKMScoring
import SKMTestSupport
import Testing

@testable import SKMReport

@Suite("Laporan golden files")
struct LaporanGoldenTests {
  static let mahuluOptions = LaporanOptions(
    unitName: "Sekretariat Daerah Kabupaten Mahakam Ulu",
    periodName: "Triwulan IV 2025",
    collection: DataCollection(collected: 26, rejected: 0)
  )

  @Test("Mahulu laporan as HTML in both languages", arguments: Language.allCases)
  func mahuluHTML(language: Language) throws {
    let (responses, result) = try scored(.mahulu)
    var options = Self.mahuluOptions
    options.language = language
    let html = HTMLRenderer.render(
      LaporanBuilder(result: result, responses: responses, options: options).build()
    )
    let mismatch = GoldenFile.mismatch(html, name: "mahulu-\(language.rawValue).html")
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }

  @Test("Mahulu laporan as Markdown in both languages", arguments: Language.allCases)
  func mahuluMarkdown(language: Language) throws {
    let (responses, result) = try scored(.mahulu)
    var options = Self.mahuluOptions
    options.language = language
    let markdown = MarkdownRenderer.render(
      LaporanBuilder(result: result, responses: responses, options: options).build()
    )
    let mismatch = GoldenFile.mismatch(markdown, name: "mahulu-\(language.rawValue).md")
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }

  @Test("Sekadau processing form CSV")
  func sekadauProcessingForm() throws {
    let (responses, result) = try scored(.sekadau)
    let csv = ProcessingFormCSV.render(result: result, responses: responses)
    let mismatch = GoldenFile.mismatch(csv, name: "sekadau-pengolahan.csv")
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }

  @Test("Sekadau JSON summary with legacy weight")
  func sekadauJSON() throws {
    let (_, result) = try scored(.sekadau, policy: .legacy0111)
    let mismatch = GoldenFile.mismatch(JSONSummary.render(result), name: "sekadau-0.111.json")
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }
}
