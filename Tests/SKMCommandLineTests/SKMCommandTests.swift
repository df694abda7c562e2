import Foundation
import SKMTestSupport
import Testing

private let header = "id,u1,u2,u3,u4,u5,u6,u7,u8,u9\n"

@Suite("skm command")
struct SKMCommandTests {
  @Test(
    "score prints the konversi under each weight",
    arguments: [("exact", "92,84"), ("0.111", "92,75"), ("0.11", "91,91")]
  )
  func scoreWeights(weight: String, konversi: String) throws {
    let output = try CommandRunner.run([
      "score", "--input", Fixture.mahulu.url.path, "--weight", weight,
    ])
    #expect(output.status == 0)
    #expect(output.standardOutput.contains("Nilai konversi (IKM × 25): \(konversi)"))
    #expect(output.standardOutput.contains("Mutu pelayanan: A (Sangat baik)"))
  }

  @Test("score --format json has the documented members")
  func scoreJSON() throws {
    let output = try CommandRunner.run([
      "score", "--input", Fixture.sekadau.url.path, "--format", "json",
    ])
    #expect(output.status == 0)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(output.standardOutput.utf8)) as? [String: Any]
    )
    #expect(object["respondents"] as? Int == 49)
    #expect(object["weight"] as? String == "exact")
    #expect((object["konversi"] as? NSNumber)?.stringValue == "78.74")
    #expect(object["mutu"] as? String == "B")
    #expect(object["kinerja"] as? String == "Baik")
    let unsur = try #require(object["unsur"] as? [[String: Any]])
    #expect(unsur.count == 9)
    #expect(output.standardOutput.contains("\"ikm\": 3.149659863945578"))
  }

  @Test("score --tally reads a count table")
  func scoreTally() throws {
    let tally = try CommandRunner.temporaryFile(
      "rekap.csv",
      "unsur,n1,n2,n3,n4\n" + (1...9).map { "U\($0),0,0,0,10" }.joined(separator: "\n")
    )
    let output = try CommandRunner.run(["score", "--tally", tally, "--weight", "0.111"])
    #expect(output.status == 0)
    #expect(output.standardOutput.contains("99,90"))
  }

  @Test("English output with --lang en")
  func english() throws {
    let output = try CommandRunner.run([
      "score", "--input", Fixture.mahulu.url.path, "--lang", "en",
    ])
    #expect(output.standardOutput.contains("Converted value (IKM × 25): 92.84"))
    #expect(output.standardOutput.contains("Service quality: A (Very good)"))
  }

  @Test("sample-size prints a bare integer", arguments: [("1000", "278\n"), ("10", "10\n")])
  func sampleSize(population: String, expected: String) throws {
    let output = try CommandRunner.run(["sample-size", population])
    #expect(output.status == 0)
    #expect(output.standardOutput == expected)
  }

  @Test("sample-size rejects a population below 1", arguments: ["0", "-3", "banyak"])
  func sampleSizeInvalid(population: String) throws {
    let output = try CommandRunner.run(["sample-size", population])
    #expect(output.status == 2)
    #expect(output.standardError.contains("tidak valid"))
  }

  @Test("Invalid score names file, line, column, value and expectation")
  func invalidScore() throws {
    let path = try CommandRunner.temporaryFile(
      "jawaban.csv",
      header + "1,4,4,4,4,4,4,4,4,4\n2,4,4,5,4,4,4,4,4,4\n"
    )
    let output = try CommandRunner.run(["score", "--input", path])
    #expect(output.status == 1)
    #expect(output.standardOutput.isEmpty)
    #expect(output.standardError.contains("\(path):3: kolom \"u3\": Nilai \"5\" tidak valid"))
    #expect(output.standardError.contains("1–4, a–d"))
    #expect(output.standardError.contains("1 dari 2 baris tidak valid"))
    let english = try CommandRunner.run(["score", "--input", path, "--lang", "en"])
    #expect(english.standardError.contains("\(path):3: column \"u3\": Invalid value \"5\""))
  }

  @Test("Unknown label and short row are refused")
  func labelAndShortRow() throws {
    let path = try CommandRunner.temporaryFile(
      "jawaban.csv",
      "id,u1,u2\n1,Sangat sesuai,Luar biasa\n2,4\n"
    )
    let output = try CommandRunner.run(["score", "--input", path])
    #expect(output.status == 1)
    #expect(output.standardError.contains(":2: kolom \"u2\": Nilai \"Luar biasa\" tidak valid"))
    #expect(output.standardError.contains(":3: Baris hanya berisi 2 kolom"))
  }

  @Test("File without unsur columns is refused")
  func noUnsurColumns() throws {
    let path = try CommandRunner.temporaryFile("data.csv", "nama,umur\nA,30\n")
    let output = try CommandRunner.run(["score", "--input", path])
    #expect(output.status == 1)
    #expect(output.standardError.contains("\(path):1: Tidak ada kolom unsur yang dikenali"))
  }

  @Test("Missing file and header-only file are refused")
  func unreadableAndEmpty() throws {
    let missing = try CommandRunner.run(["score", "--input", "/nonexistent/skm.csv"])
    #expect(missing.status == 1)
    #expect(missing.standardError.contains("/nonexistent/skm.csv"))
    let empty = try CommandRunner.temporaryFile("kosong.csv", header)
    let output = try CommandRunner.run(["score", "--input", empty])
    #expect(output.status == 1)
    #expect(output.standardError.contains("tidak berisi jawaban responden"))
  }

  @Test("report writes each format", arguments: ["html", "md", "csv", "json"])
  func reportFormats(format: String) throws {
    let folder = try CommandRunner.temporaryFolder()
    let path = folder.appendingPathComponent("laporan.\(format)").path
    let output = try CommandRunner.run([
      "report", "--input", Fixture.mahulu.url.path, "--output", path, "--unit", "Setda Mahulu",
      "--period", "2025-TW4",
    ])
    #expect(output.status == 0)
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains(format == "csv" || format == "json" ? "92.84" : "92,84"))
    if format == "html" {
      #expect(text.contains("Triwulan IV 2025"))
      #expect(text.contains("Setda Mahulu"))
    }
  }

  @Test("Refused input writes no report")
  func refusedWritesNothing() throws {
    let input = try CommandRunner.temporaryFile("buruk.csv", header + "1,4,4,4,4,4,4,4,4,9\n")
    let folder = try CommandRunner.temporaryFolder()
    let path = folder.appendingPathComponent("laporan.html").path
    let output = try CommandRunner.run(["report", "--input", input, "--output", path])
    #expect(output.status == 1)
    #expect(!FileManager.default.fileExists(atPath: path))
  }

  @Test("Usage errors exit with status 2")
  func usageErrors() throws {
    let unknown = try CommandRunner.run(["score", "--input", "x.csv", "--bogus"])
    #expect(unknown.status == 2)
    #expect(unknown.standardError.contains("--bogus"))
    let weight = try CommandRunner.run(["score", "--input", "x.csv", "--weight", "0.1"])
    #expect(weight.status == 2)
    #expect(weight.standardError.contains("exact, 0.111, 0.11"))
    let noOutput = try CommandRunner.run(["report", "--input", "x.csv"])
    #expect(noOutput.status == 2)
    let command = try CommandRunner.run(["hitung"])
    #expect(command.status == 2)
  }

  @Test("Help in both languages", arguments: [("id", "Penggunaan"), ("en", "Usage")])
  func help(language: String, word: String) throws {
    for command in [
      ["--help"], ["score", "--help"], ["report", "--help"], ["sample-size", "--help"],
    ] {
      let output = try CommandRunner.run(command + ["--lang", language])
      #expect(output.status == 0)
      #expect(output.standardOutput.contains(word))
    }
  }
}
