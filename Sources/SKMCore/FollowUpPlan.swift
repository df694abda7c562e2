/// An entry of a unit's rencana tindak lanjut (RTL, follow-up plan) for one unsur.
public struct FollowUpPlanEntry: Sendable, Hashable, Codable {
  public var unsur: UnsurKey
  /// The program or activity (program/kegiatan) that addresses the unsur.
  public var program: String
  /// When it happens (waktu), as the unit writes it, such as "Triwulan I 2026".
  public var timeframe: String
  /// Who is responsible (penanggung jawab).
  public var responsible: String

  public init(unsur: UnsurKey, program: String, timeframe: String, responsible: String) {
    self.unsur = unsur
    self.program = program
    self.timeframe = timeframe
    self.responsible = responsible
  }
}
