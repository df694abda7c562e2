import Foundation
import SKMCore
import SKMScoring
import Testing

@testable import SKMStore

private func tally(_ text: String) throws -> TallyTable {
  try TallyCSVImporter().importData(Data(text.utf8), displayName: "rekap.csv")
}

@Suite("Tally CSV import")
struct TallyCSVImporterTests {
  @Test("Sekadau counts reproduce its index")
  func sekadauTally() throws {
    // Counts of scores 1–4 per unsur in respondents 1–49 of the Sekadau form.
    let text = """
      unsur,n1,n2,n3,n4
      U1,1,8,39,1
      U2,2,9,33,5
      U3,1,6,31,11
      U4,0,2,15,32
      U5,0,2,33,14
      U6,0,2,29,18
      U7,0,1,33,15
      pengaduan,0,6,25,18
      Sarana dan Prasarana,1,14,22,12

      """
    let table = try tally(text)
    #expect(table.respondents == 49)
    let result = IKMResult(ScoreAccumulator(tally: table))
    #expect(result.konversi?.formatted() == "78.74")
    #expect(result.unsur[7].unsur.key == .sarana)
    #expect(result.unsur[7].nrr?.rounded(places: 4).formatted() == "2.9184")
  }

  @Test("Missing unsur has zero counts")
  func missingUnsur() throws {
    let table = try tally("unsur,n1,n2,n3,n4\nU1,0,0,0,5\n")
    #expect(table.rows.count == 9)
    #expect(table.rows[1].answered == 0)
    #expect(IKMResult(ScoreAccumulator(tally: table)).konversi?.formatted() == "100.00")
  }

  @Test(
    "Bad tables are refused",
    arguments: [
      "unsur,a,b,c,d\nU1,1,2,3,4\n", "unsur,n1,n2,n3,n4\nU10,1,2,3,4\n",
      "unsur,n1,n2,n3,n4\nU1,1,2,3\n", "unsur,n1,n2,n3,n4\nU1,1,-2,3,4\n",
      "unsur,n1,n2,n3,n4\nU1,1,2.5,3,4\n", "unsur,n1,n2,n3,n4\nU1,1,2,3,4\nu1,1,2,3,4\n",
    ]
  )
  func badTables(text: String) {
    #expect {
      try tally(text)
    } throws: { error in
      guard let error = error as? SKMError else { return false }
      return (error.code == .importInvalidTally) && error.location?.file == "rekap.csv"
    }
  }
}
