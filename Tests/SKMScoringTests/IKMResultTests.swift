import SKMCore
import Testing

@testable import SKMScoring

/// Builds an accumulator over the standard questionnaire from rows of U1…U9 scores, where 0
/// stands for a blank answer.
func accumulate(_ rows: [[Int]]) -> ScoreAccumulator {
  var accumulator = ScoreAccumulator(questionnaire: .standard)
  for (number, row) in rows.enumerated() {
    var answers: [UnsurKey: Score] = [:]
    for (unsur, value) in zip(Unsur.standard, row) where value != 0 {
      answers[unsur.key] = Score(value)!
    }
    accumulator.add(Response(id: "\(number + 1)", answers: answers))
  }
  return accumulator
}

/// Builds an accumulator where every unsur got `threes` 3s and `fours` 4s, or other scores as
/// given.
func uniformTally(_ counts: [Score: Int]) -> ScoreAccumulator {
  var accumulator = ScoreAccumulator(questionnaire: .standard)
  for index in Unsur.standard.indices {
    for (score, count) in counts { accumulator.add(score: score, unsurAt: index, count: count) }
  }
  accumulator.addRespondents(counts.values.reduce(0, +))
  return accumulator
}

@Suite("IKM of PermenPANRB 14/2017")
struct IKMResultTests {
  @Test(
    "Real data sets give the published figures",
    arguments: [
      (RealAnswers.sekadau, "78.74", "78.66", "77.95", Mutu.b),
      (RealAnswers.mahulu, "92.84", "92.75", "91.91", Mutu.a),
    ]
  )
  func realData(rows: [[Int]], exact: String, legacy0111: String, legacy011: String, mutu: Mutu)
    throws
  {
    let accumulator = accumulate(rows)
    let result = IKMResult(accumulator)
    #expect(result.respondents == rows.count)
    #expect(result.konversi?.formatted() == exact)
    #expect(result.mutu == mutu)
    #expect(IKMResult(accumulator, weightPolicy: .legacy0111).konversi?.formatted() == legacy0111)
    #expect(IKMResult(accumulator, weightPolicy: .legacy011).konversi?.formatted() == legacy011)
  }

  @Test("Sekadau NRR per unsur to four decimals")
  func sekadauNRR() {
    let result = IKMResult(accumulate(RealAnswers.sekadau))
    let nrr = result.unsur.map { $0.nrr!.rounded(places: 4).formatted() }
    #expect(
      nrr == [
        "2.8163", "2.8367", "3.0612", "3.6122", "3.2449", "3.3265", "3.2857", "2.9184", "3.2449",
      ]
    )
  }

  @Test("Mahulu NRR per unsur to four decimals")
  func mahuluNRR() {
    let result = IKMResult(accumulate(RealAnswers.mahulu))
    let nrr = result.unsur.map { $0.nrr!.rounded(places: 4).formatted() }
    #expect(
      nrr == [
        "3.5769", "3.6154", "3.5769", "3.9615", "3.6538", "3.6538", "3.7692", "3.6923", "3.9231",
      ]
    )
    #expect(result.ikm == Rational(869, 234))
  }

  @Test(
    "All-4 answers under each weight policy",
    arguments: [
      (WeightPolicy.exact, "100.00", Mutu.a), (.legacy0111, "99.90", .a), (.legacy011, "99.00", .a),
    ]
  )
  func allFours(policy: WeightPolicy, konversi: String, mutu: Mutu) {
    let result = IKMResult(uniformTally([.four: 12]), weightPolicy: policy)
    #expect(result.konversi?.formatted() == konversi)
    #expect(result.mutu == mutu)
  }

  @Test(
    "Exact ties on each grade boundary",
    arguments: [
      // 5000 respondents per unsur; konversi = 25 × (total / 5000).
      ([Score.three: 2339, .four: 2661], "88.305", "88.31", Mutu.a),
      ([.three: 2340, .four: 2660], "88.3", "88.30", .b),
      ([.three: 4679, .four: 321], "76.605", "76.61", .b),
      ([.three: 4680, .four: 320], "76.6", "76.60", .c),
      ([.two: 2001, .three: 2999], "64.995", "65.00", .c),
      ([.two: 2002, .three: 2998], "64.99", "64.99", .d),
    ]
  )
  func boundaryTies(counts: [Score: Int], unrounded: String, konversi: String, mutu: Mutu) {
    let result = IKMResult(uniformTally(counts))
    #expect(result.unroundedKonversi == Rational(decimal: unrounded))
    #expect(result.konversi?.formatted() == konversi)
    #expect(result.mutu == mutu)
    #expect(result.unsur.allSatisfy { $0.mutu == mutu })
  }

  @Test("Legacy weight flips a grade near the boundary")
  func legacyFlipsGrade() {
    let tally = uniformTally([.three: 2339, .four: 2661])
    #expect(IKMResult(tally).mutu == .a)
    let legacy = IKMResult(tally, weightPolicy: .legacy0111)
    #expect(legacy.konversi?.formatted() == "88.22")
    #expect(legacy.mutu == .b)
  }

  @Test("Blank answer leaves only that unsur's denominator")
  func blankAnswers() {
    let rows = [
      [4, 4, 0, 4, 4, 4, 4, 4, 4],
      [2, 2, 2, 2, 2, 2, 2, 2, 2],
    ]
    let result = IKMResult(accumulate(rows))
    #expect(result.unsur[2].answered == 1)
    #expect(result.unsur[2].nrr == Rational(2))
    #expect(result.unsur[0].answered == 2)
    #expect(result.unsur[0].nrr == Rational(3))
    // (8 × 3 + 2) / 9, not the (8 × 3 + 1) / 9 that a blank counted as 0 would give.
    #expect(result.ikm == Rational(26, 9))
    #expect(result.respondents == 2)
  }

  @Test("Unanswered unsur is left out with weight 1/k′")
  func unansweredUnsur() {
    let rows = [[4, 4, 4, 4, 4, 4, 4, 4, 0], [3, 3, 3, 3, 3, 3, 3, 3, 0]]
    let result = IKMResult(accumulate(rows))
    #expect(result.unansweredUnsur.map(\.key) == [.pengaduan])
    #expect(result.weight == Rational(1, 8))
    #expect(result.ikm == Rational(7, 2))
    #expect(result.konversi?.formatted() == "87.50")
    #expect(result.unsur[8].nrr == nil)
    #expect(result.unsur[8].mutu == nil)
  }

  @Test("No answers at all gives no index")
  func emptyResult() {
    let result = IKMResult(ScoreAccumulator(questionnaire: .standard))
    #expect(result.ikm == nil)
    #expect(result.konversi == nil)
    #expect(result.mutu == nil)
    #expect(result.respondents == 0)
  }

  @Test("Per-unsur means, not mean of respondent indices")
  func perUnsurMeans() {
    // With a blank, the mean of per-respondent indices differs from the regulation's sum of
    // per-unsur means: here 3.3889 against 3.3333 (IKM 30/9).
    let rows = [[4, 4, 4, 4, 4, 4, 4, 4, 0], [2, 2, 2, 2, 2, 2, 2, 2, 4]]
    let result = IKMResult(accumulate(rows))
    #expect(result.ikm == Rational(28, 9))
  }

  @Test("Merged shards equal one accumulator")
  func mergeShards() throws {
    let rows = RealAnswers.sekadau
    var left = accumulate(Array(rows[..<20]))
    try left.merge(accumulate(Array(rows[20...])))
    #expect(left == accumulate(rows))
    #expect(IKMResult(left).konversi?.formatted() == "78.74")
  }

  @Test("Merging different unsur is refused")
  func mergeMismatch() {
    var nine = ScoreAccumulator(questionnaire: .standard)
    let eight = ScoreAccumulator(unsur: Array(Unsur.standard.prefix(8)))
    #expect(throws: SKMError.self) { try nine.merge(eight) }
  }

  @Test("Weakest and strongest unsur in Sekadau")
  func weakestAndStrongest() {
    let result = IKMResult(accumulate(RealAnswers.sekadau))
    #expect(result.weakest?.unsur.key == .persyaratan)
    #expect(result.strongest?.unsur.key == .biaya)
  }

  @Test("Ties pick the first unsur in questionnaire order")
  func tieOrder() {
    let result = IKMResult(uniformTally([.four: 3]))
    #expect(result.weakest?.unsur.code == "U1")
    #expect(result.strongest?.unsur.code == "U1")
  }

  @Test("Weight policies parse by name", arguments: ["exact", "0.111", "0.11"])
  func policyNames(name: String) throws {
    let policy = try #require(WeightPolicy(name: name))
    #expect(policy.name == name)
    #expect(WeightPolicy(name: "0.1111") == nil)
  }

  @Test("Custom questionnaire divides by its own k")
  func customK() {
    var accumulator = ScoreAccumulator(unsur: Array(Unsur.standard.prefix(5)))
    for index in 0..<5 { accumulator.add(score: .four, unsurAt: index, count: 1) }
    accumulator.add(score: .two, unsurAt: 0, count: 1)
    accumulator.addRespondents(2)
    let result = IKMResult(accumulator)
    #expect(result.weight == Rational(1, 5))
    #expect(result.ikm == Rational(19, 5))
  }
}

@Suite("Questionnaire versions")
struct VersionCompatibilityTests {
  @Test("Reworded version combines, different unsur refused")
  func compatibility() throws {
    let reworded = Questionnaire.standard.nextVersion {
      $0.items[3].answerLabels[0] = LocalizedText("Tidak wajar")
    }
    try VersionCompatibility().check([.standard, reworded], target: .standard)
    let shorter = Questionnaire.standard.nextVersion { $0.items.removeLast() }
    #expect(throws: SKMError.self) {
      try VersionCompatibility().check([.standard, shorter], target: .standard)
    }
  }

  @Test("Mapped version combines and answers move to the target keys")
  func mapping() throws {
    let renamed = Questionnaire.standard.nextVersion {
      $0.items[8].unsur.key = "keluhan"
    }
    let compatibility = VersionCompatibility(mappings: [renamed.version: ["keluhan": .pengaduan]])
    try compatibility.check([renamed], target: .standard)
    let response = Response(
      id: "1",
      answers: ["keluhan": .two, .persyaratan: .four],
      questionnaireVersion: renamed.version
    )
    let mapped = compatibility.mapped(response)
    #expect(mapped[.pengaduan] == .two)
    #expect(mapped[.persyaratan] == .four)
    #expect(mapped.answers["keluhan"] == nil)
  }
}
