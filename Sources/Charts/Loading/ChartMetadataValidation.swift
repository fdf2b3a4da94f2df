import GoLib
import Values

extension ChartMetadata {
  /// Helm's `Metadata.Validate`: sanitises the string fields (Unicode spaces become ` `,
  /// non-printable characters are dropped), then checks, in Helm's order, with Helm's
  /// messages prefixed `validation: `.
  public mutating func validate() throws(ChartMetadataError) {
    name = sanitizeChartString(name)
    description = sanitizeChartString(description)
    home = sanitizeChartString(home)
    icon = sanitizeChartString(icon)
    condition = sanitizeChartString(condition)
    tags = sanitizeChartString(tags)
    appVersion = sanitizeChartString(appVersion)
    kubeVersion = sanitizeChartString(kubeVersion)
    sources = sources.map(sanitizeChartString)
    keywords = keywords.map(sanitizeChartString)

    func fail(_ message: String) -> ChartMetadataError { ChartMetadataError("validation: " + message) }

    if apiVersion.isEmpty { throw fail("chart.metadata.apiVersion is required") }
    if name.isEmpty { throw fail("chart.metadata.name is required") }
    if name == "." || name == ".." { throw fail("chart.metadata.name \(goQuoted(name)) is not allowed") }
    if name != goPathBase(name) { throw fail("chart.metadata.name \(goQuoted(name)) is invalid") }
    if version.isEmpty { throw fail("chart.metadata.version is required") }
    if !isValidLenientSemver(version) { throw fail("chart.metadata.version \(goQuoted(version)) is invalid") }
    if !(type.isEmpty || type == "application" || type == "library") {
      throw fail("chart.metadata.type must be application or library")
    }
    for i in maintainers.indices {
      guard var m = maintainers[i] else { throw fail("maintainers must not contain empty or null nodes") }
      m.name = sanitizeChartString(m.name)
      m.email = sanitizeChartString(m.email)
      m.url = sanitizeChartString(m.url)
      maintainers[i] = m
    }
    var seen: Set<String> = []
    for i in dependencies.indices {
      guard var d = dependencies[i] else { throw fail("dependencies must not contain empty or null nodes") }
      d.name = sanitizeChartString(d.name)
      d.version = sanitizeChartString(d.version)
      d.repository = sanitizeChartString(d.repository)
      d.condition = sanitizeChartString(d.condition)
      d.tags = d.tags.map(sanitizeChartString)
      dependencies[i] = d
      if !d.alias.isEmpty && !isValidAlias(d.alias) {
        throw fail("dependency \(goQuoted(d.name)) has disallowed characters in the alias")
      }
      let key = d.alias.isEmpty ? d.name : d.alias
      if seen.contains(key) { throw fail("more than one dependency with name or alias \(goQuoted(key))") }
      seen.insert(key)
    }
  }
}

/// Helm's `sanitizeString`: Unicode spaces become ` `, non-printable runes are dropped.
public func sanitizeChartString(_ s: String) -> String {
  // printable ASCII (the space included) is kept as it is
  if s.utf8.allSatisfy({ $0 >= 0x20 && $0 <= 0x7E }) { return s }
  var out = String.UnicodeScalarView()
  var changed = false
  for scalar in s.unicodeScalars {
    if GoSpace.isSpace(scalar) {
      out.append(" ")
      changed = changed || scalar != " "
    } else if isGoPrintRune(scalar) {
      out.append(scalar)
    } else {
      changed = true
    }
  }
  return changed ? String(out) : s
}

/// Go's `unicode.IsPrint`.
func isGoPrintRune(_ scalar: Unicode.Scalar) -> Bool { GoStrconv.isPrint(scalar.value) }

/// `^[a-zA-Z0-9_-]+$`.
func isValidAlias(_ alias: String) -> Bool {
  !alias.isEmpty
    && alias.utf8.allSatisfy { b in
      (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
        || b == 0x2D
    }
}

/// Masterminds semver v3 `NewVersion` (lenient): optional `v`, 1-3 numeric parts, an
/// optional pre-release (numeric identifiers without leading zeros) and build metadata.
public func isValidLenientSemver(_ text: String) -> Bool {
  var s = Substring(text).utf8[...]
  if s.first == UInt8(ascii: "v") { s = s.dropFirst() }
  func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
  func isIdentChar(_ b: UInt8) -> Bool {
    isDigit(b) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D
  }
  // Numeric core.
  var parts = 0
  while true {
    let digits = s.prefix(while: isDigit)
    if digits.isEmpty { return false }
    if digits.count > 20 || UInt64(String(decoding: digits, as: UTF8.self)) == nil { return false }
    s = s.dropFirst(digits.count)
    parts += 1
    if parts < 3, s.first == UInt8(ascii: "."), let next = s.dropFirst().first, isDigit(next) {
      s = s.dropFirst()
      continue
    }
    break
  }
  func identifiers(_ t: Substring.UTF8View.SubSequence, numericRule: Bool) -> Bool {
    let items = t.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
    for item in items {
      if item.isEmpty || !item.allSatisfy(isIdentChar) { return false }
      if numericRule, item.allSatisfy(isDigit), item.count > 1, item.first == UInt8(ascii: "0") {
        return false
      }
    }
    return true
  }
  if s.first == UInt8(ascii: "-") {
    s = s.dropFirst()
    let pre = s.prefix { $0 != UInt8(ascii: "+") }
    if !identifiers(pre, numericRule: true) { return false }
    s = s.dropFirst(pre.count)
  }
  if s.first == UInt8(ascii: "+") {
    s = s.dropFirst()
    if !identifiers(s, numericRule: false) { return false }
    s = s.dropFirst(s.count)
  }
  return s.isEmpty
}
