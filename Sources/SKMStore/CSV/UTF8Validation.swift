/// A check of raw bytes against the well-formed UTF-8 byte sequences.
///
/// The ranges follow the Unicode Standard, table 3-7 ("Well-Formed UTF-8 Byte Sequences"), so
/// overlong forms, UTF-16 surrogates (ED A0…ED BF) and code points above U+10FFFF are invalid.
enum UTF8Validation {
  /// Returns whether `bytes` is well-formed UTF-8 in full, with no sequence cut off at the end.
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let count = bytes.count
    var index = 0

    while index < count {
      // Survey data is mostly ASCII, so skip eight ASCII bytes at a time.
      while index + 8 <= count {
        let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
        if word & 0x8080_8080_8080_8080 != 0 { break }
        index += 8
      }
      guard index < count else { break }

      let lead = base[index]
      if lead < 0x80 {
        index += 1
        continue
      }

      let length: Int
      let secondByteRange: ClosedRange<UInt8>
      switch lead {
      case 0xC2...0xDF: (length, secondByteRange) = (2, 0x80...0xBF)
      case 0xE0: (length, secondByteRange) = (3, 0xA0...0xBF)
      case 0xE1...0xEC, 0xEE...0xEF: (length, secondByteRange) = (3, 0x80...0xBF)
      case 0xED: (length, secondByteRange) = (3, 0x80...0x9F)
      case 0xF0: (length, secondByteRange) = (4, 0x90...0xBF)
      case 0xF1...0xF3: (length, secondByteRange) = (4, 0x80...0xBF)
      case 0xF4: (length, secondByteRange) = (4, 0x80...0x8F)
      default: return false
      }
      guard index + length <= count, secondByteRange.contains(base[index + 1]) else {
        return false
      }
      for offset in 2..<length where base[index + offset] & 0xC0 != 0x80 {
        return false
      }
      index += length
    }
    return true
  }
}
