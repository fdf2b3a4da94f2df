import GoLib

/// Go's `parse.newNumber` with `strconv.ParseInt/ParseUint/ParseFloat` base-0 rules:
/// every interpretation (int, uint, float) a numeric literal admits.
enum NumberParser {
  struct Failure: Error { let message: String }

  static func parse(pos: Int, text: String, kind: TokenKind) throws -> NumberNode {
    let n = NumberNode(pos: pos, text: text)
    if kind == .charConstant {
      let r: UInt32
      do { r = try GoStrconv.unquoteChar(text) } catch is GoStrconv.MalformedCharacter {
        throw Parser.Failure(message: "malformed character constant: \(text)")
      } catch {
        throw Parser.Failure(message: "invalid syntax")
      }
      n.isCharConstant = true
      n.int64 = Int64(r)
      n.isInt = true
      n.uint64 = UInt64(r)
      n.isUint = true
      n.float64 = Double(r)
      n.isFloat = true
      return n
    }
    if kind == .complex {
      guard let c = parseComplex(text) else {
        throw Parser.Failure(message: "expected integer")
      }
      n.isComplex = true
      n.float64 = c.re
      n.imaginary = c.im
      return n
    }
    if text.hasSuffix("i"), let f = parseFloat(String(text.dropLast())) {
      n.isComplex = true
      n.imaginary = f
      return n
    }
    let u = parseUint(text)
    if let u {
      n.isUint = true
      n.uint64 = u
    }
    if let i = parseInt(text) {
      n.isInt = true
      n.int64 = i
      if i == 0 {
        n.isUint = true
        n.uint64 = u ?? 0
      }
    }
    if n.isInt {
      n.isFloat = true
      n.float64 = Double(n.int64)
    } else if n.isUint {
      n.isFloat = true
      n.float64 = Double(n.uint64)
    } else if let f = parseFloat(text) {
      if !text.contains(where: { ".eEpP".contains($0) }) {
        throw Parser.Failure(message: "integer overflow: \(GoStrconv.quote(text))")
      }
      n.isFloat = true
      n.float64 = f
      if f.isFinite, f >= -9.223372036854775808e18, f < 9.223372036854775808e18, Double(Int64(f)) == f {
        n.isInt = true
        n.int64 = Int64(f)
      }
      if f.isFinite, f >= 0, f < 1.8446744073709551616e19, Double(UInt64(f)) == f {
        n.isUint = true
        n.uint64 = UInt64(f)
      }
    }
    if !n.isInt && !n.isUint && !n.isFloat {
      throw Parser.Failure(message: "illegal number syntax: \(GoStrconv.quote(text))")
    }
    return n
  }

  /// `1+2i`: a real part and a signed imaginary part.
  static func parseComplex(_ text: String) -> (re: Double, im: Double)? {
    let chars = Array(text)
    var i = chars.count - 1
    while i > 0 {
      if (chars[i] == "+" || chars[i] == "-") && chars[i - 1] != "e" && chars[i - 1] != "E"
        && chars[i - 1] != "p"
        && chars[i - 1] != "P"
      {
        break
      }
      i -= 1
    }
    guard i > 0, text.hasSuffix("i"),
      let re = parseFloat(String(chars[0..<i])),
      let im = parseFloat(String(chars[i..<(chars.count - 1)]))
    else { return nil }
    return (re, im)
  }

  /// Go's `strconv.underscoreOK`.
  static func underscoreOK(_ text: String) -> Bool {
    var s = Array(text.utf8)
    var saw: UInt8 = UInt8(ascii: "^")
    var i = 0
    if let f = s.first, f == UInt8(ascii: "-") || f == UInt8(ascii: "+") { s.removeFirst() }
    var hex = false
    if s.count >= 2 && s[0] == UInt8(ascii: "0") {
      let l = s[1] | 0x20
      if l == UInt8(ascii: "b") || l == UInt8(ascii: "o") || l == UInt8(ascii: "x") {
        i = 2
        saw = UInt8(ascii: "0")
        hex = l == UInt8(ascii: "x")
      }
    }
    while i < s.count {
      let c = s[i]
      let lc = c | 0x20
      if (c >= 48 && c <= 57) || (hex && lc >= UInt8(ascii: "a") && lc <= UInt8(ascii: "f")) {
        saw = UInt8(ascii: "0")
      } else if c == UInt8(ascii: "_") {
        if saw != UInt8(ascii: "0") { return false }
        saw = c
      } else {
        if saw == UInt8(ascii: "_") { return false }
        saw = UInt8(ascii: "!")
      }
      i += 1
    }
    return saw != UInt8(ascii: "_")
  }

  /// `strconv.ParseUint(s, 0, 64)`.
  static func parseUint(_ text: String) -> UInt64? {
    var s = Substring(text)
    if s.isEmpty { return nil }
    var base: UInt64 = 10
    if s.first == "0" {
      if s.count >= 3, let c = s.dropFirst().first {
        switch c {
        case "x", "X": base = 16; s = s.dropFirst(2)
        case "o", "O": base = 8; s = s.dropFirst(2)
        case "b", "B": base = 2; s = s.dropFirst(2)
        default: base = 8; s = s.dropFirst()
        }
      } else {
        base = 8
        s = s.dropFirst()
        if s.isEmpty { return 0 }
      }
    }
    var sawUnderscore = false
    var n: UInt64 = 0
    var any = false
    for c in s.utf8 {
      if c == UInt8(ascii: "_") {
        sawUnderscore = true
        continue
      }
      let d: UInt64
      switch c {
      case 48...57: d = UInt64(c - 48)
      case 97...122: d = UInt64(c - 97 + 10)
      case 65...90: d = UInt64(c - 65 + 10)
      default: return nil
      }
      if d >= base { return nil }
      let (m, o1) = n.multipliedReportingOverflow(by: base)
      let (a, o2) = m.addingReportingOverflow(d)
      if o1 || o2 { return nil }
      n = a
      any = true
    }
    if !any && !(base == 8 && text.hasPrefix("0") && s.isEmpty) { return nil }
    if sawUnderscore && !underscoreOK(text) { return nil }
    return n
  }

  /// `strconv.ParseInt(s, 0, 64)`.
  static func parseInt(_ text: String) -> Int64? {
    var s = Substring(text)
    var negative = false
    if let f = s.first, f == "+" || f == "-" {
      negative = f == "-"
      s = s.dropFirst()
    }
    guard !s.isEmpty, let u = parseUint(String(s)) else { return nil }
    if s.contains("_") && !underscoreOK(text) { return nil }
    if negative {
      if u > UInt64(Int64.max) + 1 { return nil }
      return u == UInt64(Int64.max) + 1 ? Int64.min : -Int64(u)
    }
    if u > UInt64(Int64.max) { return nil }
    return Int64(u)
  }

  /// `strconv.ParseFloat(s, 64)` for the literals the lexer produces.
  static func parseFloat(_ text: String) -> Double? {
    if text.contains("_") && !underscoreOK(text) { return nil }
    let cleaned = text.replacingOccurrences(of: "_", with: "")
    let body = cleaned.hasPrefix("-") || cleaned.hasPrefix("+") ? String(cleaned.dropFirst()) : cleaned
    if body.isEmpty { return nil }
    let lower = body.lowercased()
    if lower.hasPrefix("0x") {
      if !lower.contains("p") { return nil }
    } else {
      for c in lower.utf8
      where !(c >= 48 && c <= 57) && c != UInt8(ascii: ".") && c != UInt8(ascii: "e")
        && c != UInt8(ascii: "+") && c != UInt8(ascii: "-")
      {
        return nil
      }
      if lower.hasPrefix("0b") || lower.hasPrefix("0o") { return nil }
    }
    // Out of range is an error in Go (ParseFloat's ErrRange), not an infinity.
    guard let d = Double(cleaned), d.isFinite else { return nil }
    return d
  }
}
