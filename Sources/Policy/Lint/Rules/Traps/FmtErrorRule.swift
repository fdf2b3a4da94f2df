import Checking
import GoLib

extension LintRules {
  /// `fmt-error`: a Go formatting error (`%!d(string=x)`, `%!(EXTRA ...)`, `%!v(MISSING)`)
  /// printed into the output by `printf`.
  static let fmtError = ObjectCheck.textTrap(.fmtError, decoding: true, { RenderedTexts.formatError(in: $0) })
  {
    "printf error \(RenderedTexts.errorText($0.text, from: $0.range.lowerBound)) in the output\($0.decodedNote)"
  }
}

extension RenderedTexts {
  /// The first `%!` followed by a verb letter or `(`.
  static func formatError(in s: String) -> Range<String.Index>? {
    var from = s.startIndex
    while let r = ByteSearch.range(of: "%!", in: s, from: from) {
      if r.upperBound < s.endIndex {
        let next = s[r.upperBound]
        if next.isLetter || next == "(" { return r }
      }
      from = r.upperBound
    }
    return nil
  }

  /// `%!d(string=x)`: the error up to its closing parenthesis (at most 60 characters).
  static func errorText(_ s: String, from start: String.Index) -> String {
    let tail = s[start...].prefix(60)
    if let close = tail.firstIndex(of: ")") { return String(tail[...close]) }
    return String(tail)
  }
}
