import Checking
import GoLib

extension LintRules {
  /// `float-exponent`: a number printed in exponent form (`1e+06`), as Go prints a large
  /// float64 read from a values file.
  static let floatExponent = ObjectCheck.textTrap(
    .floatExponent, decoding: false, { RenderedTexts.exponentNumber(in: $0) }
  ) { "\(String($0.text[$0.range])) is a number in exponent form (in \"\($0.excerpt)\")" }
}

extension RenderedTexts {
  /// The first `d[.ddd]e±dd` of `s` standing alone (not inside a word or a longer number).
  static func exponentNumber(in s: String) -> Range<String.Index>? {
    guard ByteSearch.contains(s, "e+") || ByteSearch.contains(s, "e-") else { return nil }
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
