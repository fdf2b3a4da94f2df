import Values

/// Go's `strconv.Unquote` and `UnquoteChar`, as the template lexer and parser read
/// string and character literals.
extension GoStrconv {
  /// `strconv.ErrSyntax`.
  public struct SyntaxError: Error {}

  /// `strconv.Unquote` for a double-quoted, back-quoted or single-quoted literal.
  public static func unquote(_ text: String) throws -> String {
    // Fast path: `"..."` with no escapes, quotes or newlines inside is its own body.
    let utf8 = text.utf8
    if utf8.count >= 2, utf8.first == UInt8(ascii: "\""), utf8.last == UInt8(ascii: "\"") {
      let inner = utf8.dropFirst().dropLast()
      if !inner.contains(where: {
        $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\n")
      }) {
        return String(decoding: inner, as: UTF8.self)
      }
    }
    let scalars = Array(text.unicodeScalars)
    guard scalars.count >= 2, let q = scalars.first, scalars.last == q else { throw SyntaxError() }
    let body = Array(scalars[1..<(scalars.count - 1)])
    if q == "`" {
      if body.contains("`") { throw SyntaxError() }
      var out = String.UnicodeScalarView()
      for r in body where r != "\r" { out.append(r) }
      return String(out)
    }
    guard q == "\"" || q == "'" else { throw SyntaxError() }
    var bytes: [UInt8] = []
    var i = 0
    var runes = 0
    while i < body.count {
      let r = body[i]
      if r == q && q == "\"" { throw SyntaxError() }
      if r == "\n" { throw SyntaxError() }
      if r != "\\" {
        bytes.append(contentsOf: Array(String(r).utf8))
        i += 1
      } else {
        let (value, isByte, next) = try unquoteEscape(body, i, quote: q)
        if isByte {
          bytes.append(UInt8(value))
        } else {
          guard let s = UnicodeScalar(value) else { throw SyntaxError() }
          bytes.append(contentsOf: Array(String(s).utf8))
        }
        i = next
      }
      runes += 1
    }
    if q == "'" && runes != 1 { throw SyntaxError() }
    return GoByteString.fromBytes(bytes)
  }

  /// A character literal whose first character decodes but is followed by more text.
  public struct MalformedCharacter: Error {}

  /// The rune value of a single-quoted character literal (Go's `strconv.UnquoteChar` on
  /// the text after the opening quote, then a check that only the closing quote remains).
  public static func unquoteChar(_ text: String) throws -> UInt32 {
    let scalars = Array(text.unicodeScalars)
    guard scalars.count >= 2, scalars.first == "'" else { throw SyntaxError() }
    let body = Array(scalars[1...])
    let value: UInt32
    let next: Int
    if body[0] == "\\" {
      (value, _, next) = try unquoteEscape(body, 0, quote: "'")
    } else {
      if body[0] == "'" { throw SyntaxError() }
      (value, next) = (body[0].value, 1)
    }
    if next != body.count - 1 || body.last != "'" { throw MalformedCharacter() }
    return value
  }

  /// Decodes the escape starting at `body[i] == "\\"`: (value, is a raw byte, next index).
  private static func unquoteEscape(_ body: [UnicodeScalar], _ i: Int, quote: UnicodeScalar) throws
    -> (UInt32, Bool, Int)
  {
    guard i + 1 < body.count else { throw SyntaxError() }
    let c = body[i + 1]
    switch c {
    case "a": return (7, false, i + 2)
    case "b": return (8, false, i + 2)
    case "f": return (12, false, i + 2)
    case "n": return (10, false, i + 2)
    case "r": return (13, false, i + 2)
    case "t": return (9, false, i + 2)
    case "v": return (11, false, i + 2)
    case "\\": return (92, false, i + 2)
    case "'", "\"":
      if c != quote { throw SyntaxError() }
      return (c.value, false, i + 2)
    case "x", "u", "U":
      let n = c == "x" ? 2 : (c == "u" ? 4 : 8)
      guard i + 2 + n <= body.count else { throw SyntaxError() }
      var v: UInt32 = 0
      for k in 0..<n {
        guard let d = hexDigit(body[i + 2 + k]) else { throw SyntaxError() }
        v = v << 4 | d
      }
      if c == "x" { return (v, quote != "'", i + 2 + n) }
      if v > 0x10FFFF || (v >= 0xD800 && v < 0xE000) { throw SyntaxError() }
      return (v, false, i + 2 + n)
    case "0"..."7":
      guard i + 4 <= body.count else { throw SyntaxError() }
      var v: UInt32 = 0
      for k in 0..<3 {
        let d = body[i + 1 + k]
        guard d.value >= 48 && d.value <= 55 else { throw SyntaxError() }
        v = v << 3 | (d.value - 48)
      }
      if v > 255 { throw SyntaxError() }
      return (v, quote != "'", i + 4)
    default:
      throw SyntaxError()
    }
  }

  private static func hexDigit(_ r: UnicodeScalar) -> UInt32? {
    switch r {
    case "0"..."9": return r.value - 48
    case "a"..."f": return r.value - 87
    case "A"..."F": return r.value - 55
    default: return nil
    }
  }
}
