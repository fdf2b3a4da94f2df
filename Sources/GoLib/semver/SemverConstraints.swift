import Values

/// Masterminds/semver v3.5.0 `Constraints`: `||`-separated groups of AND-ed comparisons
/// (space or comma separated), hyphen ranges, `~`, `~>`, `^`, wildcards `x X *`, and the
/// prerelease rule: a prerelease version only satisfies a group in which some
/// constraint itself names a prerelease.
public struct SemverConstraints: Sendable {
  struct Atom: Sendable {
    var op: String
    var orig: String
    var con: SemverVersion
    var wildcard: Wildcard?

    /// The part of a constraint's version that is a wildcard (`x`, `X`, `*` or left out);
    /// the parts after it are wildcards too.
    enum Wildcard: Sendable { case major, minor, patch }

    /// Masterminds' `dirty`: the version has a wildcard.
    var dirty: Bool { wildcard != nil }
    /// Masterminds' `minorDirty`: the minor version is the first wildcard.
    var minorDirty: Bool { wildcard == .minor }
    /// Masterminds' `patchDirty`: the patch version is the first wildcard.
    var patchDirty: Bool { wildcard == .patch }
  }

  var groups: [[Atom]]
  var groupHasPrerelease: [Bool]

  public struct ParseError: Error, Equatable {
    public let message: String
  }

  /// `semver.NewConstraint(text)`.
  public static func parse(_ text: String) throws(ParseError) -> SemverConstraints {
    if text.utf8.count > 512 { throw ParseError(message: "constraint string is too long (max 512 bytes)") }
    let rewritten = rewriteRange(text)
    let ors = rewritten.semverSplit(separatedBy: "||")
    if ors.count > 32 { throw ParseError(message: "too many constraint groups (max 32)") }
    var groups: [[Atom]] = []
    var hasPre: [Bool] = []
    for group in ors {
      guard let atoms = splitGroup(Array(group.utf8)) else {
        throw ParseError(message: "improper constraint: \(GoStrconv.quote(group))")
      }
      var parsed: [Atom] = []
      var pre = false
      for a in atoms {
        let atom = try parseAtom(a)
        if !atom.con.prerelease.isEmpty { pre = true }
        parsed.append(atom)
      }
      groups.append(parsed)
      hasPre.append(pre)
    }
    return SemverConstraints(groups: groups, groupHasPrerelease: hasPre)
  }

  /// `Constraints.Check(v)`.
  public func check(_ v: SemverVersion) -> Bool {
    for (i, group) in groups.enumerated() {
      if group.allSatisfy({ Self.test(v, $0, includePre: groupHasPrerelease[i]) }) { return true }
    }
    return false
  }

  // MARK: - Lexing (mirrors cvRegex / validConstraintRegex / findConstraintRegex)

  static let operators = ["=", "", "!=", ">", "<", ">=", "=>", "<=", "=<", "~", "~>", "^"]

  static func isWS(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 10 || c == 12 || c == 13 }
  static func isSeg(_ c: UInt8) -> Bool { (c >= 48 && c <= 57) || c == 120 || c == 88 || c == 42 || c == 124 }
  static func isIdent(_ c: UInt8) -> Bool { SemverVersion.isIdentByte(c) }

  /// End of a cvRegex match starting at `start`, or nil.
  static func versionEnd(_ s: [UInt8], _ start: Int) -> Int? {
    var i = start
    if i < s.count, s[i] == UInt8(ascii: "v") { i += 1 }
    guard i < s.count, isSeg(s[i]) else { return nil }
    while i < s.count, isSeg(s[i]) { i += 1 }
    for _ in 0..<2 {
      if i < s.count, s[i] == 46 {
        guard i + 1 < s.count, isSeg(s[i + 1]) else { return nil }
        i += 1
        while i < s.count, isSeg(s[i]) { i += 1 }
      }
    }
    if i < s.count, s[i] == 45 {
      let j = identEnd(s, i + 1)
      guard j > i + 1 else { return nil }
      i = j
    }
    if i < s.count, s[i] == 43 {
      let j = identEnd(s, i + 1)
      guard j > i + 1 else { return nil }
      i = j
    }
    return i
  }

  /// End of `[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*` from `start` (== start when none).
  static func identEnd(_ s: [UInt8], _ start: Int) -> Int {
    var i = start
    guard i < s.count, isIdent(s[i]) else { return start }
    while i < s.count, isIdent(s[i]) { i += 1 }
    while i < s.count, s[i] == 46 {
      var k = i + 1
      while k < s.count, isIdent(s[k]) { k += 1 }
      if k == i + 1 { return i }
      i = k
    }
    return i
  }

  static func hasPrefix(_ s: [UInt8], _ at: Int, _ p: String) -> Bool {
    let pb = Array(p.utf8)
    guard at + pb.count <= s.count else { return false }
    return Array(s[at..<(at + pb.count)]) == pb
  }

  static func atomEnd(_ s: [UInt8], _ start: Int) -> Int? {
    var i = start
    while i < s.count, isWS(s[i]) { i += 1 }
    for op in operators where hasPrefix(s, i, op) {
      var j = i + op.utf8.count
      while j < s.count, isWS(s[j]) { j += 1 }
      if let k = versionEnd(s, j) { return k }
    }
    return nil
  }

  static func splitGroup(_ g: [UInt8]) -> [[UInt8]]? {
    guard let first = atomEnd(g, 0) else { return nil }
    var atoms = [Array(g[0..<first])]
    var rest = first
    while rest < g.count {
      var q = rest
      while q < g.count, isWS(g[q]) { q += 1 }
      if q == g.count { break }
      if g[q] == 44 {
        guard let end = atomEnd(g, q + 1) else { return nil }
        atoms.append(Array(g[(q + 1)..<end]))
        rest = end
        continue
      }
      if q == rest { return nil }
      guard let end = atomEnd(g, q) else { return nil }
      atoms.append(Array(g[q..<end]))
      rest = end
    }
    return atoms
  }

  static func parseAtom(_ raw: [UInt8]) throws(ParseError) -> Atom {
    var s = raw[...]
    while let f = s.first, isWS(f) { s = s.dropFirst() }
    let text = Array(s)
    for op in operators where hasPrefix(text, 0, op) {
      var j = op.utf8.count
      while j < text.count, isWS(text[j]) { j += 1 }
      guard let groups = versionGroups(text, j) else { continue }
      let (whole, major, minor, patch, pre) = groups
      var ver = whole
      var wildcard: Atom.Wildcard? = nil
      func isX(_ x: String) -> Bool { x == "x" || x == "X" || x == "*" }
      if isX(major) || major.isEmpty {
        ver = "0.0.0" + pre
        wildcard = .major
      } else if isX(String(minor.dropFirst())) || minor.isEmpty {
        wildcard = .minor
        ver = major + ".0.0" + pre
      } else if isX(String(patch.dropFirst())) || patch.isEmpty {
        wildcard = .patch
        ver = major + minor + ".0" + pre
      }
      guard let con = try? SemverVersion.parse(ver) else {
        throw ParseError(message: "constraint parser error")
      }
      return Atom(op: op, orig: whole, con: con, wildcard: wildcard)
    }
    throw ParseError(message: "improper constraint: \(GoStrconv.quote(String(decoding: raw, as: UTF8.self)))")
  }

  /// The version part of one atom with its regex groups: whole (trailing blanks kept),
  /// major, `.minor`, `.patch`, `-pre`; nil unless only blanks follow.
  static func versionGroups(_ r: [UInt8], _ start: Int) -> (String, String, String, String, String)? {
    func str(_ a: Int, _ b: Int) -> String { String(decoding: r[a..<b], as: UTF8.self) }
    var i = start
    if i < r.count, r[i] == UInt8(ascii: "v") { i += 1 }
    guard i < r.count, isSeg(r[i]) else { return nil }
    var j = i
    while j < r.count, isSeg(r[j]) { j += 1 }
    let major = str(i, j)
    i = j
    var parts = ["", ""]
    for n in 0..<2 {
      if i < r.count, r[i] == 46 {
        guard i + 1 < r.count, isSeg(r[i + 1]) else { return nil }
        j = i + 1
        while j < r.count, isSeg(r[j]) { j += 1 }
        parts[n] = str(i, j)
        i = j
      }
    }
    var pre = ""
    if i < r.count, r[i] == 45 {
      let k = identEnd(r, i + 1)
      guard k > i + 1 else { return nil }
      pre = str(i, k)
      i = k
    }
    if i < r.count, r[i] == 43 {
      let k = identEnd(r, i + 1)
      guard k > i + 1 else { return nil }
      i = k
    }
    var e = i
    while e < r.count {
      guard isWS(r[e]) else { return nil }
      e += 1
    }
    return (str(start, e), major, parts[0], parts[1], pre)
  }

  /// Rewrites `A - B` hyphen ranges into `>= A, <= B ` (the library's `rewriteRange`).
  static func rewriteRange(_ text: String) -> String {
    guard text.utf8.contains(45) else { return text }
    let s = Array(text.utf8)
    var matches: [(whole: String, a: String, b: String)] = []
    var p = 0
    while p < s.count {
      var i = p
      while i < s.count, isWS(s[i]) { i += 1 }
      var found = false
      if let aEnd = versionEnd(s, i) {
        var j = aEnd
        let wsStart = j
        while j < s.count, isWS(s[j]) { j += 1 }
        if j > wsStart, j < s.count, s[j] == 45 {
          j += 1
          let ws2 = j
          while j < s.count, isWS(s[j]) { j += 1 }
          if j > ws2, let bEnd = versionEnd(s, j) {
            var e = bEnd
            while e < s.count, isWS(s[e]) { e += 1 }
            matches.append(
              (
                String(decoding: s[p..<e], as: UTF8.self), String(decoding: s[i..<aEnd], as: UTF8.self),
                String(decoding: s[j..<bEnd], as: UTF8.self)
              ))
            p = e
            found = true
          }
        }
      }
      if !found { p += 1 }
    }
    var out = text
    for m in matches {
      out = out.semverReplacingFirst(m.whole, with: ">= \(m.a), <= \(m.b) ")
    }
    return out
  }

  // MARK: - Checks

  static func test(_ v: SemverVersion, _ c: Atom, includePre: Bool) -> Bool {
    if !v.prerelease.isEmpty && !includePre { return false }
    switch c.op {
    case "", "=":
      if c.dirty { return tilde(v, c) }
      return v.compare(c.con) == 0
    case "!=":
      if c.dirty {
        if c.con.major != v.major { return true }
        if c.con.minor != v.minor && !c.minorDirty { return true }
        if c.minorDirty { return false }
        if c.con.patch != v.patch && !c.patchDirty { return true }
        if c.patchDirty {
          if !v.prerelease.isEmpty || !c.con.prerelease.isEmpty {
            return SemverVersion.comparePrerelease(v.prerelease, c.con.prerelease) != 0
          }
          return false
        }
      }
      return v.compare(c.con) != 0
    case ">":
      if !c.dirty { return v.compare(c.con) == 1 }
      if v.major > c.con.major { return true }
      if v.major < c.con.major { return false }
      if c.minorDirty { return false }
      if c.patchDirty { return v.minor > c.con.minor }
      return v.compare(c.con) == 1
    case "<":
      return v.compare(c.con) < 0
    case ">=", "=>":
      return v.compare(c.con) >= 0
    case "<=", "=<":
      if !c.dirty { return v.compare(c.con) <= 0 }
      if v.major > c.con.major { return false }
      if v.major == c.con.major && v.minor > c.con.minor && !c.minorDirty { return false }
      return true
    case "~", "~>":
      return tilde(v, c)
    case "^":
      if v.compare(c.con) < 0 { return false }
      if c.con.major > 0 || c.minorDirty { return v.major == c.con.major }
      if c.con.major == 0 && v.major > 0 { return false }
      if c.con.minor > 0 || c.patchDirty { return v.minor == c.con.minor }
      if c.con.minor == 0 && v.minor > 0 { return false }
      return c.con.patch == v.patch
    default:
      return false
    }
  }

  static func tilde(_ v: SemverVersion, _ c: Atom) -> Bool {
    if v.compare(c.con) < 0 { return false }
    if c.con.major == 0 && c.con.minor == 0 && c.con.patch == 0 && !c.minorDirty && !c.patchDirty {
      return true
    }
    if v.major != c.con.major { return false }
    if v.minor != c.con.minor && !c.minorDirty { return false }
    return true
  }
}

extension String {
  /// Go's `strings.Split(s, sep)` for a non-empty separator.
  fileprivate func semverSplit(separatedBy sep: String) -> [String] {
    GoByteSplit.pieces(of: Array(utf8), separator: Array(sep.utf8)).map {
      String(decoding: $0, as: UTF8.self)
    }
  }

  /// Go's `strings.Replace(s, old, new, 1)`.
  fileprivate func semverReplacingFirst(_ old: String, with new: String) -> String {
    if old.isEmpty { return new + self }
    let pieces = GoByteSplit.pieces(of: Array(utf8), separator: Array(old.utf8), limit: 2)
    guard pieces.count == 2 else { return self }
    return String(decoding: pieces[0], as: UTF8.self) + new + String(decoding: pieces[1], as: UTF8.self)
  }
}
