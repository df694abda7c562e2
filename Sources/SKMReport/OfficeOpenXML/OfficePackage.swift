import Foundation
import SKMCore

/// The parts of an Office Open XML package (ECMA-376 Part 2, Open Packaging Conventions) and
/// their content types, written into a ``ZipArchive``.
///
/// `[Content_Types].xml` is generated from the parts and written first, as Office writes it.
/// Relationship parts (`.rels`) are parts like any other; ``relationships(_:)`` writes them.
struct OfficePackage {
  struct Part {
    /// The part's name inside the package, without a leading slash, such as `word/document.xml`.
    var path: String
    var contentType: String
    var xml: String
  }

  /// A relationship from a source part to a target part.
  struct Relationship {
    var id: String
    /// The relationship type URI, such as ``RelationshipType/officeDocument``.
    var type: String
    /// The target, relative to the source part's folder.
    var target: String
  }

  private(set) var parts: [Part] = []

  mutating func add(_ path: String, contentType: String, xml: String) {
    parts.append(Part(path: path, contentType: contentType, xml: xml))
  }

  /// Adds the relationship part of `source` (`""` for the package itself) listing
  /// `relationships`.
  mutating func addRelationships(of source: String, _ relationships: [Relationship]) {
    let slash = source.lastIndex(of: "/")
    let folder = slash.map { String(source[...$0]) } ?? ""
    let name = slash.map { String(source[source.index(after: $0)...]) } ?? source
    add(
      folder + "_rels/" + name + ".rels",
      contentType: ContentType.relationships,
      xml: Self.relationships(relationships)
    )
  }

  /// Adds `docProps/core.xml` and `docProps/app.xml` and their package relationships, with
  /// `officeDocument` as the main part. No dates are written, so the same report gives the same
  /// file.
  mutating func addPackageParts(officeDocument: String, title: String, language: Language) {
    addRelationships(
      of: "",
      [
        Relationship(id: "rId1", type: RelationshipType.officeDocument, target: officeDocument),
        Relationship(
          id: "rId2",
          type: RelationshipType.coreProperties,
          target: "docProps/core.xml"
        ),
        Relationship(
          id: "rId3",
          type: RelationshipType.extendedProperties,
          target: "docProps/app.xml"
        ),
      ]
    )
    add(
      "docProps/core.xml",
      contentType: ContentType.coreProperties,
      xml: XMLText.declaration
        + "<cp:coreProperties"
        + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        + "<dc:title>\(XMLText.escaped(title))</dc:title><dc:creator>SKM</dc:creator>"
        + "<dc:language>\(language.officeTag)</dc:language></cp:coreProperties>"
    )
    add(
      "docProps/app.xml",
      contentType: ContentType.extendedProperties,
      xml: XMLText.declaration
        + "<Properties"
        + " xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
        + "<Application>SKM</Application></Properties>"
    )
  }

  /// Returns the package as ZIP bytes, `[Content_Types].xml` first and then the parts in the
  /// order added.
  ///
  /// - Throws: ``SKMError`` when the package passes the limits of ``ZipArchive``.
  func archive() throws(SKMError) -> Data {
    var zip = ZipArchive()
    try zip.addFile("[Content_Types].xml", contents: Array(contentTypes().utf8))
    for part in parts { try zip.addFile(part.path, contents: Array(part.xml.utf8)) }
    return try zip.finished()
  }

  private func contentTypes() -> String {
    var xml = XMLText.declaration
    xml += "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    xml += "<Default Extension=\"rels\" ContentType=\"\(ContentType.relationships)\"/>"
    xml += "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
    for part in parts where part.contentType != ContentType.relationships {
      xml += "<Override PartName=\"/\(XMLText.escaped(part.path))\""
      xml += " ContentType=\"\(part.contentType)\"/>"
    }
    return xml + "</Types>"
  }

  static func relationships(_ relationships: [Relationship]) -> String {
    var xml = XMLText.declaration
    xml += "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    for relationship in relationships {
      xml += "<Relationship Id=\"\(relationship.id)\" Type=\"\(relationship.type)\""
      xml += " Target=\"\(XMLText.escaped(relationship.target))\"/>"
    }
    return xml + "</Relationships>"
  }
}

/// Content types of the parts this library writes.
enum ContentType {
  static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
  static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
  static let extendedProperties =
    "application/vnd.openxmlformats-officedocument.extended-properties+xml"
  static let workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
  static let worksheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
  static let spreadsheetStyles =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
  static let document =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
  static let wordStyles =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"
  static let numbering =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"
  static let settings =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"
  static let footer = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"
}

/// Relationship type URIs of the transitional Office Open XML schemas.
enum RelationshipType {
  private static let base = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

  static let officeDocument = base + "officeDocument"
  static let extendedProperties = base + "extended-properties"
  static let coreProperties =
    "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
  static let worksheet = base + "worksheet"
  static let styles = base + "styles"
  static let numbering = base + "numbering"
  static let settings = base + "settings"
  static let footer = base + "footer"
}

extension Language {
  /// The language tag Office files use: `id-ID` or `en-US`.
  var officeTag: String {
    switch self {
    case .indonesian: "id-ID"
    case .english: "en-US"
    }
  }
}
