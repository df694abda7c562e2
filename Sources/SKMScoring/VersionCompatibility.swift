import SKMCore

/// Checks that responses given under several questionnaire versions can be scored together.
///
/// Versions that score the same unsur (in any wording) combine directly. Versions whose unsur
/// differ are refused unless the caller maps each version's unsur keys onto the target's, since
/// silently mixing them would divide by the wrong k.
public struct VersionCompatibility: Sendable {
  /// For a version number, how its unsur keys map onto the target questionnaire's keys.
  public var mappings: [Int: [UnsurKey: UnsurKey]]

  public init(mappings: [Int: [UnsurKey: UnsurKey]] = [:]) {
    self.mappings = mappings
  }

  /// Returns the target questionnaire's unsur as each version scores them, or throws when a
  /// version scores other unsur and has no mapping.
  ///
  /// - Parameters:
  ///   - versions: The versions the responses were answered under.
  ///   - target: The questionnaire whose unsur the result reports.
  public func check(_ versions: [Questionnaire], target: Questionnaire) throws(SKMError) {
    let targetKeys = Set(target.unsur.map(\.key))
    for version in versions {
      let keys = Set(version.unsur.map(\.key)).map { mappings[version.version]?[$0] ?? $0 }
      guard Set(keys) != targetKeys else { continue }
      let missing = targetKeys.subtracting(keys).sorted().map(\.rawValue).joined(separator: ", ")
      let extra = Set(keys).subtracting(targetKeys).sorted().map(\.rawValue).joined(separator: ", ")
      throw SKMError(
        code: .unsurMismatch,
        message: LocalizedText(
          indonesian:
            "Jawaban kuesioner \"\(version.id)\" versi \(version.version) memakai unsur yang berbeda dari versi \(target.version) (kurang: \(missing.isEmpty ? "–" : missing); lebih: \(extra.isEmpty ? "–" : extra)). Hitung setiap versi terpisah, atau petakan unsurnya terlebih dahulu.",
          english:
            "Responses to questionnaire \"\(version.id)\" version \(version.version) score other unsur than version \(target.version) (missing: \(missing.isEmpty ? "–" : missing); extra: \(extra.isEmpty ? "–" : extra)). Score each version separately, or map their unsur first."
        )
      )
    }
  }

  /// Returns `response` with its answers under the target's unsur keys.
  public func mapped(_ response: Response) -> Response {
    guard let version = response.questionnaireVersion, let mapping = mappings[version] else {
      return response
    }
    var copy = response
    copy.answers = Dictionary(
      response.answers.map { (mapping[$0.key] ?? $0.key, $0.value) },
      uniquingKeysWith: { first, _ in first }
    )
    return copy
  }
}
