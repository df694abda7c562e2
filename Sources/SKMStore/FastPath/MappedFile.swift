import Foundation

/// A regular file mapped read-only into memory, unmapped when the last reference goes away.
///
/// The mapping is private and never written, so any number of threads may read it at once,
/// which is why the type is `Sendable` without a lock. A scan that has passed a region calls
/// ``releasePages(of:from:before:)`` so that the pages it read leave the process's resident set.
/// The page cache keeps them, and a later read of the region maps them in again.
///
/// - Note: Another program that truncates the file while it is mapped makes a read past the new
///   end fail with `SIGBUS`. The streaming ``CSVReader`` would instead see a short file.
final class MappedFile: @unchecked Sendable {
  /// The first byte of the file.
  let base: UnsafePointer<UInt8>
  /// The size of the file in bytes, greater than 0.
  let count: Int

  private init(base: UnsafePointer<UInt8>, count: Int) {
    self.base = base
    self.count = count
  }

  deinit {
    munmap(UnsafeMutableRawPointer(mutating: base), count)
  }

  /// Maps the file at `url`.
  ///
  /// - Returns: The mapping, or `nil` when the file cannot be opened, is not a regular file (a
  ///   folder, pipe or device), is empty or cannot be mapped. The caller then reads it as a
  ///   stream, which reports the same errors as any other import.
  static func map(_ url: URL) -> MappedFile? {
    let descriptor = open(url.path(percentEncoded: false), O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }

    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size > 0
    else { return nil }

    let count = Int(status.st_size)
    guard let address = mmap(nil, count, PROT_READ, MAP_PRIVATE, descriptor, 0),
      address != MAP_FAILED
    else { return nil }
    // A failed hint changes only the speed of reading ahead.
    _ = madvise(address, count, Int32(MADV_SEQUENTIAL))
    return MappedFile(
      base: UnsafePointer(address.assumingMemoryBound(to: UInt8.self)),
      count: count
    )
  }

  /// The system's page size in bytes.
  static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

  /// Drops the whole pages of `bytes` between `start` and `end` from the resident set.
  ///
  /// Call it only on memory that ``map(_:)`` returned. The bytes stay readable, because the
  /// mapping is private and unmodified, so the next read of a dropped page loads it from the
  /// file again.
  static func releasePages(of bytes: UnsafePointer<UInt8>, from start: Int, before end: Int) {
    let address = UInt(bitPattern: bytes)
    let mask = UInt(pageSize - 1)
    let first = (address + UInt(start) + mask) & ~mask
    let last = (address + UInt(end)) & ~mask
    guard last > first, let pointer = UnsafeMutableRawPointer(bitPattern: first) else { return }
    // A failed hint only leaves the pages resident.
    _ = madvise(pointer, Int(last - first), Int32(MADV_DONTNEED))
  }
}
