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

  /// The suggestions grouped by service, services in name order, each quoted as written. A
  /// service with more suggestions than the sample quotes ends with the number left out.
  private func suggestionBlocks() -> [ReportBlock] {
    let total = sample.suggestions.values.reduce(0) { $0 + $1.total }
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
    let services = sample.suggestions.keys.sorted {
      ($0.isEmpty ? 1 : 0, $0) < ($1.isEmpty ? 1 : 0, $1)
    }
    for service in services {
      let suggestions = sample.suggestions[service]!
      let title = service.isEmpty ? text("Tanpa jenis layanan", "No service recorded") : service
      blocks.append(.paragraph(title + ":"))
      blocks.append(.list(suggestions.quoted))
      let omitted = suggestions.total - suggestions.quoted.count
      if omitted > 0 {
        blocks.append(
          .note(
            text(
              "\(format.integer(omitted)) saran lainnya untuk layanan ini tidak dikutip; semua saran ada dalam ekspor jawaban (skm export).",
              "\(format.integer(omitted)) more suggestions for this service are not quoted; every suggestion is in the response export (skm export)."
            )
          )
        )
      }
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
