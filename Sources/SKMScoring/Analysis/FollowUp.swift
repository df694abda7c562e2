import SKMCore

extension IKMResult {
  /// Returns the unsur a rencana tindak lanjut (RTL) should address, weakest first: every
  /// answered unsur below grade A, and at least the `minimum` weakest ones. Ties keep
  /// questionnaire order.
  public func followUpPriorities(minimum: Int = 3) -> [UnsurResult] {
    let answered = unsur.enumerated().filter { $0.element.nrr != nil }
    let ordered = answered.sorted {
      $0.element.nrr! != $1.element.nrr! ? $0.element.nrr! < $1.element.nrr! : $0.offset < $1.offset
    }.map(\.element)
    let belowA = ordered.filter { $0.mutu != .a }.count
    return Array(ordered.prefix(max(belowA, min(minimum, ordered.count))))
  }
}
