/// Renders a ``ReportDocument`` as Markdown (CommonMark with GitHub tables).
///
/// Text is escaped so that respondent text cannot create links, images, HTML or table cells:
/// Markdown punctuation and `<`, `>`, `&` and `|` are backslash-escaped or replaced.
public enum MarkdownRenderer {
  public static func render(_ document: ReportDocument) -> String {
    var lines = ["# " + inline(document.title), ""]
    for line in document.subtitle { lines += ["**" + inline(line) + "**", ""] }
    for chapter in document.chapters {
      let label = chapter.label.map { inline($0) + " " } ?? ""
      lines += ["## " + label + inline(chapter.title), ""]
      for section in chapter.sections {
        if let heading = section.heading {
          let number = section.number.map { inline($0) + " " } ?? ""
          lines += ["### " + number + inline(heading), ""]
        }
        for block in section.blocks { lines += render(block) + [""] }
      }
    }
    lines += ["---", "", blockText(document.colophon), ""]
    return lines.joined(separator: "\n")
  }

  static func render(_ block: ReportBlock) -> [String] {
    switch block {
    case .paragraph(let text):
      return [blockText(text)]
    case .note(let text):
      return ["> " + blockText(text)]
    case .list(let items):
      return items.map { "- " + blockText($0) }
    case .keyFigures(let figures):
      return figures.map { "- **\(inline($0.label)):** \(inline($0.value))" }
    case .table(let table):
      return render(table)
    case .nrrChart(let chart):
      return render(chart)
    case .barChart:
      // The table next to every bar chart already lists its values.
      return []
    case .trendChart(let chart):
      return ["*" + inline(chart.title) + "*"]
    case .signature(let signature):
      return render(signature)
    }
  }

  private static func render(_ table: ReportTable) -> [String] {
    let row: ([String]) -> String = { "| " + $0.map(inline).joined(separator: " | ") + " |" }
    let rule = table.alignments.map { alignment -> String in
      switch alignment {
      case .leading: ":---"
      case .trailing: "---:"
      case .center: ":---:"
      }
    }
    var lines = ["*" + inline(table.caption) + "*", "", row(table.header)]
    lines.append("| " + rule.joined(separator: " | ") + " |")
    lines += table.rows.map(row)
    lines += table.footer.map { cells in
      "| " + cells.map { $0.isEmpty ? "" : "**" + inline($0) + "**" }.joined(separator: " | ")
        + " |"
    }
    return lines
  }

  private static func render(_ signature: SignatureBlock) -> [String] {
    var lines = [
      blockText(signature.placeAndDate ?? "……………, ……………"), "",
      blockText(signature.position), "", "", "",
      "**" + inline(signature.name ?? "(……………………………)") + "**",
    ]
    if let identifier = signature.identifier { lines += ["", "NIP " + inline(identifier)] }
    return lines
  }

  /// Renders a chart as a table of its bars, since Markdown has no drawing.
  private static func render(_ chart: NRRChart) -> [String] {
    var lines = [
      "*" + inline(chart.title) + "*", "",
      "| Unsur | \(inline(chart.valueHeading)) | Mutu |",
    ]
    lines.append("| :--- | ---: | :---: |")
    for bar in chart.bars {
      lines.append(
        "| \(inline(bar.code + " " + bar.name)) | \(inline(bar.valueText)) | \(bar.mutu?.rawValue ?? "–") |"
      )
    }
    return lines
  }

  /// Escapes a text and turns its line breaks into `<br>`, so that it stays on one source line
  /// and a table cell or list item cannot be broken out of.
  private static func inline(_ text: String) -> String {
    escapeMarkdown(text).split(separator: "\n", omittingEmptySubsequences: false)
      .joined(separator: "<br>")
  }

  /// Escapes a text that starts a block (a paragraph or list item), where a leading `-` or `1.`
  /// would otherwise start a list.
  private static func blockText(_ text: String) -> String {
    escapeLineStart(Substring(inline(text)))
  }

  /// Backslash-escapes the CommonMark punctuation that forms emphasis, code, links and table
  /// cells, and replaces `<`, `>` and `&` with character references, so that no text becomes
  /// markup, a link or raw HTML.
  static func escapeMarkdown(_ text: String) -> String {
    var out = ""
    for character in text.replacingCarriageReturns() where !isBidiControl(character) {
      switch character {
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "&": out += "&amp;"
      case "\\", "`", "*", "_", "[", "]", "|", "~":
        out += "\\" + String(character)
      default: out.append(character)
      }
    }
    return out
  }

  /// Escapes what would start a list, heading or setext underline at the beginning of a line:
  /// `-`, `+`, `=`, `#`, or digits followed by `.` or `)`.
  private static func escapeLineStart(_ line: Substring) -> String {
    let body = line.drop { $0 == " " }
    let indent = line[..<body.startIndex]
    if let first = body.first, "-+=#".contains(first) {
      return indent + "\\" + body
    }
    let digits = body.prefix { $0.isASCII && $0.isNumber }
    if !digits.isEmpty, let next = body.dropFirst(digits.count).first, next == "." || next == ")" {
      return indent + digits + "\\" + body.dropFirst(digits.count)
    }
    return String(line)
  }
}

extension String {
  fileprivate func replacingCarriageReturns() -> String {
    String(self.map { $0 == "\r\n" || $0 == "\r" ? "\n" : $0 })
  }
}
