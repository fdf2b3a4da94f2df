/// Go's `regexp.Regexp` methods Sprig uses: `MatchString`, `FindString`,
/// `FindAllString`, `ReplaceAllString` (with `$1`/`${name}` expansion),
/// `ReplaceAllLiteralString`, `Split`, plus `QuoteMeta` and the `MustCompile` panic text.
public struct GoRegexp: Sendable {
  /// The pattern as written.
  public let expr: String
  let program: RegexProgram

  /// `regexp.Compile(expr)`: cached by pattern text.
  public init(_ expr: String) throws(RegexSyntaxError) {
    self.expr = expr
    program = try RegexProgramCache.shared.program(for: expr)
  }

  /// The panic text of `regexp.MustCompile`: ``regexp: Compile(`x`): error parsing regexp: ...``.
  public static func mustCompileMessage(_ expr: String, _ e: RegexSyntaxError) -> String {
    "regexp: Compile(\(quote(expr))): \(e.message)"
  }

  /// Go's `regexp.quote`: backquoted when `strconv.CanBackquote`, else `strconv.Quote`.
  static func quote(_ s: String) -> String {
    GoStrconv.canBackquote(Array(s.utf8)) ? "`" + s + "`" : GoStrconv.quote(s)
  }

  static func string(_ s: ArraySlice<Unicode.Scalar>) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(s.count)
    for c in s {
      if c.isASCII {
        bytes.append(UInt8(c.value))
      } else {
        UTF8.encode(c) { bytes.append($0) }
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  public func matches(_ s: String) -> Bool {
    program.match(Array(s.unicodeScalars), from: 0) != nil
  }

  public func findString(_ s: String) -> String {
    let input = Array(s.unicodeScalars)
    guard let m = program.match(input, from: 0) else { return "" }
    return Self.string(input[m[0]..<m[1]])
  }

  /// `FindAllStringIndex`-style positions of successive non-overlapping matches.
  func allMatches(_ input: [Unicode.Scalar], _ limit: Int) -> [[Int]] {
    let n = limit < 0 ? input.count + 1 : limit
    var out: [[Int]] = []
    var pos = 0
    var prevMatchEnd = -1
    while out.count < n && pos <= input.count {
      guard let m = program.match(input, from: pos) else { break }
      var accept = true
      if m[1] == pos {
        if m[0] == prevMatchEnd { accept = false }
        pos += 1
      } else {
        pos = m[1]
      }
      prevMatchEnd = m[1]
      if accept { out.append(m) }
    }
    return out
  }

  /// `FindAllString(s, n)`; nil is Go's nil slice.
  public func findAll(_ s: String, _ n: Int) -> [String] {
    let input = Array(s.unicodeScalars)
    return allMatches(input, n).map { Self.string(input[$0[0]..<$0[1]]) }
  }

  public func replaceAll(_ s: String, literal: Bool, _ repl: String) -> String {
    let input = Array(s.unicodeScalars)
    var out: [Unicode.Scalar] = []
    var lastMatchEnd = 0
    var searchPos = 0
    let template = Array(repl.unicodeScalars)
    // No match: the text as it is (the common case of a sanitizing pattern).
    guard let first = program.match(input, from: 0) else { return s }
    var found: [Int]? = first
    while searchPos <= input.count {
      guard let a = found ?? program.match(input, from: searchPos) else { break }
      found = nil
      out.append(contentsOf: input[lastMatchEnd..<a[0]])
      if a[1] > lastMatchEnd || a[0] == 0 {
        if literal {
          out.append(contentsOf: template)
        } else {
          expand(&out, template, input, a)
        }
      }
      lastMatchEnd = a[1]
      if searchPos + 1 > a[1] {
        searchPos += 1
      } else {
        searchPos = a[1]
      }
    }
    out.append(contentsOf: input[lastMatchEnd...])
    return Self.string(out[...])
  }

  /// `Regexp.expand`: `$$`, `$1`, `${1}`, `$name`, `${name}`.
  func expand(
    _ dst: inout [Unicode.Scalar], _ template: [Unicode.Scalar], _ src: [Unicode.Scalar], _ m: [Int]
  ) {
    var t = template[...]
    while let dollar = t.firstIndex(of: "$") {
      dst.append(contentsOf: t[t.startIndex..<dollar])
      t = t[(dollar + 1)...]
      if t.first == "$" {
        dst.append("$")
        t = t.dropFirst()
        continue
      }
      guard let (name, num, rest) = Self.extract(t) else {
        dst.append("$")
        continue
      }
      t = rest
      if num >= 0 {
        if 2 * num + 1 < m.count && m[2 * num] >= 0 {
          dst.append(contentsOf: src[m[2 * num]..<m[2 * num + 1]])
        }
      } else {
        for (i, n) in program.names.enumerated() where n == name {
          if 2 * i + 1 < m.count && m[2 * i] >= 0 {
            dst.append(contentsOf: src[m[2 * i]..<m[2 * i + 1]])
            break
          }
        }
      }
    }
    dst.append(contentsOf: t)
  }

  static func extract(_ s: ArraySlice<Unicode.Scalar>) -> (String, Int, ArraySlice<Unicode.Scalar>)? {
    var str = s
    if str.isEmpty { return nil }
    var brace = false
    if str.first == "{" {
      brace = true
      str = str.dropFirst()
    }
    var i = str.startIndex
    while i < str.endIndex {
      let r = str[i]
      let p = r.properties
      let isLetter =
        p.generalCategory == .uppercaseLetter || p.generalCategory == .lowercaseLetter
        || p.generalCategory == .titlecaseLetter || p.generalCategory == .modifierLetter
        || p.generalCategory == .otherLetter
      if !isLetter && p.generalCategory != .decimalNumber && r != "_" { break }
      i += 1
    }
    if i == str.startIndex { return nil }
    let name = string(str[str.startIndex..<i])
    if brace {
      if i >= str.endIndex || str[i] != "}" { return nil }
      i += 1
    }
    var num = 0
    for u in name.utf8 {
      if u < 48 || u > 57 || num >= 100_000_000 {
        num = -1
        break
      }
      num = num * 10 + Int(u) - 48
    }
    if name.utf8.first == 48 && name.utf8.count > 1 { num = -1 }
    return (name, num, str[i...])
  }

  /// `Split(s, n)`; nil is Go's nil slice.
  public func split(_ s: String, _ n: Int) -> [String]? {
    if n == 0 { return nil }
    if !expr.isEmpty && s.isEmpty { return [""] }
    let input = Array(s.unicodeScalars)
    let matches = allMatches(input, n)
    var out: [String] = []
    var beg = 0
    var end = 0
    for m in matches {
      if n > 0 && out.count == n - 1 { break }
      end = m[0]
      if m[1] != 0 { out.append(Self.string(input[beg..<end])) }
      beg = m[1]
    }
    if end != input.count { out.append(Self.string(input[beg...])) }
    return out
  }

  /// `regexp.QuoteMeta`.
  public static func quoteMeta(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
      if "\\.+*?()|[]{}^$".unicodeScalars.contains(u) { out += "\\" }
      out.unicodeScalars.append(u)
    }
    return out
  }
}
