/// CRC-32 (IEEE 802.3, polynomial 0xEDB88320, as zlib, ZIP and PNG use it), for journal records
/// and ZIP containers.
public enum CRC32 {
  private static let table: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  /// Returns the checksum of `bytes`, continuing from `initial` (the checksum of what came
  /// before) when given.
  public static func checksum<Bytes: Sequence>(_ bytes: Bytes, initial: UInt32 = 0) -> UInt32
  where Bytes.Element == UInt8 {
    var crc = ~initial
    for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    return ~crc
  }
}
