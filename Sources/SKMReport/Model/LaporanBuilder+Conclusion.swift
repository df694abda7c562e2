import SKMCore
import SKMScoring

extension LaporanBuilder {
  /// BAB V Kesimpulan: the result in brief, the respondents' suggestions by service, and the
  /// signature block.
  func conclusion() -> ReportChapter {
    var findings = [headline()]
    if let weakest = result.weakest, let strongest = result.strongest {
      findings.append(
        text("Unsur terendah: \(describe(weakest)).", "Lowest unsur: \(describe(weakest)).")
      )
      findings.append(
        text("Unsur tertinggi: \(describe(strongest)).", "Highest unsur: \(describe(strongest)).")
      )
    }
    return ReportChapter(
      label: chapterLabel(5),
      title: text("Kesimpulan", "Conclusion"),
      sections: [
        ReportSection(
          number: "5.1",
          heading: text("Kesimpulan", "Conclusions"),
          blocks: [.list(findings)]
        ),
        ReportSection(
          number: "5.2",
          heading: text("Saran Responden", "Respondents' Suggestions"),
          blocks: suggestionBlocks()
        ),
        ReportSection(blocks: [.signature(signature())]),
      ]
    )
  }

  /// The suggestions grouped by service, services in name order, each quoted as written.
  private func suggestionBlocks() -> [ReportBlock] {
    var byService: [String: [String]] = [:]
    for response in responses {
      guard let suggestion = response.suggestion?.trimmingWhitespace(), !suggestion.isEmpty else {
        continue
      }
      byService[response.service ?? "", default: []].append(suggestion)
    }
    let total = byService.values.reduce(0) { $0 + $1.count }
    guard total > 0 else {
      return [
        .paragraph(
          text("Tidak ada saran tertulis dari responden.", "Respondents wrote no suggestions.")
        )
      ]
    }
    var blocks: [ReportBlock] = [
      .paragraph(
        text(
          "\(format.integer(total)) responden menuliskan saran, dikutip apa adanya menurut jenis layanan:",
          "\(format.integer(total)) respondents wrote a suggestion, quoted as written, by service:"
        )
      )
    ]
    for service in byService.keys.sorted(by: { ($0.isEmpty ? 1 : 0, $0) < ($1.isEmpty ? 1 : 0, $1) }
    ) {
      let title = service.isEmpty ? text("Tanpa jenis layanan", "No service recorded") : service
      blocks.append(.paragraph(title + ":"))
      blocks.append(.list(byService[service]!))
    }
    return blocks
  }

  private func signature() -> SignatureBlock {
    let date = options.reportDate.map { Period.dateName($0, in: options.language) }
    let placeAndDate = [options.place, date].compactMap { $0 }.joined(separator: ", ")
    return SignatureBlock(
      placeAndDate: placeAndDate.isEmpty ? nil : placeAndDate,
      position: options.signatory?.position
        ?? text(
          "Kepala \(options.unitName ?? "Unit Pelayanan")",
          "Head of \(options.unitName ?? "the Service Unit")"
        ),
      name: options.signatory?.name,
      identifier: options.signatory?.identifier
    )
  }
}

extension String {
  func trimmingWhitespace() -> String {
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
    return String(scalars[start...end])
  }
}
