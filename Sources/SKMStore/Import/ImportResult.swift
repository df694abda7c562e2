import SKMCore

/// A row that was not imported, kept verbatim with every reason it was rejected.
public struct RejectedRow: Sendable, Hashable {
  /// The line where the record starts; the header is line 1.
  public var line: Int
  /// The record exactly as written in the file.
  public var text: String
  /// One error per problem found in the row, each naming its column and value.
  public var problems: [SKMError]
}

/// A column of an export and what the import read it as.
public struct ImportedColumn: Sendable, Hashable {
  public var header: String
  /// The column's role, or `nil` for a column the import ignored.
  public var role: ColumnRole?
}

/// What an import read: its columns, counts and the warnings about rows it kept.
public struct ImportSummary: Sendable {
  public var file: String
  /// The header record exactly as written, for writing rejected rows back in the same form.
  public var headerText: String
  public var columns: [ImportedColumn]
  /// Rows in the file, not counting the header and empty lines.
  public var collected = 0
  public var accepted = 0
  public var rejected = 0
  /// Problems that did not reject a row, such as an unreadable age; at most
  /// ``ImportSummary/maximumKeptWarnings`` are kept, and ``warningCount`` counts them all.
  public var warnings: [SKMError] = []
  public var warningCount = 0

  public static let maximumKeptWarnings = 1000

  public init(file: String, headerText: String, columns: [ImportedColumn]) {
    self.file = file
    self.headerText = headerText
    self.columns = columns
  }

  mutating func warn(_ warning: SKMError) {
    warningCount += 1
    if warnings.count < Self.maximumKeptWarnings { warnings.append(warning) }
  }
}

/// The responses of a whole file, with the rows that were rejected.
public struct ResponseImport: Sendable {
  public var summary: ImportSummary
  public var responses: [Response]
  /// The line where each response's record starts, in the order of ``responses``.
  public var lines: [Int]
  public var rejectedRows: [RejectedRow]
}
