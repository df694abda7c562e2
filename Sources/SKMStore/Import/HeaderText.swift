import SKMCore

/// Folds a header or cell for matching: lower case, every run of characters other than letters
/// and digits becomes one space, and the ends are trimmed. `"U1. Persyaratan"` folds to
/// `"u1 persyaratan"`, `"Laki - Laki"` to `"laki laki"`.
func foldForMatching(_ text: String) -> String {
  var folded = ""
  folded.reserveCapacity(text.utf8.count)
  var pendingSpace = false
  for character in text.lowercased() {
    if character.isLetter || character.isNumber {
      if pendingSpace && !folded.isEmpty { folded.append(" ") }
      folded.append(character)
      pendingSpace = false
    } else {
      pendingSpace = true
    }
  }
  return folded
}

extension Questionnaire {
  /// Returns the unsur that a cell names by code (`U3`), key (`waktu`) or name in either
  /// language, ignoring case and punctuation.
  func unsur(named cell: String) -> Unsur? {
    let name = foldForMatching(cell)
    return unsur.first {
      [$0.code, $0.key.rawValue, $0.name.indonesian, $0.name.english].map(foldForMatching)
        .contains(name)
    }
  }
}
