import GoLib

/// A compiled `pattern`/`patternProperties` regular expression, read as Go's `regexp`
/// (RE2) reads it, as Helm's jsonschema v6 compiles patterns: ASCII `\d \w \s`, `$` only at
/// the very end, `(?P<name>`; lookarounds and backreferences are refused.
struct SchemaRegex: Sendable {
  let source: String
  let regex: GoRegexp

  init?(_ pattern: String) {
    guard let r = try? GoRegexp(pattern) else { return nil }
    source = pattern
    regex = r
  }

  func matches(_ s: String) -> Bool { regex.matches(s) }
}
