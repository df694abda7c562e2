/// Rows shaped like a regency's e-SKM export, the same for the same seed, as `skm-generate`
/// writes them.
///
/// The columns are profile columns as such applications write them, nine scores, and a
/// suggestion. Cost (U4) is almost always 4, and procedure and time (U2, U3) are the weakest.
/// Now and then a row has a quoted suggestion with a comma, a `""` or a line break.
public struct ExportGenerator {
  public static let header =
    "id,created_at,bagian,jenis_layanan,jenis_kelamin,usia,pendidikan,pekerjaan,u1,u2,u3,u4,u5,u6,u7,u8,u9,saran\n"

  static let units = ["organisasi", "hukum", "umum", "prokopim", "ekosda", "adbang"]
  static let services = [
    "Pelayanan Konsultasi", "Pelayanan Pengaduan", "Pelayanan data, Laporan, dan Informasi",
    "Pelayanan Rapat/Audiensi", "Pelayanan Produk Hukum Daerah", "Pelayanan Penomoran Surat",
  ]
  static let education = ["SMA / SMK", "S1 / Setara", "S2 / S3", "D3", "SMP", "SD"]
  static let occupation = ["ASN", "Swasta", "Lainnya", "Wirausaha", "Pelajar/Mahasiswa", "TNI"]
  static let suggestions = [
    "\"Mohon antrean dipercepat, terima kasih.\"", "\"Pelayanan baik,\npertahankan.\"",
    "Sudah baik", "\"Ruang tunggu, \"\"sempit\"\" sekali\"",
  ]
  /// Per unsur, the chances in percent of scores 1, 2 and 3; the rest is 4.
  static let odds: [(Int, Int, Int)] = [
    (1, 6, 45), (2, 12, 50), (2, 14, 48), (0, 1, 4), (1, 5, 42), (1, 4, 40), (1, 3, 35), (1, 6, 45),
    (1, 4, 38),
  ]

  private var state: UInt64

  public init(seed: UInt64) {
    state = seed &* 0x9E37_79B9_7F4A_7C15 | 1
  }

  /// Returns the header and `rows` rows, each ending in LF.
  public static func csv(rows: Int, seed: UInt64 = 2026) -> String {
    var generator = ExportGenerator(seed: seed)
    var text = header
    for number in 1...max(rows, 1) where rows > 0 {
      text += generator.row(number: number)
    }
    return text
  }

  /// Returns a pseudo-random number below `bound` (xorshift64*), the same sequence for the
  /// same seed.
  public mutating func next(_ bound: Int) -> Int {
    state ^= state >> 12
    state ^= state << 25
    state ^= state >> 27
    return Int((state &* 0x2545_F491_4F6C_DD1D) >> 33) % bound
  }

  /// Returns the row numbered `number`, ending in LF.
  public mutating func row(number: Int) -> String {
    let month = 1 + next(12)
    let day = 1 + next(28)
    let time =
      "2025-\(pad(month))-\(pad(day)) \(pad(1 + next(9))):\(pad(next(60))):\(pad(next(60)))"
    var fields = [
      String(number), time, Self.units[next(Self.units.count)],
      quoted(Self.services[next(Self.services.count)]), next(2) == 0 ? "Laki - Laki" : "Perempuan",
      String(18 + next(50)), Self.education[next(Self.education.count)],
      Self.occupation[next(Self.occupation.count)],
    ]
    for (one, two, three) in Self.odds {
      let roll = next(100)
      fields.append(
        roll < one ? "1" : roll < one + two ? "2" : roll < one + two + three ? "3" : "4"
      )
    }
    fields.append(next(20) == 0 ? Self.suggestions[next(Self.suggestions.count)] : "")
    return fields.joined(separator: ",") + "\n"
  }

  private func quoted(_ text: String) -> String {
    text.contains(",") ? "\"\(text)\"" : text
  }

  private func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
}
