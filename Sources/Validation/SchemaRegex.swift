import Foundation

/// A compiled `pattern`/`patternProperties` regular expression.
///
/// Runs on ICU (`NSRegularExpression`) after translating the ECMA-262/RE2 constructs that
/// differ: `\d`, `\w`, `\s` and their negations are ASCII classes, and `$` only matches at
/// the very end (ICU would also match before a final newline). Known divergences:
/// ECMA lookbehind/named-group details and Unicode property names follow ICU, and
/// backreferences are accepted (RE2 would refuse them).
struct SchemaRegex: @unchecked Sendable {
  let source: String
  let regex: NSRegularExpression

  init?(_ pattern: String) {
    source = pattern
    guard let r = try? NSRegularExpression(pattern: Self.translate(pattern), options: []) else { return nil }
    regex = r
  }

  func matches(_ s: String) -> Bool {
    let range = NSRange(s.startIndex..<s.endIndex, in: s)
    return regex.firstMatch(in: s, options: [], range: range) != nil
  }

  static func translate(_ pattern: String) -> String {
    var out = ""
    var inClass = false
    var it = pattern.makeIterator()
    while let c = it.next() {
      if c == "\\" {
        guard let e = it.next() else {
          out.append("\\")
          break
        }
        switch e {
        case "d": out += inClass ? "0-9" : "[0-9]"
        case "D": out += "[^0-9]"
        case "w": out += inClass ? "a-zA-Z0-9_" : "[a-zA-Z0-9_]"
        case "W": out += "[^a-zA-Z0-9_]"
        default:
          out.append("\\")
          out.append(e)
        }
        continue
      }
      if inClass {
        if c == "]" { inClass = false }
        if c == "[" { out += "\\[" ; continue }
        out.append(c)
        continue
      }
      switch c {
      case "[":
        inClass = true
        out.append(c)
        // a leading ']' or '^]' is literal in ICU too; copy it verbatim
      case "$": out += "(?!(?s:.))"
      default: out.append(c)
      }
    }
    return out
  }
}
