import Foundation

/// The test data files shipped with the tests, derived from real SKM data.
public enum Fixture: String, CaseIterable, Sendable {
  case mahulu = "mahulu-setda.csv"
  case sekadau = "sekadau-2019-partial.csv"
  case sekadauExcel = "sekadau-excel-semicolon.csv"
  case mahuluGoogleForms = "mahulu-google-forms.csv"

  /// The fixture's location in the test bundle.
  public var url: URL {
    Bundle.module.url(forResource: "Fixtures/" + rawValue, withExtension: nil)!
  }

  public var data: Data { try! Data(contentsOf: url) }
}
