/// Escapes text for HTML element content and quoted attribute values: `&`, `<`, `>`, `"` and
/// `'` become character references, so respondent text can never open a tag or end an
/// attribute. Bidirectional override characters are dropped, so a text cannot reverse the
/// rest of its line.
func escapeHTML(_ text: String) -> String {
  var out = ""
  out.reserveCapacity(text.utf8.count)
  for character in text where !isBidiControl(character) {
    switch character {
    case "&": out += "&amp;"
    case "<": out += "&lt;"
    case ">": out += "&gt;"
    case "\"": out += "&quot;"
    case "'": out += "&#39;"
    default: out.append(character)
    }
  }
  return out
}

/// Whether `character` is an invisible bidirectional embedding, override or isolate
/// (U+202A–U+202E, U+2066–U+2069), which can make displayed text read differently from what it
/// contains.
func isBidiControl(_ character: Character) -> Bool {
  character.unicodeScalars.contains {
    (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
  }
}

/// Returns `text` with CRLF and lone CR line breaks as LF; Swift treats CRLF as one character,
/// so splitting on LF alone would miss it.
func normalizingLineBreaks(_ text: String) -> String {
  String(text.map { $0 == "\r\n" || $0 == "\r" ? "\n" : $0 })
}
