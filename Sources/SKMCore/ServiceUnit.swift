/// A public service unit (UPP, unit penyelenggara pelayanan publik) that runs the survey.
///
/// A unit belongs to an OPD (a dinas, badan or kecamatan), which belongs to a pemerintah daerah
/// (kabupaten, kota or provinsi), and offers several jenis layanan.
public struct ServiceUnit: Sendable, Hashable, Codable, Identifiable {
  public var id: String
  public var name: String
  /// The OPD (perangkat daerah) the unit belongs to.
  public var organization: String?
  /// The pemerintah daerah, such as "Kabupaten Mahakam Ulu".
  public var region: String?
  /// The jenis layanan the unit offers.
  public var services: [String]

  public init(
    id: String,
    name: String,
    organization: String? = nil,
    region: String? = nil,
    services: [String] = []
  ) {
    self.id = id
    self.name = name
    self.organization = organization
    self.region = region
    self.services = services
  }
}
