import SKMScoring

extension FixedDecimal {
  /// The value as a `Double`, for pixel positions only: never for a published figure.
  var drawingValue: Double {
    Double(units.description)! / (0..<places).reduce(1.0) { value, _ in value * 10 }
  }
}

/// Formats a coordinate with at most one decimal, as SVG attributes need no more.
func svgNumber(_ value: Double) -> String {
  let rounded = (value * 10).rounded() / 10
  return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
}
