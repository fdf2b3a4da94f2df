import Foundation

/// A compiled `pattern`/`patternProperties` regular expression.
///
/// Helm's jsonschema v6 compiles patterns with Go's `regexp` (RE2), so the RE2 reading is
/// the reference. Runs on ICU (`NSRegularExpression`) after translating the constructs that
/// differ: `\d`, `\w`, `\s` and their negations are ASCII classes (`\s` = `[\t\n\f\r ]`),
/// `$` only matches at the very end (ICU would also match before a final newline) and Go's
/// `(?P<name>` is ICU's `(?<name>`. Known divergences: ICU accepts lookarounds and
/// backreferences that RE2 refuses (Helm then rejects the schema), Unicode class details
/// follow ICU, and ECMA-262's Unicode `\s` is not used.
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
    var it = pattern.replacingOccurrences(of: "(?P<", with: "(?<").makeIterator()
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
        case "s": out += inClass ? "\\t\\n\\f\\r " : "[\\t\\n\\f\\r ]"
        case "S": out += "[^\\t\\n\\f\\r ]"
        default:
          out.append("\\")
          out.append(e)
        }
        continue
      }
      if inClass {
        if c == "]" { inClass = false }
        if c == "[" { out += "\\["; continue }
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
