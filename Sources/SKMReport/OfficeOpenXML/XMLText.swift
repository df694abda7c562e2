/// Text made safe for the XML parts of Office Open XML files.
enum XMLText {
  /// Escapes `text` for element content and quoted attribute values.
  ///
  /// `&`, `<`, `>`, `"` and `'` become character references. Characters that XML 1.0 does
  /// not allow (controls other than tab, LF and CR, and U+FFFE, U+FFFF) are dropped, because a
  /// single one makes the whole part unreadable. Bidirectional overrides are dropped as in the
  /// HTML report, so a text cannot reverse the rest of its line. Line breaks become LF, since an
  /// XML parser turns a CR in content into LF anyway.
  static func escaped(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in normalizingLineBreaks(text) where !isBidiControl(character) {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      default:
        for scalar in character.unicodeScalars where isAllowed(scalar) {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out
  }

  /// Returns whether XML 1.0 allows `scalar` in a document: tab, LF, CR, U+0020–U+D7FF,
  /// U+E000–U+FFFD and U+10000 upwards. Swift scalars are never surrogates.
  static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x9, 0xA, 0xD: true
    case 0x20...0xFFFD: true
    case 0x10000...: true
    default: false
    }
  }

  /// The XML declaration that starts every part.
  static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
}
