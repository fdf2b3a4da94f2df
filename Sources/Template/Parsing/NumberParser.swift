import GoLib

/// Go's `parse.newNumber` with `strconv.ParseInt/ParseUint/ParseFloat` base-0 rules:
/// every interpretation (int, uint, float) a numeric literal admits.
enum NumberParser {
  struct Failure: Error { let message: String }

  static func parse(pos: Int, text: String, kind: TokenKind) throws -> NumberNode {
    var n = NumberNode.Interpretations()
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
      return NumberNode(pos: pos, text: text, value: n)
    }
    if kind == .complex {
      guard let c = parseComplex(text) else {
        throw Parser.Failure(message: "expected integer")
      }
      n.isComplex = true
      n.float64 = c.re
      n.imaginary = c.im
      return NumberNode(pos: pos, text: text, value: n)
    }
    if text.hasSuffix("i"), let f = parseFloat(String(text.dropLast())) {
      n.isComplex = true
      n.imaginary = f
      return NumberNode(pos: pos, text: text, value: n)
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
    return NumberNode(pos: pos, text: text, value: n)
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

  /// `strconv.ParseUint(s, 0, 64)`; nil on a syntax error or overflow.
  static func parseUint(_ text: String) -> UInt64? {
    guard let (value, overflow) = GoStrconvParsing.parseUint(text, base: 0), !overflow else { return nil }
    return value
  }

  /// `strconv.ParseInt(s, 0, 64)`; nil on a syntax error or overflow.
  static func parseInt(_ text: String) -> Int64? {
    guard let (value, overflow) = GoStrconvParsing.parseInt(text, base: 0), !overflow else { return nil }
    return value
  }

  /// `strconv.ParseFloat(s, 64)`; nil on a syntax error or out of range.
  static func parseFloat(_ text: String) -> Double? { GoStrconvParsing.parseFloat(text) }
}
