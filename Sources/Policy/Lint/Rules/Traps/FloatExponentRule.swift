import Checking

/// `float-exponent`: a number printed in exponent form (`1e+06`), as Go prints a large
/// float64 read from a values file.
public struct FloatExponentRule: LintRule {
  public init() {}
  public let id = "float-exponent"
  public let severity = Severity.error
  public let rationale =
    "Helm reads every values-file number as float64 and Go prints large ones as 1e+06, which Kubernetes and most programs reject or misread."
  public let fix =
    "Print the number with `int` (`{{ .Values.x | int }}`) or `printf \"%d\"`, or quote it in values as a string."

  public func check(_ release: RenderedRelease) -> [Finding] {
    var out: [Finding] = []
    for object in release.objects {
      for hit in RenderedTexts.hits(in: object, decoding: false, Self.exponentNumber) {
        out.append(
          finding(
            "\(String(hit.text[hit.range])) is a number in exponent form (in \"\(RenderedTexts.excerpt(hit.text, around: hit.range))\")",
            on: object, at: hit.pointer))
      }
    }
    return out
  }

  /// The first `d[.ddd]e±dd` of `s` standing alone (not inside a word or a longer number).
  static func exponentNumber(in s: String) -> Range<String.Index>? {
    guard s.contains("e+") || s.contains("e-") else { return nil }
    let chars = Array(s.unicodeScalars)
    func isDigit(_ i: Int) -> Bool {
      i >= 0 && i < chars.count && chars[i].properties.numericType != nil && chars[i].isASCII
    }
    func isWord(_ i: Int) -> Bool {
      i >= 0 && i < chars.count
        && (chars[i].properties.isAlphabetic || isDigit(i) || chars[i] == "_" || chars[i] == ".")
    }
    var i = 0
    while i < chars.count {
      guard chars[i] == "e", i + 1 < chars.count, chars[i + 1] == "+" || chars[i + 1] == "-" else {
        i += 1
        continue
      }
      // exponent digits
      var end = i + 2
      while isDigit(end) { end += 1 }
      guard end - (i + 2) >= 2, !isWord(end) else {
        i += 1
        continue
      }
      // mantissa: one digit, optionally "." digits
      var start = i - 1
      while isDigit(start) { start -= 1 }
      var mantissaStart = start + 1
      if start >= 0, chars[start] == ".", isDigit(start - 1) {
        var s2 = start - 1
        while isDigit(s2) { s2 -= 1 }
        guard (start - 1) - s2 == 1 else {
          i += 1
          continue
        }
        mantissaStart = s2 + 1
        start = s2
      } else if (i - 1) - start != 1 {
        i += 1
        continue
      }
      if start >= 0, chars[start] == "-" { start -= 1 }
      guard !isWord(start), mantissaStart < i else {
        i += 1
        continue
      }
      let lower = s.unicodeScalars.index(s.unicodeScalars.startIndex, offsetBy: start + 1)
      let upper = s.unicodeScalars.index(s.unicodeScalars.startIndex, offsetBy: end)
      return lower..<upper
    }
    return nil
  }
}
