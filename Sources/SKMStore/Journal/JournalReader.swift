import Foundation
import SKMCore

/// Reads the records of a journal file in order, verifying each one, and skips damaged
/// stretches by searching for the next record that verifies.
struct JournalReader {
  /// The findings of a scan besides the records.
  struct Findings {
    /// Damaged stretches followed by at least one verifiable record.
    var damage: [JournalDamage] = []
    /// The offset after the last verifiable record.
    var validEnd: Int
    /// Bytes after the last verifiable record: a torn or damaged tail.
    var tailBytes: Int = 0
  }

  let url: URL
  let displayName: String

  /// Calls `body` with each verifiable record and returns what else the scan found.
  ///
  /// The file is read up to its length when the scan starts, so a writer appending at the
  /// same time adds records that a later scan sees; a record it is still writing is a torn
  /// tail for this scan.
  func scan(_ body: (JournalEntry) throws -> Void) throws -> Findings {
    let data: Data
    do {
      data = try Data(contentsOf: url, options: .alwaysMapped)
    } catch {
      throw JournalStore.error(
        .fileUnreadable,
        displayName,
        indonesian: "Jurnal tidak dapat dibaca: \(error.localizedDescription).",
        english: "Cannot read the journal: \(error.localizedDescription).",
        underlying: error
      )
    }
    let commits = data.starts(with: JournalFormat.header)
    guard commits || data.starts(with: JournalFormat.headerWithoutCommits) else {
      throw JournalStore.error(
        .storeNotAJournal,
        displayName,
        indonesian: "Berkas ini bukan jurnal SKM (kepala berkas SKMJRNL1 tidak ditemukan).",
        english: "This file is not an SKM journal (the SKMJRNL1 header is missing)."
      )
    }
    var findings = Findings(validEnd: JournalFormat.header.count)
    var offset = JournalFormat.header.count
    var damageStart: Int?
    // Records of the batch in progress, taken when its commit record follows.
    var pending: [JournalEntry] = []
    while offset < data.count {
      if let (entry, next) = try record(in: data, at: offset) {
        if let start = damageStart {
          findings.damage.append(JournalDamage(offset: start, length: offset - start))
          damageStart = nil
        }
        offset = next
        if case .commit = entry {
          try pending.forEach(body)
          pending.removeAll(keepingCapacity: true)
          findings.validEnd = next
        } else if commits {
          pending.append(entry)
        } else {
          try body(entry)
          findings.validEnd = next
        }
      } else {
        if damageStart == nil { damageStart = offset }
        offset = nextMagic(in: data, after: offset) ?? data.count
      }
    }
    findings.tailBytes = data.count - findings.validEnd
    return findings
  }

  /// Returns the record at `offset` and the offset after it, or `nil` when no verifiable
  /// record starts there.
  private func record(in data: Data, at offset: Int) throws -> (JournalEntry, Int)? {
    let frame = JournalFormat.frameSize
    guard offset + frame <= data.count,
      data[offset..<offset + 4].elementsEqual(JournalFormat.magic),
      let kind = JournalFormat.Kind(rawValue: data[offset + 4])
    else { return nil }
    let length = Int(readUInt32(data, offset + 5))
    let expected = readUInt32(data, offset + 9)
    guard length <= JournalFormat.maximumPayload, offset + frame + length <= data.count else {
      return nil
    }
    let payload = data[offset + frame..<offset + frame + length]
    let crc = CRC32.checksum(payload, initial: CRC32.checksum(data[offset + 4..<offset + 9]))
    guard crc == expected else { return nil }
    let decoder = JSONDecoder()
    switch kind {
    case .commit:
      return length == 0 ? (.commit, offset + frame) : nil
    case .response:
      guard let response = try? decoder.decode(Response.self, from: payload) else { return nil }
      return (.response(response), offset + frame + length)
    case .questionnaire:
      guard let questionnaire = try? decoder.decode(Questionnaire.self, from: payload) else {
        return nil
      }
      return (.questionnaire(questionnaire), offset + frame + length)
    }
  }

  private func nextMagic(in data: Data, after offset: Int) -> Int? {
    let magic = JournalFormat.magic
    var index = offset + 1
    while index + magic.count <= data.count {
      if data[index] == magic[0] && data[index + 1] == magic[1] && data[index + 2] == magic[2]
        && data[index + 3] == magic[3]
      {
        return index
      }
      index += 1
    }
    return nil
  }

  private func readUInt32(_ data: Data, _ offset: Int) -> UInt32 {
    (0..<4).reduce(UInt32(0)) { $0 | UInt32(data[offset + $1]) << (8 * UInt32($1)) }
  }
}
