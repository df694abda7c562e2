import SKMCore
import SKMScoring
import SKMStore
import SKMTestSupport
import Testing

@testable import SKMReport

/// A report input and its options, rendered to every golden file.
struct GoldenScenario: Sendable, CustomStringConvertible {
  var name: String
  var responses: @Sendable () throws -> [Response]
  var options: @Sendable (Language) -> LaporanOptions

  var description: String { name }

  static let all: [GoldenScenario] = [mahulu, empty, single, unansweredService, hostile]

  /// The real mahulu data with every context a unit gives: population, earlier periods, a plan
  /// and a signatory.
  static let mahulu = GoldenScenario(
    name: "mahulu",
    responses: { try scored(.mahulu).0 },
    options: { language in
      var options = LaporanOptions(
        unitName: "Sekretariat Daerah Kabupaten Mahakam Ulu",
        periodName: Period.triwulan(2025, 4).displayName(in: language),
        language: language,
        collection: DataCollection(collected: 26, rejected: 0)
      )
      options.region = "Kabupaten Mahakam Ulu"
      options.population = 400
      options.previousPeriods = [
        TrendPoint(
          label: Period.triwulan(2025, 2).displayName(in: language),
          konversi: FixedDecimal("92.84")!
        ),
        TrendPoint(
          label: Period.triwulan(2025, 3).displayName(in: language),
          konversi: FixedDecimal("91.50")!
        ),
      ]
      options.plan = [
        FollowUpPlanEntry(
          unsur: .persyaratan,
          program: "Memasang daftar persyaratan di setiap loket",
          timeframe: "Februari 2026",
          responsible: "Kepala Bagian Organisasi"
        )
      ]
      options.place = "Ujoh Bilang"
      options.reportDate = CivilDate(year: 2026, month: 1, day: 15)
      options.signatory = Signatory(
        name: "Nama Pejabat",
        identifier: "197001012000031001",
        position: "Sekretaris Daerah Kabupaten Mahakam Ulu"
      )
      return options
    }
  )

  /// A period in which nobody answered.
  static let empty = GoldenScenario(
    name: "empty",
    responses: { [] },
    options: { language in
      LaporanOptions(unitName: "Kecamatan Contoh", periodName: "2026-TW1", language: language)
    }
  )

  /// One respondent who left U9 blank.
  static let single = GoldenScenario(
    name: "single",
    responses: {
      var only = response(id: "1", score: 3, service: "KTP-el", suggestion: "Sudah baik.")
      only.answers[.pengaduan] = nil
      return [only]
    },
    options: { language in
      var options = LaporanOptions(unitName: "Kecamatan Contoh", language: language)
      options.population = 50
      return options
    }
  )

  /// Two services, one of which nobody answered U9 for.
  static let unansweredService = GoldenScenario(
    name: "unanswered-service",
    responses: {
      var partial = [
        response(id: "1", score: 3, service: "Akta Kelahiran"),
        response(id: "2", score: 4, service: "Akta Kelahiran"),
      ]
      for index in partial.indices { partial[index].answers[.pengaduan] = nil }
      return partial + [
        response(id: "3", score: 2, service: "KTP-el"),
        response(id: "4", score: 4, service: "KTP-el"),
      ]
    },
    options: { language in
      LaporanOptions(unitName: "Dinas Dukcapil", periodName: "Semester I 2026", language: language)
    }
  )

  /// Markup and formula text in every field a respondent or operator controls.
  static let hostile = GoldenScenario(
    name: "hostile",
    responses: {
      [
        response(
          id: "=cmd|'/c calc'!A1",
          service: "<img src=x onerror=alert(1)>",
          suggestion:
            "</style><script>alert('saran')</script>\n[tautan](javascript:alert(1)) | *tebal*"
        ),
        response(id: "2", score: 3, service: "Layanan | Tabel\nBaris baru", suggestion: "-1+1"),
      ]
    },
    options: { language in
      var options = LaporanOptions(
        unitName: "\"><svg onload=alert(1)>",
        periodName: "<b>2026</b>",
        language: language
      )
      options.place = "<i>Kota</i>"
      options.signatory = Signatory(name: "</div><script>x()</script>", position: "# Kepala")
      return options
    }
  )
}

@Suite("Laporan golden files")
struct LaporanGoldenTests {
  @Test("Whole laporan as HTML", arguments: GoldenScenario.all, Language.allCases)
  func html(scenario: GoldenScenario, language: Language) throws {
    let builder = LaporanBuilder(
      responses: try scenario.responses(),
      options: scenario.options(language)
    )
    let mismatch = GoldenFile.mismatch(
      HTMLRenderer.render(builder.build()),
      name: "\(scenario.name)-\(language.rawValue).html"
    )
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }

  @Test("Whole laporan as Markdown", arguments: GoldenScenario.all, Language.allCases)
  func markdown(scenario: GoldenScenario, language: Language) throws {
    let builder = LaporanBuilder(
      responses: try scenario.responses(),
      options: scenario.options(language)
    )
    let mismatch = GoldenFile.mismatch(
      MarkdownRenderer.render(builder.build()),
      name: "\(scenario.name)-\(language.rawValue).md"
    )
    #expect(mismatch == nil, "\(mismatch ?? "")")
  }

  @Test("Infographic", arguments: [GoldenScenario.mahulu, .empty, .hostile], Language.allCases)
  func infographic(scenario: GoldenScenario, language: Language) throws {
    let builder = LaporanBuilder(
      responses: try scenario.responses(),
      options: scenario.options(language)
    )
    let mismatch = GoldenFile.mismatch(
      InfographicRenderer.render(builder.infographic()),
      name: "\(scenario.name)-infographic-\(language.rawValue).html"
    )
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
