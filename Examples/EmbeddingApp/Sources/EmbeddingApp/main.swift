import Foundation
import SKMCore
import SKMReport
import SKMScoring
import SKMStore

// A counter kiosk's day: three respondents answer the standard questionnaire, the app keeps
// their responses in a store, scores the unit and writes the summary a dashboard shows.

let questionnaire = Questionnaire.standard
let store = InMemoryResponseStore()

/// Builds a response from nine scores in questionnaire order; 0 leaves an unsur blank.
func response(_ id: String, _ scores: [Int], service: String, suggestion: String? = nil)
  -> Response
{
  var answers: [UnsurKey: Score] = [:]
  for (item, value) in zip(questionnaire.items, scores) {
    if let score = Score(value) { answers[item.unsur.key] = score }
  }
  return Response(
    id: id,
    submittedAt: CivilDateTime(iso: "2026-03-02 09:15:00"),
    unitID: "dukcapil",
    service: service,
    profile: RespondentProfile(gender: .female, age: 34, education: "S1", occupation: "Swasta"),
    answers: answers,
    suggestion: suggestion,
    questionnaireVersion: questionnaire.version
  )
}

let outcome = try store.append([
  response("kiosk-1", [4, 3, 3, 4, 4, 4, 4, 3, 4], service: "KTP-el"),
  response("kiosk-2", [3, 3, 2, 4, 3, 3, 4, 3, 0], service: "Kartu Keluarga"),
  response("kiosk-3", [4, 4, 3, 4, 4, 4, 4, 4, 4], service: "KTP-el", suggestion: "Antrean rapi."),
  response("kiosk-1", [1, 1, 1, 1, 1, 1, 1, 1, 1], service: "KTP-el"),
])
print("stored \(outcome.stored), duplicates \(outcome.duplicateIDs)")

var accumulator = ScoreAccumulator(questionnaire: questionnaire)
let filter = ResponseFilter(unitID: "dukcapil", period: Period(label: "2026-TW1"))
try store.scan(filter) { accumulator.add($0) }
let result = IKMResult(accumulator)

let question = questionnaire.items[2]
print(question.question.text(in: .indonesian))
print(Score.all.map { question.label(for: $0).indonesian }.joined(separator: " / "))
print("IKM \(result.ikm!) → konversi \(result.konversi!) → mutu \(result.mutu!.rawValue)")
print("sample size for 1,500 recipients: \(SampleSize.krejcieMorgan(population: 1500)!)")
print(JSONSummary.render(result, language: .english))

var options = LaporanOptions(unitName: "Dinas Dukcapil", periodName: "Triwulan I 2026")
options.population = 1500
let builder = LaporanBuilder(responses: try store.responses(filter), options: options)
print("HTML report: \(HTMLRenderer.render(builder.build()).utf8.count) bytes")
print("infographic: \(InfographicRenderer.render(builder.infographic()).utf8.count) bytes")

// A durable store on disk: the journal keeps what append returned, even across a crash.
let journalURL = FileManager.default.temporaryDirectory
  .appendingPathComponent("embedding-\(ProcessInfo.processInfo.processIdentifier).skmj")
let journal = try JournalStore(url: journalURL)
try journal.append(try store.responses())
print("journal holds \(try journal.count(.all)) responses")
journal.close()
try? FileManager.default.removeItem(at: journalURL)
