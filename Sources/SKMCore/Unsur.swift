/// A stable identifier of an unsur, independent of its column position or code.
///
/// Two orders of the nine unsur circulate (the regulation's list puts pengaduan before sarana,
/// the questionnaire puts sarana first), so code identifies an unsur by key, never by position.
public struct UnsurKey: RawRepresentable, Sendable, Hashable, Codable, Comparable,
  ExpressibleByStringLiteral, CustomStringConvertible, CodingKeyRepresentable
{
  public var rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }

  public var description: String { rawValue }
  public static func < (lhs: UnsurKey, rhs: UnsurKey) -> Bool { lhs.rawValue < rhs.rawValue }

  // Keys encode as the names of a JSON object's members, not as an array of pairs, so a
  // response's answers encode the same way in every process.
  public init?<Key: CodingKey>(codingKey: Key) { self.rawValue = codingKey.stringValue }
  public var codingKey: any CodingKey { AnswerCodingKey(stringValue: rawValue) }

  public static let persyaratan: UnsurKey = "persyaratan"
  public static let prosedur: UnsurKey = "prosedur"
  public static let waktu: UnsurKey = "waktu"
  public static let biaya: UnsurKey = "biaya"
  public static let produk: UnsurKey = "produk"
  public static let kompetensi: UnsurKey = "kompetensi"
  public static let perilaku: UnsurKey = "perilaku"
  public static let sarana: UnsurKey = "sarana"
  public static let pengaduan: UnsurKey = "pengaduan"
}

/// A service element (unsur pelayanan) that respondents score from 1 to 4.
public struct Unsur: Sendable, Hashable, Codable, Identifiable {
  public var key: UnsurKey
  /// The questionnaire code, `U1` to `U9` for the standard questionnaire.
  public var code: String
  public var name: LocalizedText

  public var id: UnsurKey { key }

  public init(key: UnsurKey, code: String, name: LocalizedText) {
    self.key = key
    self.code = code
    self.name = name
  }
}

extension Unsur {
  /// The nine unsur of PermenPANRB 14/2017 in questionnaire order (U8 sarana, U9 pengaduan).
  public static let standard: [Unsur] = [
    Unsur(
      key: .persyaratan,
      code: "U1",
      name: LocalizedText(indonesian: "Persyaratan", english: "Requirements")
    ),
    Unsur(
      key: .prosedur,
      code: "U2",
      name: LocalizedText(
        indonesian: "Sistem, Mekanisme, dan Prosedur",
        english: "Systems, mechanisms and procedures"
      )
    ),
    Unsur(
      key: .waktu,
      code: "U3",
      name: LocalizedText(indonesian: "Waktu Penyelesaian", english: "Completion time")
    ),
    Unsur(
      key: .biaya,
      code: "U4",
      name: LocalizedText(indonesian: "Biaya/Tarif", english: "Cost/tariff")
    ),
    Unsur(
      key: .produk,
      code: "U5",
      name: LocalizedText(
        indonesian: "Produk Spesifikasi Jenis Pelayanan",
        english: "Product specification of the service"
      )
    ),
    Unsur(
      key: .kompetensi,
      code: "U6",
      name: LocalizedText(indonesian: "Kompetensi Pelaksana", english: "Staff competence")
    ),
    Unsur(
      key: .perilaku,
      code: "U7",
      name: LocalizedText(indonesian: "Perilaku Pelaksana", english: "Staff conduct")
    ),
    Unsur(
      key: .sarana,
      code: "U8",
      name: LocalizedText(indonesian: "Sarana dan Prasarana", english: "Facilities")
    ),
    Unsur(
      key: .pengaduan,
      code: "U9",
      name: LocalizedText(
        indonesian: "Penanganan Pengaduan, Saran dan Masukan",
        english: "Handling of complaints, suggestions and feedback"
      )
    ),
  ]

  /// The keys of the nine unsur in the order of the regulation's list, where pengaduan (8)
  /// precedes sarana (9). Some exports number their columns `u1`…`u9` in this order.
  public static let regulationOrder: [UnsurKey] = [
    .persyaratan, .prosedur, .waktu, .biaya, .produk, .kompetensi, .perilaku, .pengaduan, .sarana,
  ]
}

/// The coding key of an answer, named by its unsur key.
struct AnswerCodingKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
