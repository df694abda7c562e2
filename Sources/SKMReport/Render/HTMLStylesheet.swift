extension HTMLRenderer {
  /// The report's CSS: readable on screen, and on A4 paper when printed.
  static let stylesheet = """

    @page { size: A4; margin: 18mm 16mm; }
    * { box-sizing: border-box; }
    body { margin: 0; background: #eef0f3; color: #1d2330;
      font: 11pt/1.5 "Liberation Sans", "DejaVu Sans", Arial, sans-serif; }
    main { overflow-wrap: anywhere; max-width: 210mm; margin: 24px auto; padding: 18mm 16mm; background: #fff;
      box-shadow: 0 1px 4px rgba(0,0,0,.15); }
    .cover { border-bottom: 3px solid #1f4e79; margin-bottom: 18px; padding-bottom: 10px; }
    h1 { font-size: 19pt; margin: 0 0 6px; color: #1f4e79; text-transform: uppercase;
      letter-spacing: .02em; }
    .subtitle { margin: 0; font-size: 12.5pt; font-weight: 600; }
    h2 { font-size: 13.5pt; color: #1f4e79; margin: 22px 0 8px; break-after: avoid; }
    section { break-inside: auto; }
    p { margin: 6px 0 10px; text-align: justify; }
    .note { background: #fff7e0; border-left: 4px solid #e0a800; padding: 6px 10px; }
    .figures { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; margin: 8px 0 12px; }
    .figure { border: 1px solid #c9d3df; border-radius: 6px; padding: 8px 10px; }
    .figure .label { display: block; font-size: 9pt; color: #4a5568; }
    .figure .value { display: block; font-size: 15pt; font-weight: 700; }
    .mutu-a .value { color: #17663a; } .mutu-b .value { color: #2f6f1f; }
    .mutu-c .value { color: #a35c00; } .mutu-d .value { color: #a01d1d; }
    table { width: 100%; border-collapse: collapse; margin: 8px 0 14px; font-size: 10pt;
      break-inside: avoid; }
    caption { text-align: left; font-weight: 600; padding-bottom: 4px; }
    th, td { border: 1px solid #b8c2cc; padding: 4px 6px; vertical-align: top; }
    th { background: #e4ebf3; }
    tfoot td { font-weight: 700; background: #f3f6f9; }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .center { text-align: center; }
    figure { margin: 10px 0 16px; break-inside: avoid; }
    figcaption { font-size: 9pt; color: #4a5568; text-align: center; }
    svg.chart { width: 100%; height: auto; font-size: 11px; }
    .band-a { fill: #d7f0dc; } .band-b { fill: #e8f4d2; } .band-c { fill: #fdf0cf; }
    .band-d { fill: #f9dcdc; }
    .band-label { fill: #4a5568; font-size: 10px; }
    .bar { fill: #1f4e79; } .bar-label { fill: #1d2330; } .bar-value { fill: #1d2330; font-weight: 600; }
    .tick { fill: #4a5568; font-size: 10px; }
    .share-track { fill: #eef2f6; } .share { fill: #3b6e9c; }
    .trend-line { fill: none; stroke: #1f4e79; stroke-width: 2.5; }
    .trend-point { fill: #fff; stroke: #1f4e79; stroke-width: 2; }
    svg.bar-chart { max-width: 100%; }
    h3 { font-size: 12pt; margin: 16px 0 6px; break-after: avoid; }
    .chapter-label { color: #4a5568; margin-right: 4px; }
    .signature { margin: 28px 0 0 55%; break-inside: avoid; }
    .signature p { margin: 2px 0; text-align: left; }
    .signature-space { height: 56px; }
    .signature-name { font-weight: 700; text-decoration: underline; }
    .unit-line { stroke: #c0392b; stroke-width: 1.5; stroke-dasharray: 5 3; }
    .unit-label { fill: #c0392b; font-weight: 700; }
    ul { margin: 6px 0 12px; padding-left: 20px; } li { margin: 3px 0; }
    footer { margin-top: 24px; border-top: 1px solid #c9d3df; font-size: 9pt; color: #4a5568; }
    @media print {
      body { background: #fff; }
      .cover { min-height: 240mm; display: flex; flex-direction: column; justify-content: center;
        text-align: center; border-bottom: none; break-after: page; }
      .cover h1 { font-size: 24pt; margin-bottom: 18px; }
      .cover p { text-align: center; }
      section.chapter { break-before: page; }
      main { margin: 0; padding: 0; max-width: none; box-shadow: none; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    }

    """
}
