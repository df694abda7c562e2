import Foundation
import SKMCore

/// The journal's on-disk format.
///
/// A file starts with the 8-byte header `SKMJRNL2`. Each record follows as
/// - 4 bytes of magic `D5 4A 52 C3`, which never occur in UTF-8 text, so a reader can find the
///   next record after a damaged one;
/// - 1 byte of kind (1 response, 2 questionnaire, 3 commit);
/// - the payload length as a little-endian `UInt32`;
/// - the CRC-32 of kind, length and payload as a little-endian `UInt32`;
/// - the payload: the response or questionnaire as JSON, empty for a commit.
///
/// Every batch ends with a commit record written in the same `write`, and readers take the
/// records of a batch only when its commit follows, so a crash in the middle of a batch keeps
/// none of it. Files with the older header `SKMJRNL1` have no commits; each of their records
/// counts as committed.
enum JournalFormat {
  static let header = Data("SKMJRNL2".utf8)
  static let headerWithoutCommits = Data("SKMJRNL1".utf8)
  static let magic: [UInt8] = [0xD5, 0x4A, 0x52, 0xC3]
  static let frameSize = 4 + 1 + 4 + 4
  /// Payloads larger than this are treated as damage, which bounds what a corrupt length can
  /// make a reader allocate.
  static let maximumPayload = 16 << 20

  enum Kind: UInt8 {
    case response = 1
    case questionnaire = 2
    case commit = 3
  }

  /// The record that ends a batch.
  static let commit = frame(.commit, Data())

  static let encoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    return encoder
  }()

  /// Returns the framed bytes of one record.
  static func frame(_ kind: Kind, _ payload: Data) -> Data {
    var data = Data(magic)
    var body = Data([kind.rawValue])
    withUnsafeBytes(of: UInt32(payload.count).littleEndian) { body.append(contentsOf: $0) }
    let crc = CRC32.checksum(payload, initial: CRC32.checksum(body))
    data.append(body)
    withUnsafeBytes(of: crc.littleEndian) { data.append(contentsOf: $0) }
    data.append(payload)
    return data
  }

  static func encode(_ response: Response) throws -> Data {
    frame(.response, try encoder.encode(response))
  }

  static func encode(_ questionnaire: Questionnaire) throws -> Data {
    frame(.questionnaire, try encoder.encode(questionnaire))
  }
}

/// A record read back from a journal.
enum JournalEntry {
  case response(Response)
  case questionnaire(Questionnaire)
  case commit
}

/// A stretch of a journal that holds no verifiable record.
public struct JournalDamage: Sendable, Hashable {
  /// The byte offset where the damage starts.
  public var offset: Int
  /// How many bytes were skipped until the next verifiable record or the end.
  public var length: Int
}
