import Values

/// Go's `json.Unmarshal` into `interface{}`: a single pass over UTF-8 bytes that builds
/// `Value`s (objects → `map[string]interface {}`, numbers → float64) and reports the first
/// syntax error exactly as Go's scanner words it.
struct GoJSONDecoder {
  private let s: UnsafeBufferPointer<UInt8>
  private var i = 0
  /// The first number that does not fit a float64; reported only if the syntax is valid.
  private var rangeError: GoJSONError?
  private static let maxDepth = 10_000

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    s = bytes
  }

  static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws -> Value {
    let (v, rangeError) = try decodePartial(bytes)
    if let e = rangeError { throw e }
    return v
  }

  /// The decoded value and the first out-of-range number error (that number decoded as nil,
  /// as Go leaves it); throws syntax errors, which Go reports before decoding anything.
  static func decodePartial(_ bytes: UnsafeBufferPointer<UInt8>) throws -> (Value, GoJSONError?) {
    var d = GoJSONDecoder(bytes)
    let v = try d.parseTop()
    return (v, d.rangeError)
  }

  // MARK: - Errors

  private static func quoteChar(_ c: UInt8) -> String {
    if c == UInt8(ascii: "'") { return "'\\''" }
    if c == UInt8(ascii: "\"") { return "'\"'" }
    var rune: [UInt8] = []
    GoStrconv.appendRune(&rune, UInt32(c))
    var q: [UInt8] = []
    GoStrconv.appendQuoted(&q, rune, asciiOnly: false)
    return "'" + String(decoding: q[1..<(q.count - 1)], as: UTF8.self) + "'"
  }

  private func syntax(_ c: UInt8, _ context: String) -> GoJSONError {
    GoJSONError("invalid character \(Self.quoteChar(c)) \(context)", offset: i)
  }

  private func unexpectedEnd() -> GoJSONError {
    GoJSONError("unexpected end of JSON input", offset: s.count)
  }

  @inline(__always) private static func isSpace(_ c: UInt8) -> Bool {
    c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D
  }

  @inline(__always) private mutating func skipSpace() {
    while i < s.count && Self.isSpace(s[i]) { i += 1 }
  }

  // MARK: - Values

  private mutating func parseTop() throws -> Value {
    let v = try parseValue(context: "looking for beginning of value")
    skipSpace()
    if i < s.count {
      throw syntax(s[i], "after top-level value")
    }
    return v
  }

  /// An open container on the explicit parse stack (no recursion, so depth never
  /// threatens the thread's stack).
  private enum Frame {
    case array([Value])
    case object(GoMap, key: String)
  }

  private mutating func parseValue(context: String) throws -> Value {
    var stack: [Frame] = []
    var context = context
    while true {
      // Parse one value, or open a container and loop to parse its first element.
      skipSpace()
      guard i < s.count else { throw unexpectedEnd() }
      let c = s[i]
      var value: Value
      switch c {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        if stack.count >= Self.maxDepth { throw syntax(c, "exceeded max depth") }
        i += 1
        skipSpace()
        guard i < s.count else { throw unexpectedEnd() }
        if c == UInt8(ascii: "[") {
          if s[i] == UInt8(ascii: "]") {
            i += 1
            value = .list([])
          } else {
            stack.append(.array([]))
            context = "looking for beginning of value"
            continue
          }
        } else {
          if s[i] == UInt8(ascii: "}") {
            i += 1
            value = .map(GoMap())
          } else {
            let key = try parseKey()
            stack.append(.object(GoMap(), key: key))
            context = "looking for beginning of value"
            continue
          }
        }
      case UInt8(ascii: "\""):
        i += 1
        value = .string(try parseString())
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
        value = try parseNumber().map { .float($0) } ?? .null
      case UInt8(ascii: "t"):
        try parseLiteral("true")
        value = .bool(true)
      case UInt8(ascii: "f"):
        try parseLiteral("false")
        value = .bool(false)
      case UInt8(ascii: "n"):
        try parseLiteral("null")
        value = .null
      default:
        throw syntax(c, context)
      }
      // Hand the value to the enclosing containers, closing those that end here.
      while true {
        guard let top = stack.popLast() else { return value }
        skipSpace()
        guard i < s.count else { throw unexpectedEnd() }
        let d = s[i]
        switch top {
        case .array(var items):
          items.append(value)
          guard try moreElements(d, closing: UInt8(ascii: "]"), "after array element") else {
            value = .list(items)
            continue
          }
          stack.append(.array(items))
        case .object(let map, let key):
          map.storage[key] = value
          guard try moreElements(d, closing: UInt8(ascii: "}"), "after object key:value pair") else {
            value = .map(map)
            continue
          }
          skipSpace()
          guard i < s.count else { throw unexpectedEnd() }
          let next = try parseKey()
          stack.append(.object(map, key: next))
        }
        break
      }
      context = "looking for beginning of value"
    }
  }

  /// Consumes the `,` or the closing bracket `d` after a container's element: true when
  /// another element follows.
  private mutating func moreElements(_ d: UInt8, closing: UInt8, _ context: String) throws -> Bool {
    guard d == UInt8(ascii: ",") || d == closing else { throw syntax(d, context) }
    i += 1
    return d == UInt8(ascii: ",")
  }

  /// Parses `"key"` and the following `:` (whitespace before the key already skipped).
  private mutating func parseKey() throws -> String {
    guard s[i] == UInt8(ascii: "\"") else {
      throw syntax(s[i], "looking for beginning of object key string")
    }
    i += 1
    let key = try parseString()
    skipSpace()
    guard i < s.count else { throw unexpectedEnd() }
    guard s[i] == UInt8(ascii: ":") else { throw syntax(s[i], "after object key") }
    i += 1
    return key
  }

  private mutating func parseLiteral(_ word: String) throws {
    let bytes = Array(word.utf8)
    i += 1
    for k in 1..<bytes.count {
      let c: UInt8 = i < s.count ? s[i] : 0x20
      if c != bytes[k] {
        throw syntax(c, "in literal \(word) (expecting \(Self.quoteChar(bytes[k])))")
      }
      i += 1
    }
  }

  // MARK: - Numbers

  /// A number as float64, or nil (with `rangeError` set) when it does not fit.
  private mutating func parseNumber() throws -> Double? {
    let start = i
    var c: UInt8 { i < s.count ? s[i] : 0x20 }
    @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
    var simple = true
    if c == UInt8(ascii: "-") {
      i += 1
      if !isDigit(c) { throw syntax(c, "in numeric literal") }
    }
    if c == 48 {
      i += 1
    } else {
      while i < s.count && isDigit(s[i]) { i += 1 }
    }
    if i < s.count && s[i] == UInt8(ascii: ".") {
      simple = false
      i += 1
      if !isDigit(c) { throw syntax(c, "after decimal point in numeric literal") }
      while i < s.count && isDigit(s[i]) { i += 1 }
    }
    if i < s.count && (s[i] == UInt8(ascii: "e") || s[i] == UInt8(ascii: "E")) {
      simple = false
      i += 1
      if c == UInt8(ascii: "+") || c == UInt8(ascii: "-") { i += 1 }
      if !isDigit(c) { throw syntax(c, "in exponent of numeric literal") }
      while i < s.count && isDigit(s[i]) { i += 1 }
    }
    let text = UnsafeBufferPointer(rebasing: s[start..<i])
    if simple && text.count <= 16 {
      var n: Int64 = 0
      var neg = false
      for b in text {
        if b == UInt8(ascii: "-") { neg = true } else { n = n * 10 + Int64(b - 48) }
      }
      if n < (1 << 53) {
        let d = Double(n)
        return neg ? -d : d
      }
    }
    let str = String(decoding: text, as: UTF8.self)
    guard let d = Double(str), d.isFinite else {
      if rangeError == nil {
        rangeError = GoJSONError(
          "json: cannot unmarshal number \(str) into Go value of type float64", offset: i)
      }
      return nil
    }
    return d
  }

  // MARK: - Strings

  /// The byte a one-character escape (`\"`, `\\`, `\/`, `\b`, `\f`, `\n`, `\r`, `\t`) stands for.
  private static func singleCharacterEscape(_ e: UInt8) -> UInt8 {
    switch e {
    case UInt8(ascii: "b"): 0x08
    case UInt8(ascii: "f"): 0x0C
    case UInt8(ascii: "n"): 0x0A
    case UInt8(ascii: "r"): 0x0D
    case UInt8(ascii: "t"): 0x09
    default: e
    }
  }

  private static func hexValue(_ c: UInt8) -> UInt32? {
    switch c {
    case 48...57: return UInt32(c - 48)
    case 97...102: return UInt32(c - 87)
    case 65...70: return UInt32(c - 55)
    default: return nil
    }
  }

  /// Reads 4 hex digits at `i` for a `\u` escape (syntax errors as Go's scanner words them).
  private mutating func readHex4() throws -> UInt32 {
    var r: UInt32 = 0
    for _ in 0..<4 {
      let c: UInt8 = i < s.count ? s[i] : 0x20
      guard let h = Self.hexValue(c) else { throw syntax(c, "in \\u hexadecimal character escape") }
      r = r << 4 | h
      i += 1
    }
    return r
  }

  /// Parses a string body after the opening quote, through the closing quote.
  private mutating func parseString() throws -> String {
    let start = i
    // Fast path: printable ASCII with no escapes.
    while i < s.count {
      let c = s[i]
      if c == UInt8(ascii: "\"") {
        let str = String(decoding: UnsafeBufferPointer(rebasing: s[start..<i]), as: UTF8.self)
        i += 1
        return str
      }
      if c == UInt8(ascii: "\\") || c < 0x20 || c >= 0x80 { break }
      i += 1
    }
    var out: [UInt8] = Array(s[start..<i])
    while true {
      guard i < s.count else { throw unexpectedEnd() }
      let c = s[i]
      if c == UInt8(ascii: "\"") {
        i += 1
        return String(decoding: out, as: UTF8.self)
      }
      if c < 0x20 { throw syntax(c, "in string literal") }
      if c == UInt8(ascii: "\\") {
        i += 1
        let e: UInt8 = i < s.count ? s[i] : 0x20
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
          UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          out.append(Self.singleCharacterEscape(e))
          i += 1
        case UInt8(ascii: "u"):
          i += 1
          var r = try readHex4()
          if r >= 0xD800 && r < 0xDC00 {
            // A high surrogate: combine with a following low surrogate escape, if any.
            if i + 6 <= s.count && s[i] == UInt8(ascii: "\\") && s[i + 1] == UInt8(ascii: "u") {
              let save = i
              i += 2
              let r2 = try readHex4()
              if r2 >= 0xDC00 && r2 < 0xE000 {
                r = 0x10000 + ((r - 0xD800) << 10) + (r2 - 0xDC00)
              } else {
                i = save
                r = GoStrconv.runeError
              }
            } else {
              r = GoStrconv.runeError
            }
          } else if r >= 0xDC00 && r < 0xE000 {
            r = GoStrconv.runeError
          }
          GoStrconv.appendRune(&out, r)
        default:
          throw syntax(e, "in string escape code")
        }
        continue
      }
      if c < 0x80 {
        out.append(c)
        i += 1
        continue
      }
      let w = GoStrconv.decodeRune(s, at: i).width
      if w <= 1 {
        GoStrconv.appendRune(&out, GoStrconv.runeError)
        i += 1
      } else {
        out.append(contentsOf: s[i..<(i + w)])
        i += w
      }
    }
  }
}
