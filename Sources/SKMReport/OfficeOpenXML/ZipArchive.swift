import Foundation
import SKMCore

/// A ZIP archive of stored (uncompressed) entries, the container of Office Open XML files.
///
/// Each entry is written as a local file header followed by its bytes. ``finished()`` then
/// appends the central directory and the end of central directory record, as section 4.3 of
/// PKWARE's APPNOTE.TXT lays them out. Names are UTF-8 with general purpose bit 11 set. Every
/// entry has the same DOS timestamp, 1980-01-01 00:00, so the same entries always give the
/// same bytes.
///
/// There is no compression and no ZIP64 extension: an archive holds at most 65,535 entries and
/// every size and offset must stay below 4 GiB, or adding the entry throws. Memory holds the
/// whole archive, about the sum of the entries' sizes.
struct ZipArchive {
  private struct Entry {
    var name: [UInt8]
    var crc: UInt32
    var size: UInt32
    var offset: UInt32
  }

  private var bytes: [UInt8] = []
  private var entries: [Entry] = []

  /// Version 2.0 of the format, as needed to extract and as made by MS-DOS (host 0).
  private static let version: UInt16 = 20
  /// General purpose bit 11: the entry's name is UTF-8.
  private static let utf8Flag: UInt16 = 0x0800
  /// 1980-01-01 as a DOS date: (year − 1980) << 9 | month << 5 | day.
  private static let dosDate: UInt16 = 1 << 5 | 1
  private static let dosTime: UInt16 = 0

  /// Appends an entry named `path`, such as `xl/workbook.xml`, holding `contents` unchanged.
  ///
  /// - Throws: ``SKMError`` with code ``SKMError/Code/reportArchiveTooLarge`` when the entry
  ///   would pass the 65,535-entry or 4 GiB limit of a ZIP archive without ZIP64.
  mutating func addFile(_ path: String, contents: [UInt8]) throws(SKMError) {
    let name = Array(path.utf8)
    guard entries.count < Int(UInt16.max), name.count <= Int(UInt16.max),
      let size = UInt32(exactly: contents.count), let offset = UInt32(exactly: bytes.count),
      bytes.count + 30 + name.count + contents.count <= Int(UInt32.max)
    else { throw Self.tooLarge(path) }
    let entry = Entry(name: name, crc: CRC32.checksum(contents), size: size, offset: offset)

    append(UInt32(0x0403_4B50))
    append(Self.version)
    append(Self.utf8Flag)
    append(UInt16(0))  // method 0: stored
    append(Self.dosTime)
    append(Self.dosDate)
    append(entry.crc)
    append(size)  // compressed size
    append(size)
    append(UInt16(name.count))
    append(UInt16(0))  // extra field length
    bytes += name
    bytes += contents
    entries.append(entry)
  }

  /// Returns the archive: the entries added so far, the central directory and the end record.
  ///
  /// - Throws: ``SKMError`` with code ``SKMError/Code/reportArchiveTooLarge`` when the central
  ///   directory would end beyond 4 GiB.
  func finished() throws(SKMError) -> Data {
    var archive = self
    guard let directoryOffset = UInt32(exactly: bytes.count) else {
      throw Self.tooLarge("central directory")
    }

    for entry in entries {
      archive.append(UInt32(0x0201_4B50))
      archive.append(Self.version)  // version made by
      archive.append(Self.version)  // version needed to extract
      archive.append(Self.utf8Flag)
      archive.append(UInt16(0))
      archive.append(Self.dosTime)
      archive.append(Self.dosDate)
      archive.append(entry.crc)
      archive.append(entry.size)
      archive.append(entry.size)
      archive.append(UInt16(entry.name.count))
      archive.append(UInt16(0))  // extra field length
      archive.append(UInt16(0))  // comment length
      archive.append(UInt16(0))  // disk number start
      archive.append(UInt16(0))  // internal attributes
      archive.append(UInt32(0))  // external attributes
      archive.append(entry.offset)
      archive.bytes += entry.name
    }

    guard let directorySize = UInt32(exactly: archive.bytes.count - bytes.count),
      archive.bytes.count + 22 <= Int(UInt32.max)
    else { throw Self.tooLarge("central directory") }
    archive.append(UInt32(0x0605_4B50))
    archive.append(UInt16(0))  // this disk
    archive.append(UInt16(0))  // disk with the central directory
    archive.append(UInt16(entries.count))
    archive.append(UInt16(entries.count))
    archive.append(directorySize)
    archive.append(directoryOffset)
    archive.append(UInt16(0))  // comment length
    return Data(archive.bytes)
  }

  private mutating func append(_ value: UInt16) {
    bytes += [UInt8(value & 0xFF), UInt8(value >> 8)]
  }

  private mutating func append(_ value: UInt32) {
    bytes += [
      UInt8(value & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value >> 16 & 0xFF), UInt8(value >> 24),
    ]
  }

  private static func tooLarge(_ path: String) -> SKMError {
    SKMError(
      code: .reportArchiveTooLarge,
      message: LocalizedText(
        indonesian:
          "Berkas Office terlalu besar untuk arsip ZIP tanpa ZIP64 (paling banyak 65.535 bagian dan 4 GiB). Bagi data menjadi beberapa laporan, misalnya per periode atau per unit.",
        english:
          "The Office file is too large for a ZIP archive without ZIP64 (at most 65,535 parts and 4 GiB). Split the data into several reports, such as by period or unit."
      ),
      value: path
    )
  }
}

extension SKMError.Code {
  /// An Office Open XML file would pass the size or entry limits of its ZIP container.
  public static let reportArchiveTooLarge = SKMError.Code(rawValue: "report.archive-too-large")
}
