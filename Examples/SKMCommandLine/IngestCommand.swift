import Foundation
import SKMCore
import SKMReport
import SKMStore

/// `skm ingest`: stores the valid rows of an export in a journal or SQLite store, in batches
/// that each end durable, so ingesting the same file again stores nothing new.
enum IngestCommand {
  static let batchSize = 1000

  static func run(_ words: [String], console: Console) throws {
    let arguments = try Arguments(
      words,
      valueOptions: ["input", "store", "format", "order", "namespace", "rejects"],
      flagOptions: []
    )
    guard let path = arguments.value("input"), let storePath = arguments.value("store") else {
      throw UsageError.required(
        LocalizedText(
          indonesian: "berikan --input FILE dan --store PATH.",
          english: "give --input FILE and --store PATH."
        )
      )
    }
    let format = arguments.value("format") ?? "text"
    guard ["text", "json"].contains(format) else {
      throw UsageError.invalidValue("format", format, expected: LocalizedText("text, json"))
    }
    let orderName = arguments.value("order") ?? "questionnaire"
    guard let order = NumberedColumnOrder(rawValue: orderName) else {
      throw UsageError.invalidValue(
        "order",
        orderName,
        expected: LocalizedText("questionnaire, regulation")
      )
    }
    let namespace =
      arguments.value("namespace")
      ?? URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
    try OutputFile.checkDistinct(
      outputs: [("store", storePath), ("rejects", arguments.value("rejects"))],
      inputs: [path]
    )
    let store = try StoreLocation.open(storePath, readOnly: false, console: console)
    try store.saveQuestionnaire(.standard)
    let counts = try ingest(
      path: path,
      order: order,
      namespace: namespace,
      into: store,
      console: console,
      rejectsPath: arguments.value("rejects")
    )
    if format == "json" {
      console.result(
        JSONValue.object([
          ("stored", .number(String(counts.stored))),
          ("duplicates", .number(String(counts.duplicates))),
          ("rejected", .number(String(counts.rejected))),
        ]).serialized() + "\n"
      )
    } else {
      console.result(
        console.text(
          "Disimpan: \(counts.stored)\nDuplikat (sudah ada): \(counts.duplicates)\nDitolak: \(counts.rejected)\n",
          "Stored: \(counts.stored)\nDuplicates (already stored): \(counts.duplicates)\nRejected: \(counts.rejected)\n"
        )
      )
    }
  }

  struct Counts {
    var read = 0
    var stored = 0
    var duplicates = 0
    var rejected = 0
  }

  private static func ingest(
    path: String,
    order: NumberedColumnOrder,
    namespace: String,
    into store: any SurveyStore,
    console: Console,
    rejectsPath: String?
  ) throws -> Counts {
    let reader = try CSVReader(url: URL(fileURLWithPath: path), displayName: path)
    let importer = ResponseCSVImporter(options: ResponseImportOptions(numberedColumnOrder: order))
    var counts = Counts()
    var batch: [Response] = []
    var identity = RowIdentity(namespace: namespace)
    var rejects: StreamingTextWriter?
    var listed = 0
    let flush = {
      guard !batch.isEmpty else { return }
      let outcome = try store.append(batch)
      counts.stored += outcome.stored
      counts.duplicates += outcome.duplicateIDs.count
      batch.removeAll(keepingCapacity: true)
      console.problem(
        console.text(
          "progres: \(counts.read) baris dibaca, \(counts.stored) disimpan, \(counts.duplicates) duplikat",
          "progress: \(counts.read) rows read, \(counts.stored) stored, \(counts.duplicates) duplicates"
        )
      )
    }
    let summary = try importer.read(
      reader,
      response: { response, _ in
        counts.read += 1
        var stored = response
        stored.id = identity.id(for: response, hasIDColumn: identity.hasIDColumn)
        stored.questionnaireVersion = stored.questionnaireVersion ?? Questionnaire.standard.version
        batch.append(stored)
        if batch.count >= batchSize { try flush() }
      },
      rejected: { row in
        counts.read += 1
        counts.rejected += 1
        for problem in row.problems where listed < InputFile.maximumListed {
          console.error(problem)
          listed += 1
        }
        try rejects?.append(row)
      },
      header: { summary in
        identity.hasIDColumn = summary.columns.contains { $0.role == .id }
        if let rejectsPath {
          rejects = try StreamingTextWriter(path: rejectsPath, header: summary.headerText)
        }
      }
    )
    try flush()
    try rejects?.finish()
    InputFile.report(warnings: summary, console: console)
    if counts.rejected > 0 {
      console.problem(
        console.text(
          "\(counts.rejected) baris ditolak dan tidak disimpan; jalankan skm check untuk daftar lengkapnya.",
          "\(counts.rejected) rows were rejected and not stored; run skm check for the full list."
        )
      )
    }
    return counts
  }
}

/// The stored id of an imported row.
///
/// A row keeps its export's id, prefixed with a namespace (by default the file's name) because
/// numbered ids are unique only within one export. A row without an id column gets an id
/// derived from its content and its occurrence in the file, so the same file gives the same
/// ids every time while identical rows stay separate respondents.
struct RowIdentity {
  let namespace: String
  var hasIDColumn = false
  private var occurrences: [UInt64: Int] = [:]

  init(namespace: String) {
    self.namespace = namespace
  }

  mutating func id(for response: Response, hasIDColumn: Bool) -> String {
    if hasIDColumn { return "\(namespace)/\(response.id)" }
    let hash = Self.contentHash(response)
    occurrences[hash, default: 0] += 1
    return "row-\(String(hash, radix: 16))-\(occurrences[hash]!)"
  }

  /// FNV-1a over the response's content (not its id or line), in a fixed field order with
  /// answers sorted by unsur key, so the hash is the same in every process and on every
  /// platform.
  static func contentHash(_ response: Response) -> UInt64 {
    let profile = response.profile
    var fields = [
      response.submittedAt?.description, response.unitID, response.service,
      profile.gender?.rawValue, profile.age.map(String.init), profile.education,
      profile.occupation, response.suggestion, response.questionnaireVersion.map(String.init),
      response.source,
    ].map { $0 ?? "" }
    fields += response.answers.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in fields.joined(separator: "\u{1F}").utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
    }
    return hash
  }
}
