/// A JSON value whose numbers keep the exact digits they were given, so that a konversi of
/// 88.31 is written as `88.31` and never passes through binary floating point.
public indirect enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  /// A number as JSON digits, such as `88.31` or `26`.
  case number(String)
  case string(String)
  case array([JSONValue])
  /// Members in the order given.
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    lhs.serialized() == rhs.serialized()
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

  /// Returns the value as JSON text, indented by two spaces per level.
  public func serialized(indent: String = "") -> String {
    let inner = indent + "  "
    switch self {
    case .null: return "null"
    case .bool(let value): return value ? "true" : "false"
    case .number(let digits): return digits
    case .string(let text): return JSONValue.quote(text)
    case .array(let items):
      guard !items.isEmpty else { return "[]" }
      let body = items.map { inner + $0.serialized(indent: inner) }.joined(separator: ",\n")
      return "[\n" + body + "\n" + indent + "]"
    case .object(let members):
      guard !members.isEmpty else { return "{}" }
      let body = members.map {
        inner + JSONValue.quote($0.0) + ": " + $0.1.serialized(indent: inner)
      }
      .joined(separator: ",\n")
      return "{\n" + body + "\n" + indent + "}"
    }
  }

  /// Returns `text` as a JSON string literal, escaping quotes, backslashes and control
  /// characters.
  static func quote(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default:
        if scalar.value < 0x20 {
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
