/// A pendidikan (education) level of the SKM form, recognised from the many spellings of real
/// exports ("SMA / SMK", "SLTA", "S1 / Setara", "D3").
public enum EducationLevel: String, Sendable, Hashable, CaseIterable, Codable {
  case sd, smp, sma, diploma, s1, s2, s3
  /// "S2 / S3": exports that offer the two as one choice.
  case postgraduate

  /// Returns the level a written value names, or `nil` for a value no rule recognises.
  public init?(text: String) {
    let folded = words(of: text).joined(separator: " ")
    let words = Set(folded.split(separator: " ").map(String.init))
    let has = { (candidates: [String]) in candidates.contains { words.contains($0) } }
    switch true {
    case words.contains("s2") && words.contains("s3"): self = .postgraduate
    case has(["s3", "doktor", "doctoral"]): self = .s3
    case has(["s2", "magister", "master", "pascasarjana"]): self = .s2
    case has(["s1", "sarjana", "d4", "bachelor"]): self = .s1
    case has(["d1", "d2", "d3", "diploma"]): self = .diploma
    case has(["sma", "smk", "slta", "ma", "smu", "stm"]) || folded.contains("paket c"): self = .sma
    case has(["smp", "sltp", "mts"]) || folded.contains("paket b"): self = .smp
    case has(["sd", "mi"]) || folded.contains("paket a") || folded.contains("tidak sekolah"):
      self = .sd
    default: return nil
    }
  }

  public var displayName: LocalizedText {
    switch self {
    case .sd: LocalizedText(indonesian: "SD ke bawah", english: "Primary school or less")
    case .smp: LocalizedText(indonesian: "SMP", english: "Junior secondary")
    case .sma: LocalizedText(indonesian: "SMA/SMK", english: "Senior secondary")
    case .diploma: LocalizedText(indonesian: "D1–D3", english: "Diploma (D1–D3)")
    case .s1: LocalizedText(indonesian: "S1/D4", english: "Bachelor (S1/D4)")
    case .s2: LocalizedText(indonesian: "S2", english: "Master (S2)")
    case .s3: LocalizedText(indonesian: "S3", english: "Doctorate (S3)")
    case .postgraduate: LocalizedText(indonesian: "S2/S3", english: "Postgraduate (S2/S3)")
    }
  }
}

/// A pekerjaan (occupation) group of the SKM form.
public enum OccupationGroup: String, Sendable, Hashable, CaseIterable, Codable {
  case civilServant, military, police, privateEmployee, entrepreneur, student, homemaker, other

  /// Returns the group a written value names, or `nil` for a value no rule recognises.
  public init?(text: String) {
    let folded = words(of: text).joined(separator: " ")
    let words = Set(folded.split(separator: " ").map(String.init))
    let has = { (candidates: [String]) in candidates.contains { words.contains($0) } }
    switch true {
    case has(["pns", "asn", "pppk", "honorer"]) || folded.contains("pegawai negeri"):
      self = .civilServant
    case has(["tni"]): self = .military
    case has(["polri", "polisi"]): self = .police
    case has(["swasta", "karyawan", "buruh"]): self = .privateEmployee
    case has(["wirausaha", "wiraswasta", "pedagang", "usaha", "petani", "nelayan"]):
      self = .entrepreneur
    case has(["pelajar", "mahasiswa", "siswa"]): self = .student
    case folded.contains("ibu rumah tangga") || has(["irt"]): self = .homemaker
    case has(["lainnya", "lain", "other", "others"]): self = .other
    default: return nil
    }
  }

  public var displayName: LocalizedText {
    switch self {
    case .civilServant: LocalizedText(indonesian: "PNS/ASN", english: "Civil servant (PNS/ASN)")
    case .military: LocalizedText(indonesian: "TNI", english: "Armed forces (TNI)")
    case .police: LocalizedText(indonesian: "POLRI", english: "Police (POLRI)")
    case .privateEmployee: LocalizedText(indonesian: "Swasta", english: "Private sector")
    case .entrepreneur: LocalizedText(indonesian: "Wirausaha", english: "Self-employed")
    case .student: LocalizedText(indonesian: "Pelajar/Mahasiswa", english: "Student")
    case .homemaker: LocalizedText(indonesian: "Ibu Rumah Tangga", english: "Homemaker")
    case .other: LocalizedText(indonesian: "Lainnya", english: "Other")
    }
  }
}

/// Age bands for reports; the regulation fixes none, so the bands are configurable.
public struct AgeBands: Sendable, Hashable {
  /// The first age of every band after the lowest, ascending: `[20, 30]` makes the bands
  /// "< 20", "20–29" and "≥ 30".
  public let boundaries: [Int]

  /// Creates bands; returns `nil` unless `boundaries` is non-empty and strictly ascending.
  public init?(boundaries: [Int]) {
    guard !boundaries.isEmpty, zip(boundaries, boundaries.dropFirst()).allSatisfy({ $0 < $1 })
    else { return nil }
    self.boundaries = boundaries
  }

  /// Under 20, then ten-year bands to 60 and over.
  public static let standard = AgeBands(boundaries: [20, 30, 40, 50, 60])!

  public var count: Int { boundaries.count + 1 }

  /// Returns the index of the band that contains `age`.
  public func band(of age: Int) -> Int {
    boundaries.firstIndex { age < $0 } ?? boundaries.count
  }

  /// Returns the label of band `index`, such as "20–29 tahun".
  public func label(_ index: Int) -> LocalizedText {
    if index == 0 {
      return LocalizedText(
        indonesian: "< \(boundaries[0]) tahun",
        english: "under \(boundaries[0])"
      )
    }
    if index == boundaries.count {
      return LocalizedText(
        indonesian: "≥ \(boundaries[index - 1]) tahun",
        english: "\(boundaries[index - 1]) and over"
      )
    }
    let range = "\(boundaries[index - 1])–\(boundaries[index] - 1)"
    return LocalizedText(indonesian: "\(range) tahun", english: range)
  }
}

/// Splits text into lower-case words of letters and digits, so "S1 / Setara" gives
/// ["s1", "setara"] and "Laki - Laki" gives ["laki", "laki"].
func words(of text: String) -> [String] {
  var result: [String] = []
  var current = ""
  for character in text.lowercased() {
    if character.isLetter || character.isNumber {
      current.append(character)
    } else if !current.isEmpty {
      result.append(current)
      current = ""
    }
  }
  if !current.isEmpty { result.append(current) }
  return result
}
