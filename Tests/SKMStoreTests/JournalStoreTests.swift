import Foundation
import SKMCore
import SKMStore
import SKMStoreConformance
import Testing

private func journalURL() throws -> URL {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("skm-journal-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  return folder.appendingPathComponent("jawaban.skmj")
}

private func responses(_ range: ClosedRange<Int>, prefix: String = "r") -> [Response] {
  range.map { number in
    Response(
      id: "\(prefix)\(number)",
      submittedAt: CivilDateTime(iso: "2026-02-0\(1 + number % 9) 10:00"),
      unitID: "kecamatan",
      service: "KTP-el",
      answers: [.persyaratan: Score(1 + number % 4)!, .waktu: .four],
      suggestion: number % 2 == 0 ? "Saran nomor \(number)" : nil
    )
  }
}

@Suite("Journal store")
struct JournalStoreTests {
  @Test("Journal store conforms, also after reopening")
  func conformance() {
    let failures = StoreConformance(
      makeStore: { try JournalStore(url: try journalURL()) },
      reopen: { store in
        store.close()
        return try JournalStore(url: store.url)
      }
    ).run()
    #expect(failures.isEmpty, "\(failures)")
  }

  @Test("Torn tail is cut and every earlier record kept")
  func tornTail() throws {
    let url = try journalURL()
    do {
      let store = try JournalStore(url: url)
      try store.append(responses(1...10))
    }
    let whole = try Data(contentsOf: url)
    // A crash during the next append leaves half a record at the end.
    let partial = try { () throws -> Data in
      let other = try journalURL()
      let store = try JournalStore(url: other)
      try store.append(responses(11...11))
      let data = try Data(contentsOf: other)
      return data[8..<(8 + (data.count - 8) / 2)]
    }()
    try (whole + partial).write(to: url)
    let reopened = try JournalStore(url: url)
    #expect(reopened.truncatedTailBytes == partial.count)
    #expect(reopened.damage.isEmpty)
    #expect(try reopened.responses().map(\.id) == (1...10).map { "r\($0)" })
    #expect(try Data(contentsOf: url) == whole)
    let outcome = try reopened.append(responses(11...12))
    #expect(outcome.stored == 2)
    #expect(try reopened.count(.all) == 12)
  }

  @Test("Flipped bytes in the middle are reported and the rest kept")
  func middleCorruption() throws {
    let url = try journalURL()
    do {
      let store = try JournalStore(url: url)
      for number in 1...30 { try store.append(responses(number...number)) }
    }
    var data = try Data(contentsOf: url)
    let middle = data.count / 2
    for offset in middle..<middle + 6 { data[offset] ^= 0xFF }
    try data.write(to: url)

    let reader = try JournalStore(url: url, mode: .readOnly)
    #expect(reader.damage.count == 1)
    let damage = try #require(reader.damage.first)
    #expect(damage.offset <= middle)
    #expect(damage.offset + damage.length >= middle + 6)
    let kept = try reader.responses().map(\.id)
    #expect(kept.count == 29)
    #expect(kept.first == "r1")
    #expect(kept.last == "r30")
    #expect(try Data(contentsOf: url) == data)

    let writer = try JournalStore(url: url)
    #expect(writer.damage == reader.damage)
    #expect(writer.truncatedTailBytes == 0)
    #expect(try writer.append(responses(31...31)).stored == 1)
    #expect(try writer.count(.all) == 30)
  }

  @Test("Damaged last batch is cut like a torn tail")
  func damagedTail() throws {
    let url = try journalURL()
    do {
      let store = try JournalStore(url: url)
      try store.append(responses(1...2))
      try store.append(responses(3...4))
    }
    var data = try Data(contentsOf: url)
    data[data.count - 2] ^= 0x01
    try data.write(to: url)
    let store = try JournalStore(url: url)
    #expect(store.truncatedTailBytes > 0)
    #expect(try store.responses().map(\.id) == ["r1", "r2"])
  }

  @Test("A batch cut off by a crash is dropped whole")
  func atomicBatch() throws {
    let url = try journalURL()
    do {
      let store = try JournalStore(url: url)
      try store.append(responses(1...1))
    }
    let committed = try Data(contentsOf: url)
    let other = try journalURL()
    do {
      let store = try JournalStore(url: other)
      try store.append(responses(2...6))
    }
    let batch = try Data(contentsOf: other).dropFirst(8)
    // Every record of the second batch arrives, but not its commit record.
    try (committed + batch.dropLast(13)).write(to: url)
    let reader = try JournalStore(url: url, mode: .readOnly)
    #expect(try reader.responses().map(\.id) == ["r1"])
    let writer = try JournalStore(url: url)
    #expect(writer.truncatedTailBytes == batch.count - 13)
    #expect(try writer.append(responses(2...6)).stored == 5)
  }

  @Test("Second writer gets a clear error")
  func secondWriter() throws {
    let url = try journalURL()
    let first = try JournalStore(url: url)
    #expect {
      try JournalStore(url: url)
    } throws: { error in
      (error as? SKMError)?.code == .storeLocked
        && (error as? SKMError)?.formatted(in: .indonesian).contains("proses lain") == true
    }
    withExtendedLifetime(first) {}
    let reader = try JournalStore(url: url, mode: .readOnly)
    #expect {
      try reader.append(responses(1...1))
    } throws: { error in
      (error as? SKMError)?.code == .storeReadOnly
    }
  }

  @Test("Lock is released when the writer goes away")
  func lockRelease() throws {
    let url = try journalURL()
    do { _ = try JournalStore(url: url) }
    let again = try JournalStore(url: url)
    #expect(try again.count(.all) == 0)
  }

  @Test("Reader scans while a writer appends")
  func readerDuringWrites() throws {
    let url = try journalURL()
    let writer = try JournalStore(url: url)
    let reader = try JournalStore(url: url, mode: .readOnly)
    var seen: [Int] = []
    for batch in 0..<20 {
      try writer.append(responses(batch * 10 + 1...batch * 10 + 10))
      seen.append(try reader.count(.all))
    }
    #expect(seen == (1...20).map { $0 * 10 })
  }

  @Test("A file that is not a journal is refused")
  func notAJournal() throws {
    let url = try journalURL()
    try Data("id,u1\n1,4\n".utf8).write(to: url)
    #expect {
      try JournalStore(url: url, mode: .readOnly)
    } throws: { error in
      (error as? SKMError)?.code == .storeNotAJournal
    }
  }
}
