import Foundation
import SKMCore

/// The bytes of a CSV file or of data in memory, read one chunk at a time into a buffer.
struct CSVInput {
  private enum Source {
    case file(FileHandle)
    case data(Data, offset: Int)
    case exhausted
  }

  /// The default chunk size, large enough that a read costs little per byte.
  static let defaultChunkSize = 256 << 10

  private var source: Source
  private let chunkSize: Int
  /// The file name used in error locations.
  let file: String

  /// The bytes read so far and not yet discarded.
  private(set) var buffer: [UInt8] = []
  /// The index in `buffer` of the first byte not yet consumed.
  var position = 0

  /// Opens a file for reading.
  ///
  /// - Throws: `SKMError` with code `fileUnreadable` when the file cannot be opened.
  init(url: URL, file: String, chunkSize: Int) throws {
    precondition(chunkSize > 0, "chunkSize must be positive")
    do {
      source = .file(try FileHandle(forReadingFrom: url))
    } catch {
      throw SKMError.fileUnreadable(file: file, underlying: error)
    }
    self.chunkSize = chunkSize
    self.file = file
  }

  init(data: Data, file: String, chunkSize: Int) {
    precondition(chunkSize > 0, "chunkSize must be positive")
    source = .data(data, offset: 0)
    self.chunkSize = chunkSize
    self.file = file
  }

  /// Bytes the buffer holds, counting allocated capacity.
  var bufferedByteCount: Int { buffer.capacity }

  /// Replaces the buffer with the next chunk and moves `position` to its start.
  ///
  /// - Returns: `false` at the end of the input.
  /// - Throws: `SKMError` with code `fileUnreadable` when reading fails.
  mutating func readNextChunk() throws -> Bool {
    buffer.removeAll(keepingCapacity: true)
    position = 0
    return try appendNextChunk()
  }

  /// Appends the next chunk to the buffer, keeping the bytes already there.
  ///
  /// - Returns: `false` at the end of the input.
  /// - Throws: `SKMError` with code `fileUnreadable` when reading fails.
  mutating func appendNextChunk() throws -> Bool {
    switch source {
    case .file(let handle):
      let chunk: Data?
      do {
        chunk = try handle.read(upToCount: chunkSize)
      } catch {
        throw SKMError.fileUnreadable(file: file, underlying: error)
      }
      guard let chunk, !chunk.isEmpty else {
        // A failed close loses nothing because the file was only read.
        try? handle.close()
        source = .exhausted
        return false
      }
      buffer.append(contentsOf: chunk)
      return true

    case .data(let data, let offset):
      guard offset < data.count else {
        source = .exhausted
        return false
      }
      let start = data.startIndex + offset
      let end = min(start + chunkSize, data.endIndex)
      buffer.append(contentsOf: data[start..<end])
      source = .data(data, offset: offset + (end - start))
      return true

    case .exhausted:
      return false
    }
  }

  /// Appends chunks until at least `count` bytes follow `position` or the input ends.
  mutating func fill(minimumCount count: Int) throws {
    while buffer.count - position < count {
      guard try appendNextChunk() else { return }
    }
  }
}
