import GoLib

/// A chart's `.helmignore` rules as Helm applies them (`pkg/ignore`), for directory charts.
///
/// Lines are trimmed; blank lines and `#` comments are skipped; a rule containing `**`
/// fails (`double-star (**) syntax is not supported`), as does a malformed glob
/// (`syntax error in pattern`). Globs are Go's `filepath.Match`. A trailing `/` makes a
/// rule match directories only; a rule with a `/` (a leading one included) matches the
/// whole relative path, else only the base name. `!p` is **not** gitignore's negation:
/// while checking a path, a `!p` rule that does not match it ignores it (and a `!p/` rule
/// ignores every file), one that matches moves on to the next rule. `templates/.?*` is
/// always appended. A directory that is ignored is not entered.
public struct HelmIgnore: Sendable {
  struct Rule: Sendable {
    enum Scope: Sendable { case rooted, structural, basename }
    let pattern: String
    let negate: Bool
    let mustBeDirectory: Bool
    let scope: Scope
    /// How the pattern is matched: most rules (`*.orig`, `.git`) need no pattern matcher.
    let shape: Shape

    /// A pattern's shape, for `filepath.Match`.
    enum Shape: Sendable {
      /// No `*`, `?`, `[` or `\`: the pattern matches itself alone.
      case literal
      /// `*` then a literal: any name without `/` that ends with the literal.
      case anyEndingWith(String)
      /// Any other pattern, with the literal text before its first special character: a name
      /// that does not start with it cannot match (`templates/.?*`, Helm's own rule, tried on
      /// every path).
      case general(literalPrefix: String)
    }

    init(pattern: String, negate: Bool, mustBeDirectory: Bool, scope: Scope) {
      self.pattern = pattern
      self.negate = negate
      self.mustBeDirectory = mustBeDirectory
      self.scope = scope
      let isMeta = { (c: UInt8) in
        c == UInt8(ascii: "*") || c == UInt8(ascii: "?") || c == UInt8(ascii: "[") || c == UInt8(ascii: "\\")
      }
      let rest = pattern.utf8.dropFirst()
      if !pattern.utf8.contains(where: isMeta) {
        shape = .literal
      } else if pattern.utf8.first == UInt8(ascii: "*"), !rest.contains(where: isMeta),
        !rest.contains(UInt8(ascii: "/"))
      {
        shape = .anyEndingWith(String(pattern.dropFirst()))
      } else {
        let prefix = pattern.utf8.prefix { !isMeta($0) }
        shape = .general(literalPrefix: String(decoding: prefix, as: UTF8.self))
      }
    }
  }

  /// The error text of a rule Helm refuses.
  public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
  }

  private(set) var rules: [Rule] = []

  /// The `.helmignore` file name.
  public static let fileName = ".helmignore"

  /// Rules from the text of a `.helmignore` file (nil: no file), with Helm's default rule
  /// `templates/.?*` appended.
  public init(_ text: String?) throws(ParseError) {
    if let text {
      for line in Self.lines(text) { try add(line) }
    }
    try add("templates/.?*")
  }

  /// Go's `bufio.Scanner` lines: split on `\n`, one trailing `\r` dropped per line.
  private static func lines(_ text: String) -> [String] {
    var out = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map {
      line -> String in
      var l = line
      if l.last == "\r" { l = l.dropLast() }
      return String(l)  // a concrete initializer: no generic append resolved at run time
    }
    // A final newline does not start another line.
    if text.unicodeScalars.last == "\n" { out.removeLast() }
    return out
  }

  private mutating func add(_ line: String) throws(ParseError) {
    var rule = GoSpace.trim(line)
    if rule.isEmpty || rule.hasPrefix("#") { return }
    if ByteSearch.offset(of: "**", in: rule) != nil {
      throw ParseError(message: "double-star (**) syntax is not supported")
    }
    do { _ = try GoPathMatch.match(rule, "abc") } catch {
      throw ParseError(message: error.description)
    }
    var negate = false
    if rule.hasPrefix("!") {
      negate = true
      rule.removeFirst()
    }
    var mustBeDirectory = false
    if rule.hasSuffix("/") {
      mustBeDirectory = true
      rule.removeLast()
    }
    let scope: Rule.Scope
    if rule.hasPrefix("/") {
      scope = .rooted
      rule.removeFirst()
    } else if rule.utf8.contains(UInt8(ascii: "/")) {
      scope = .structural
    } else {
      scope = .basename
    }
    rules.append(Rule(pattern: rule, negate: negate, mustBeDirectory: mustBeDirectory, scope: scope))
  }

  /// Whether the chart-relative path (`/`-separated, no leading `./`) is ignored.
  public func ignores(_ path: String, isDirectory: Bool) -> Bool {
    if path.isEmpty || path == "." || path == "./" { return false }
    var base: String?
    for rule in rules {
      if rule.negate {
        if rule.mustBeDirectory && !isDirectory { return true }
        if !matches(rule, path, base: &base) { return true }
        continue
      }
      if rule.mustBeDirectory && !isDirectory { continue }
      if matches(rule, path, base: &base) { return true }
    }
    return false
  }

  /// `base` caches `goPathBase(path)` across the rules of one path.
  private func matches(_ rule: Rule, _ path: String, base: inout String?) -> Bool {
    let subject: String
    switch rule.scope {
    case .rooted, .structural: subject = path
    case .basename:
      if base == nil { base = goPathBase(path) }
      subject = base ?? path
    }
    switch rule.shape {
    case .literal:
      return subject.utf8.count == rule.pattern.utf8.count
        && Self.bytes(of: subject, have: rule.pattern, atEnd: true)
    case .anyEndingWith(let end):
      return !subject.utf8.contains(UInt8(ascii: "/")) && Self.bytes(of: subject, have: end, atEnd: true)
    case .general(let prefix):
      return Self.bytes(of: subject, have: prefix, atEnd: false)
        && ((try? GoPathMatch.match(rule.pattern, subject)) ?? false)
    }
  }
}

extension HelmIgnore {
  /// Whether the UTF-8 bytes of `s` start with those of `part` (`atEnd`: end with them),
  /// compared as bytes, as Go compares strings, not as Unicode-equivalent text.
  static func bytes(of s: String, have part: String, atEnd: Bool) -> Bool {
    let n = part.utf8.count
    guard s.utf8.count >= n else { return false }
    var s = s
    var part = part
    return s.withUTF8 { whole in
      part.withUTF8 { p in (atEnd ? whole[(whole.count - n)...] : whole[..<n]).elementsEqual(p) }
    }
  }
}

/// Go's `filepath.Base` for `/` paths.
func goPathBase(_ path: String) -> String {
  if path.isEmpty { return "." }
  let slash = UInt8(ascii: "/")
  let u = Array(path.utf8)
  var end = u.count
  while end > 1 && u[end - 1] == slash { end -= 1 }
  if end == 1 && u[0] == slash { return "/" }
  var start = end
  while start > 0 && u[start - 1] != slash { start -= 1 }
  return String(decoding: u[start..<end], as: UTF8.self)
}
