/// A place in an input: a file, the line where a record starts, and a column.
public struct SourceLocation: Sendable, Hashable, Codable {
  /// The file name or path as the caller gave it.
  public var file: String
  /// The 1-based line where the record starts; the header is line 1.
  public var line: Int?
  /// The column's header as written in the file.
  public var column: String?

  public init(file: String, line: Int? = nil, column: String? = nil) {
    self.file = file
    self.line = line
    self.column = column
  }

  /// Returns `file:line`, with the column appended where known.
  public func formatted(in language: Language) -> String {
    var text = file
    if let line { text += ":\(line)" }
    if let column {
      let word = language == .indonesian ? "kolom" : "column"
      text += ": \(word) \"\(column)\""
    }
    return text
  }
}

/// An error that stops an operation, with a message in both languages.
///
/// The `code` is stable for programs to match on; the message says what was wrong and what to
/// do, and `location` and `value` say where and what. Modules add their codes as static members
/// of ``SKMError/Code``.
public struct SKMError: Error, Sendable, CustomStringConvertible {
  /// A stable identifier of the kind of error.
  public struct Code: RawRepresentable, Sendable, Hashable, CustomStringConvertible {
    public var rawValue: String
    public init(rawValue: String) { self.rawValue = rawValue }
    public var description: String { rawValue }
  }

  public var code: Code
  public var message: LocalizedText
  public var location: SourceLocation?
  /// The offending input value, as written.
  public var value: String?
  /// The error that caused this one, such as a file system error.
  public var underlying: (any Error & Sendable)?

  public init(
    code: Code,
    message: LocalizedText,
    location: SourceLocation? = nil,
    value: String? = nil,
    underlying: (any Error & Sendable)? = nil
  ) {
    self.code = code
    self.message = message
    self.location = location
    self.value = value
    self.underlying = underlying
  }

  /// Returns the message prefixed with its location, such as
  /// `data.csv:5: kolom "U3": nilai "5" tidak valid …`.
  public func formatted(in language: Language) -> String {
    guard let location else { return message.text(in: language) }
    return location.formatted(in: language) + ": " + message.text(in: language)
  }

  public var description: String { formatted(in: .indonesian) }
}

/// Errors compare by code, message, location and value; the underlying error is not compared.
extension SKMError: Hashable {
  public static func == (lhs: SKMError, rhs: SKMError) -> Bool {
    lhs.code == rhs.code && lhs.message == rhs.message && lhs.location == rhs.location
      && lhs.value == rhs.value
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(code)
    hasher.combine(location)
    hasher.combine(value)
  }
}
