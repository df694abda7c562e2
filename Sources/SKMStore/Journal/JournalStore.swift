import Foundation
import SKMCore

#if canImport(Glibc)
  import Glibc
  private let systemWrite = Glibc.write
  private let systemClose = Glibc.close
#elseif canImport(Darwin)
  import Darwin
  private let systemWrite = Darwin.write
  private let systemClose = Darwin.close
#endif

/// The embedded durable store: an append-only journal file of checksummed records.
///
/// - Durability: `append` writes the batch's records with one `write` and returns only after
///   `fsync`, so a returned response survives a crash or power cut. A batch shares one sync.
/// - Atomic batches: a batch ends with a commit record, and a batch without one (cut off by a
///   crash) is dropped whole.
/// - Recovery: opening for writing truncates a torn or damaged tail (a batch cut off by a
///   crash) and keeps every committed batch before it. A damaged record in the middle is skipped, its
///   offset and length are reported in ``damage``, and the verifiable records around it are
///   kept.
/// - Concurrency: one writer at a time across processes, enforced with an exclusive `flock` on
///   the file; a second writer gets ``SKMError/Code/storeLocked``. Readers (``Mode/readOnly``)
///   take no lock and may scan while a writer appends; each scan includes the batches committed
///   when it starts. Within a process, one instance is safe to share across threads.
///
/// Memory holds the set of stored ids and questionnaire versions; responses stay on disk and
/// every scan reads the file.
public final class JournalStore: SurveyStore, @unchecked Sendable {
  /// The access mode of an opened journal.
  public enum Mode: Sendable {
    /// Creates the file if needed, takes the writer lock and repairs a torn tail.
    case readWrite
    /// Takes no lock and never changes the file; `append` throws.
    case readOnly
  }

  public let url: URL
  public let mode: Mode
  /// Damaged stretches found in the middle of the journal when it was opened.
  public private(set) var damage: [JournalDamage] = []
  /// Bytes of a torn or damaged tail that opening for writing removed.
  public private(set) var truncatedTailBytes = 0

  // The lock guards every field below and the file position: that is why the class is
  // `@unchecked Sendable`.
  private let lock = NSLock()
  private var handle: FileHandle?
  private var ids: Set<String> = []
  private var versions = QuestionnaireVersions()
  private var displayName: String { url.path }

  /// Opens or creates the journal at `url`.
  ///
  /// - Throws: ``SKMError`` when the file cannot be opened or is not a journal, or, for
  ///   ``Mode/readWrite``, when another process holds the writer lock.
  public init(url: URL, mode: Mode = .readWrite) throws {
    self.url = url
    self.mode = mode
    if mode == .readWrite {
      let descriptor = try openForWriting()
      handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }
    let findings = try JournalReader(url: url, displayName: displayName).scan { entry in
      switch entry {
      case .response(let response): ids.insert(response.id)
      case .questionnaire(let questionnaire): versions.insert(questionnaire)
      case .commit: break
      }
    }
    damage = findings.damage
    if mode == .readWrite && findings.tailBytes > 0 {
      try truncate(to: findings.validEnd)
      truncatedTailBytes = findings.tailBytes
    }
  }

  public convenience init(path: String, mode: Mode = .readWrite) throws {
    try self.init(url: URL(fileURLWithPath: path), mode: mode)
  }

  deinit {
    // Closing the descriptor releases the flock.
    try? handle?.close()
  }

  public func append(_ responses: [Response]) throws -> AppendOutcome {
    try lock.withLock {
      var outcome = AppendOutcome()
      var batch = Data()
      var batchIDs: Set<String> = []
      for response in responses {
        guard !ids.contains(response.id), batchIDs.insert(response.id).inserted else {
          outcome.duplicateIDs.append(response.id)
          continue
        }
        batch.append(try JournalFormat.encode(response))
        outcome.stored += 1
      }
      guard !batch.isEmpty else { return outcome }
      try write(batch + JournalFormat.commit)
      ids.formUnion(batchIDs)
      return outcome
    }
  }

  public func scan(_ filter: ResponseFilter, _ body: (Response) throws -> Void) throws {
    _ = try JournalReader(url: url, displayName: displayName).scan { entry in
      if case .response(let response) = entry, filter.matches(response) { try body(response) }
    }
  }

  @discardableResult
  public func saveQuestionnaire(_ questionnaire: Questionnaire) throws -> Bool {
    try lock.withLock {
      guard try versions.isNew(questionnaire) else { return false }
      try write(try JournalFormat.encode(questionnaire) + JournalFormat.commit)
      versions.insert(questionnaire)
      return true
    }
  }

  public func questionnaires() throws -> [Questionnaire] {
    lock.withLock { versions.sorted }
  }

  /// Closes the file and releases the writer lock; later appends throw
  /// ``SKMError/Code/storeReadOnly`` and scans still read the file.
  public func close() {
    lock.withLock {
      try? handle?.close()
      handle = nil
    }
  }

  /// Returns whether a response with `id` is stored, without reading the file.
  public func contains(id: String) -> Bool {
    lock.withLock { ids.contains(id) }
  }
}

extension JournalStore {
  /// Opens the file for appending, creating it with its header, and takes the writer lock.
  private func openForWriting() throws -> Int32 {
    let descriptor = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else {
      if errno == ENOENT {
        throw Self.error(
          .fileUnreadable,
          displayName,
          indonesian:
            "Folder jurnal tidak ada. Buat foldernya terlebih dahulu, lalu jalankan lagi.",
          english: "The journal's folder does not exist. Create the folder first, then run again."
        )
      }
      throw Self.posixError(.fileUnreadable, displayName, "open", errno)
    }
    guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
      let code = errno
      _ = systemClose(descriptor)
      if code == EWOULDBLOCK {
        throw Self.error(
          .storeLocked,
          displayName,
          indonesian:
            "Jurnal sedang dibuka untuk ditulis oleh proses lain. Tunggu proses itu selesai, atau buka jurnal hanya untuk dibaca.",
          english:
            "Another process has the journal open for writing. Wait for it to finish, or open the journal read-only."
        )
      }
      throw Self.posixError(.fileUnreadable, displayName, "flock", code)
    }
    if lseek(descriptor, 0, SEEK_END) == 0 {
      try writeAll(descriptor, JournalFormat.header)
      try sync(descriptor)
      syncDirectory()
    }
    return descriptor
  }

  /// Appends `data` at the end and waits until it is on stable storage.
  private func write(_ data: Data) throws {
    guard let handle else {
      throw Self.error(
        .storeReadOnly,
        displayName,
        indonesian:
          "Jurnal dibuka hanya untuk dibaca; buka dengan mode readWrite untuk menambah jawaban.",
        english: "The journal is open read-only; open it read-write to append responses."
      )
    }
    let descriptor = handle.fileDescriptor
    let end = lseek(descriptor, 0, SEEK_END)
    do {
      try writeAll(descriptor, data)
      try sync(descriptor)
    } catch {
      // Leave no partial batch behind: cut the file back to where the batch started.
      _ = ftruncate(descriptor, end)
      throw error
    }
  }

  private func writeAll(_ descriptor: Int32, _ data: Data) throws {
    try data.withUnsafeBytes { buffer in
      var offset = 0
      while offset < buffer.count {
        let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
        if written < 0 {
          if errno == EINTR { continue }
          throw Self.posixError(.storeWriteFailed, displayName, "write", errno)
        }
        offset += written
      }
    }
  }

  private func sync(_ descriptor: Int32) throws {
    guard fsync(descriptor) == 0 else {
      throw Self.posixError(.storeWriteFailed, displayName, "fsync", errno)
    }
  }

  /// Makes the new file's directory entry durable, so the journal itself survives a crash.
  private func syncDirectory() {
    let folder = open(url.deletingLastPathComponent().path, O_RDONLY | O_CLOEXEC)
    guard folder >= 0 else { return }
    _ = fsync(folder)
    _ = systemClose(folder)
  }

  private func truncate(to length: Int) throws {
    guard let descriptor = handle?.fileDescriptor else { return }
    guard ftruncate(descriptor, off_t(length)) == 0 else {
      throw Self.posixError(.storeWriteFailed, displayName, "ftruncate", errno)
    }
    try sync(descriptor)
  }
}

extension SKMError.Code {
  /// Another process holds the journal's writer lock.
  public static let storeLocked = SKMError.Code(rawValue: "store.locked")
  /// The store was opened read-only.
  public static let storeReadOnly = SKMError.Code(rawValue: "store.read-only")
  /// Writing or syncing the store failed.
  public static let storeWriteFailed = SKMError.Code(rawValue: "store.write-failed")
  /// The file is not a journal.
  public static let storeNotAJournal = SKMError.Code(rawValue: "store.not-a-journal")
}

extension JournalStore {
  static func error(
    _ code: SKMError.Code,
    _ file: String,
    indonesian: String,
    english: String,
    underlying: (any Error & Sendable)? = nil
  ) -> SKMError {
    SKMError(
      code: code,
      message: LocalizedText(indonesian: indonesian, english: english),
      location: SourceLocation(file: file),
      underlying: underlying
    )
  }

  static func posixError(_ code: SKMError.Code, _ file: String, _ call: String, _ number: Int32)
    -> SKMError
  {
    let reason = String(cString: strerror(number))
    return error(
      code,
      file,
      indonesian:
        "Operasi \(call) pada jurnal gagal: \(reason). Periksa ruang disk dan izin berkas.",
      english: "The journal's \(call) failed: \(reason). Check the disk space and file permissions."
    )
  }
}
