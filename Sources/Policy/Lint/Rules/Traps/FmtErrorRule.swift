import Checking

/// `fmt-error`: a Go formatting error (`%!d(string=x)`, `%!(EXTRA ...)`, `%!v(MISSING)`)
/// printed into the output by `printf`.
public struct FmtErrorRule: LintRule {
  public init() {}
  public let id = "fmt-error"
  public let severity = Severity.error
  public let rationale =
    "Go's printf prints its errors into the text (`%!d(string=x)`) instead of failing, so a wrong verb or argument count renders silently."
  public let fix = "Match printf's verbs to its arguments (`%s` for strings, `%d` for ints) and their number."

  public func check(_ release: RenderedRelease) -> [Finding] {
    var out: [Finding] = []
    for object in release.objects {
      for hit in RenderedTexts.hits(in: object, decoding: true, Self.formatError) {
        out.append(
          finding(
            "printf error \(Self.errorText(hit.text, from: hit.range.lowerBound)) in the output\(hit.decoded ? " (inside base64-encoded text)" : "")",
            on: object, at: hit.pointer))
      }
    }
    return out
  }

  /// The first `%!` followed by a verb letter or `(`.
  static func formatError(in s: String) -> Range<String.Index>? {
    var search = s.startIndex..<s.endIndex
    while let r = s.range(of: "%!", range: search) {
      if r.upperBound < s.endIndex {
        let next = s[r.upperBound]
        if next.isLetter || next == "(" { return r }
      }
      search = r.upperBound..<s.endIndex
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
