import Values

/// A small strict JSON reader used for schema documents (bundled schemas, metaschemas,
/// `values.schema.json`). Integers that fit `Int` become `.int`, other numbers `.float`,
/// objects `.map` and arrays `.list`.
public enum SchemaJSON {
  /// A JSON syntax error with its byte offset.
  public struct SyntaxError: Error, Sendable, CustomStringConvertible {
    public let offset: Int
    public let message: String
    public var description: String { "invalid JSON at offset \(offset): \(message)" }
  }

  /// Parses one JSON document.
  public static func parse(_ text: String) throws(SyntaxError) -> Value {
    var parser = Parser(bytes: Array(text.utf8))
    parser.skipSpace()
    let value = try parser.value(depth: 0)
    parser.skipSpace()
    if parser.pos != parser.bytes.count { throw SyntaxError(offset: parser.pos, message: "trailing data") }
    return value
  }

  /// Parses one JSON document given as UTF-8 bytes.
  public static func parse(bytes: [UInt8]) throws(SyntaxError) -> Value {
    try parse(String(decoding: bytes, as: UTF8.self))
  }

  private struct Parser {
    let bytes: [UInt8]
    var pos = 0

    mutating func skipSpace() {
      while pos < bytes.count,
        bytes[pos] == 0x20 || bytes[pos] == 0x0A || bytes[pos] == 0x0D || bytes[pos] == 0x09
      {
        pos += 1
      }
    }

    func fail(_ message: String) -> SyntaxError { SyntaxError(offset: pos, message: message) }

    mutating func value(depth: Int) throws(SyntaxError) -> Value {
      guard depth < 512 else { throw fail("nesting too deep") }
      guard pos < bytes.count else { throw fail("unexpected end") }
      switch bytes[pos] {
      case UInt8(ascii: "{"):
        pos += 1
        let map = GoMap()
        skipSpace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") { pos += 1; return .map(map) }
        while true {
          skipSpace()
          guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { throw fail("expected key") }
          let key = try string()
          skipSpace()
          guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { throw fail("expected ':'") }
          pos += 1
          skipSpace()
          map.storage[key] = try value(depth: depth + 1)
          if try !moreElements(closing: "}") { return .map(map) }
        }
      case UInt8(ascii: "["):
        pos += 1
        var items: [Value] = []
        skipSpace()
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") { pos += 1; return .list(items) }
        while true {
          skipSpace()
          items.append(try value(depth: depth + 1))
          if try !moreElements(closing: "]") { return .list(items) }
        }
      case UInt8(ascii: "\""):
        return .string(try string())
      case UInt8(ascii: "t"):
        try literal("true"); return .bool(true)
      case UInt8(ascii: "f"):
        try literal("false"); return .bool(false)
      case UInt8(ascii: "n"):
        try literal("null"); return .null
      default:
        return try number()
      }
    }

    /// After an element of an object or array: steps over `,` (true: another element
    /// follows) or the closing bracket (false).
    mutating func moreElements(closing: Unicode.Scalar) throws(SyntaxError) -> Bool {
      skipSpace()
      guard pos < bytes.count else { throw fail("unexpected end") }
      let c = bytes[pos]
      guard c == UInt8(ascii: ",") || c == UInt8(ascii: closing) else {
        throw fail("expected ',' or '\(closing)'")
      }
      pos += 1
      return c == UInt8(ascii: ",")
    }

    mutating func literal(_ word: String) throws(SyntaxError) {
      for b in word.utf8 {
        guard pos < bytes.count, bytes[pos] == b else { throw fail("invalid literal") }
        pos += 1
      }
    }

    mutating func number() throws(SyntaxError) -> Value {
      let start = pos
      var isInteger = true
      if pos < bytes.count, bytes[pos] == UInt8(ascii: "-") { pos += 1 }
      var digits = 0
      while pos < bytes.count, bytes[pos] >= 0x30, bytes[pos] <= 0x39 { pos += 1; digits += 1 }
      guard digits > 0 else { throw fail("invalid value") }
      if pos < bytes.count, bytes[pos] == UInt8(ascii: ".") {
        isInteger = false
        pos += 1
        var frac = 0
        while pos < bytes.count, bytes[pos] >= 0x30, bytes[pos] <= 0x39 { pos += 1; frac += 1 }
        guard frac > 0 else { throw fail("invalid number") }
      }
      if pos < bytes.count, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
        isInteger = false
        pos += 1
        if pos < bytes.count, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        var exp = 0
        while pos < bytes.count, bytes[pos] >= 0x30, bytes[pos] <= 0x39 { pos += 1; exp += 1 }
        guard exp > 0 else { throw fail("invalid number") }
      }
      let text = String(decoding: bytes[start..<pos], as: UTF8.self)
      if isInteger, let i = Int(text) { return .int(i) }
      guard let d = Double(text) else { throw fail("invalid number") }
      return .float(d)
    }

    mutating func hex4() throws(SyntaxError) -> UInt32 {
      guard pos + 4 <= bytes.count else { throw fail("bad escape") }
      var v: UInt32 = 0
      for _ in 0..<4 {
        let c = bytes[pos]
        let d: UInt32
        switch c {
        case 0x30...0x39: d = UInt32(c - 0x30)
        case 0x41...0x46: d = UInt32(c - 0x41 + 10)
        case 0x61...0x66: d = UInt32(c - 0x61 + 10)
        default: throw fail("bad escape")
        }
        v = v * 16 + d
        pos += 1
      }
      return v
    }

    mutating func string() throws(SyntaxError) -> String {
      pos += 1  // opening quote
      var out: [UInt8] = []
      while true {
        guard pos < bytes.count else { throw fail("unterminated string") }
        let c = bytes[pos]
        if c == UInt8(ascii: "\"") { pos += 1; break }
        if c == UInt8(ascii: "\\") {
          pos += 1
          guard pos < bytes.count else { throw fail("bad escape") }
          let e = bytes[pos]
          pos += 1
          switch e {
          case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
          case UInt8(ascii: "b"): out.append(0x08)
          case UInt8(ascii: "f"): out.append(0x0C)
          case UInt8(ascii: "n"): out.append(0x0A)
          case UInt8(ascii: "r"): out.append(0x0D)
          case UInt8(ascii: "t"): out.append(0x09)
          case UInt8(ascii: "u"):
            var code = try hex4()
            if code >= 0xD800, code < 0xDC00, pos + 6 <= bytes.count, bytes[pos] == UInt8(ascii: "\\"),
              bytes[pos + 1] == UInt8(ascii: "u")
            {
              let save = pos
              pos += 2
              let low = try hex4()
              if low >= 0xDC00, low < 0xE000 {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
              } else {
                pos = save
              }
            }
            let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
          default: throw fail("bad escape")
          }
          continue
        }
        out.append(c)
        pos += 1
      }
      return String(decoding: out, as: UTF8.self)
    }
  }
}
