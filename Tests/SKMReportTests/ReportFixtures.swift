import SKMCore
import SKMScoring
import SKMStore
import SKMTestSupport

/// The responses of a fixture and their result under `policy`.
func scored(_ fixture: Fixture, policy: WeightPolicy = .exact) throws -> ([Response], IKMResult) {
  let responses = try ResponseCSVImporter().importFile(
    at: fixture.url,
    displayName: fixture.rawValue
  )
  .responses
  return (responses, result(responses, policy: policy))
}

func result(_ responses: [Response], policy: WeightPolicy = .exact) -> IKMResult {
  var accumulator = ScoreAccumulator(questionnaire: .standard)
  for response in responses { accumulator.add(response) }
  return IKMResult(accumulator, weightPolicy: policy)
}

/// Returns a response with every unsur scored `score` and the given text fields.
func response(
  id: String,
  score: Int = 4,
  service: String? = nil,
  suggestion: String? = nil
) -> Response {
  Response(
    id: id,
    service: service,
    answers: Dictionary(uniqueKeysWithValues: Unsur.standard.map { ($0.key, Score(score)!) }),
    suggestion: suggestion
  )
}
