import SKMCore

extension ResponseScreening {
  /// Flags responses sent by a source that, within the hour before each of them, sent more
  /// than `max(burstMinimum, burstFactor × median)` responses, where the median is the
  /// service's usual count per source and busy hour.
  func flagBursts(_ responses: [Response], _ flags: inout [[ResponseFlag]]) {
    var bySource: [String: [Int]] = [:]
    for (index, response) in responses.enumerated() {
      guard let source = response.source, !source.isEmpty, response.submittedAt != nil else {
        continue
      }
      bySource[source, default: []].append(index)
    }
    guard !bySource.isEmpty else { return }
    let usual = usualHourlyCounts(responses)
    for members in bySource.values {
      let ordered = members.sorted { responses[$0].submittedAt! < responses[$1].submittedAt! }
      var windowStart = 0
      for (position, index) in ordered.enumerated() {
        let now = responses[index].submittedAt!.secondsSinceEpoch
        while now - responses[ordered[windowStart]].submittedAt!.secondsSinceEpoch >= 3600 {
          windowStart += 1
        }
        let count = position - windowStart + 1
        let service = responses[index].service ?? ""
        let threshold = max(options.burstMinimum, options.burstFactor * (usual[service] ?? 1))
        guard count > threshold else { continue }
        flags[index].append(
          ResponseFlag(
            rule: .burst,
            reason: LocalizedText(
              indonesian:
                "Sumber \"\(responses[index].source!)\" mengirim \(count) jawaban dalam satu jam, di atas batas \(threshold) untuk layanan ini.",
              english:
                "Source \"\(responses[index].source!)\" sent \(count) responses within an hour, above the limit of \(threshold) for this service."
            )
          )
        )
      }
    }
  }

  /// Returns, per service, the median count of responses that one source sent in one clock
  /// hour, over the hours in which it sent any.
  private func usualHourlyCounts(_ responses: [Response]) -> [String: Int] {
    struct Bucket: Hashable {
      var service: String
      var source: String
      var hour: Int
    }
    var counts: [Bucket: Int] = [:]
    for response in responses {
      guard let source = response.source, let time = response.submittedAt else { continue }
      let bucket = Bucket(
        service: response.service ?? "",
        source: source,
        hour: time.secondsSinceEpoch / 3600
      )
      counts[bucket, default: 0] += 1
    }
    var perService: [String: [Int]] = [:]
    for (bucket, count) in counts { perService[bucket.service, default: []].append(count) }
    return perService.mapValues { values in values.sorted()[values.count / 2] }
  }
}
