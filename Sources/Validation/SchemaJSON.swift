import GoLib
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
    try parse(utf8: Array(text.utf8))
  }

  /// Parses one JSON document given as UTF-8 bytes.
  public static func parse(bytes: [UInt8]) throws(SyntaxError) -> Value {
    try parse(String(decoding: bytes, as: UTF8.self))
  }

  /// Parses one JSON document given as the UTF-8 of a `String` (valid UTF-8).
  static func parse(utf8 bytes: [UInt8]) throws(SyntaxError) -> Value {
    try bytes.withUnsafeBufferPointer { buffer throws(SyntaxError) in
      var parser = Parser(bytes: buffer, pos: 0, end: buffer.count)
      parser.skipSpace()
      let value = try parser.value(depth: 0)
      parser.skipSpace()
      if parser.pos != parser.end { throw SyntaxError(offset: parser.pos, message: "trailing data") }
      return value
    }
  }

  /// The value at `range` of `bytes`, a value found by `members(of:in:)`; `depth` is its
  /// nesting in the document (the limit counts from the document's root).
  static func parse(bytes: [UInt8], range: Range<Int>, depth: Int) throws(SyntaxError) -> Value {
    try bytes.withUnsafeBufferPointer { buffer throws(SyntaxError) in
      try parse(buffer: buffer, range: range, depth: depth)
    }
  }

  /// `parse(bytes:range:depth:)` over bytes in memory.
  static func parse(buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>, depth: Int) throws(SyntaxError)
    -> Value
  {
    var parser = Parser(bytes: buffer, pos: range.lowerBound, end: range.upperBound)
    return try parser.value(depth: depth)
  }

  /// The members of the object at `range` of `bytes` (the whole of `bytes` when nil), each
  /// key with the byte range of its value, without building any value; nil when the value
  /// there is not an object. Checks the whole range as `parse` does and throws the error
  /// `parse` would throw. A key given twice keeps its last value, as `parse` keeps it.
  static func members(of bytes: [UInt8], in range: Range<Int>? = nil, depth: Int = 0) throws(SyntaxError)
    -> [String: Range<Int>]?
  {
    try members(of: bytes, in: range, depth: depth, indexingObjects: false)?.members
  }

  /// The members of an object, as `members(of:in:depth:)` finds them.
  struct Members {
    /// Each key with the byte range of its value.
    var members: [String: Range<Int>]
    /// With `indexingObjects`: the members of each member whose value is an object.
    var objects: [String: [String: Range<Int>]]
  }

  /// `members(of:in:depth:)`; with `indexingObjects`, the members of each member that is an
  /// object are indexed in the same pass.
  static func members(of bytes: [UInt8], in range: Range<Int>?, depth: Int, indexingObjects: Bool)
    throws(SyntaxError) -> Members?
  {
    try bytes.withUnsafeBufferPointer { buffer throws(SyntaxError) -> Members? in
      try members(of: buffer, in: range, depth: depth, indexingObjects: indexingObjects)
    }
  }

  /// `members(of:in:depth:indexingObjects:)` over bytes in memory. With `checkingValues`
  /// false (chartc's own generated files), the values of the innermost members indexed are
  /// only measured: strings and brackets are followed to find where each value ends, and its
  /// syntax is checked when it is parsed. Everything around them is checked as `parse` does.
  static func members(
    of buffer: UnsafeBufferPointer<UInt8>, in range: Range<Int>?, depth: Int, indexingObjects: Bool,
    checkingValues: Bool = true
  ) throws(SyntaxError) -> Members? {
    let whole = range == nil
    var parser = Parser(
      bytes: buffer, pos: range?.lowerBound ?? 0, end: range?.upperBound ?? buffer.count,
      checkingValues: checkingValues)
    if whole { parser.skipSpace() }
    var members: Members?
    if parser.pos < parser.end, parser.bytes[parser.pos] == UInt8(ascii: "{") {
      var objects: [String: [String: Range<Int>]]? = indexingObjects ? [:] : nil
      let found = try parser.objectMembers(depth: depth, objects: &objects)
      members = Members(members: found, objects: objects ?? [:])
    } else {
      try parser.skip(depth: depth)
    }
    if whole {
      parser.skipSpace()
      if parser.pos != parser.end { throw SyntaxError(offset: parser.pos, message: "trailing data") }
    }
    return members
  }

  private struct Parser {
    let bytes: UnsafeBufferPointer<UInt8>
    var pos: Int
    /// Where the text to read ends (the end of `bytes` for a whole document).
    let end: Int
    /// False: `objectMembers` measures member values with `skipExtent` instead of checking them.
    var checkingValues = true

    mutating func skipSpace() {
      while pos < end,
        bytes[pos] == 0x20 || bytes[pos] == 0x0A || bytes[pos] == 0x0D || bytes[pos] == 0x09
      {
        pos += 1
      }
    }

    func fail(_ message: String) -> SyntaxError { SyntaxError(offset: pos, message: message) }

    /// The code point of a `\uXXXX` escape whose `\u` is read, joined with a following
    /// `\uXXXX` low surrogate when it is a high one (a lone surrogate stays as it is).
    mutating func unicodeEscape() throws(SyntaxError) -> UInt32 {
      let code = try hex4()
      guard code >= 0xD800, code < 0xDC00, pos + 6 <= end, bytes[pos] == UInt8(ascii: "\\"),
        bytes[pos + 1] == UInt8(ascii: "u")
      else { return code }
      let save = pos
      pos += 2
      let low = try hex4()
      guard low >= 0xDC00, low < 0xE000 else {
        pos = save
        return code
      }
      return 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
    }

    /// An object member's key and its `:`, blanks around them skipped; with `skipping`, the
    /// key is only stepped over (the empty string is returned).
    @discardableResult
    mutating func memberKey(skipping: Bool = false) throws(SyntaxError) -> String {
      skipSpace()
      guard pos < end, bytes[pos] == UInt8(ascii: "\"") else { throw fail("expected key") }
      let key: String
      if skipping {
        try skipString()
        key = ""
      } else {
        key = try string()
      }
      skipSpace()
      guard pos < end, bytes[pos] == UInt8(ascii: ":") else { throw fail("expected ':'") }
      pos += 1
      skipSpace()
      return key
    }

    mutating func value(depth: Int) throws(SyntaxError) -> Value {
      guard depth < 512 else { throw fail("nesting too deep") }
      guard pos < end else { throw fail("unexpected end") }
      switch bytes[pos] {
      case UInt8(ascii: "{"):
        pos += 1
        skipSpace()
        if pos < end, bytes[pos] == UInt8(ascii: "}") { pos += 1; return .map(GoMap()) }
        // members first, then the dictionary at its size: no rehashing as it grows
        var members: [(String, Value)] = []
        while true {
          let key = try memberKey()
          members.append((key, try value(depth: depth + 1)))
          if try !moreElements(closing: "}") { break }
        }
        var storage = [String: Value](minimumCapacity: members.count)
        for (key, member) in members { storage[key] = member }  // a repeated key: the last
        return .map(GoMap(storage))
      case UInt8(ascii: "["):
        pos += 1
        var items: [Value] = []
        skipSpace()
        if pos < end, bytes[pos] == UInt8(ascii: "]") { pos += 1; return .list(items) }
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
      guard pos < end else { throw fail("unexpected end") }
      let c = bytes[pos]
      guard c == UInt8(ascii: ",") || c == UInt8(ascii: closing) else {
        throw fail("expected ',' or '\(closing)'")
      }
      pos += 1
      return c == UInt8(ascii: ",")
    }

    mutating func literal(_ word: String) throws(SyntaxError) {
      for b in word.utf8 {
        guard pos < end, bytes[pos] == b else { throw fail("invalid literal") }
        pos += 1
      }
    }

    mutating func number() throws(SyntaxError) -> Value {
      let start = pos
      let isInteger = try scanNumber()
      let text = String(decoding: bytes[start..<pos], as: UTF8.self)
      if isInteger, let i = Int(text) { return .int(i) }
      guard let d = Double(text) else { throw fail("invalid number") }
      return .float(d)
    }

    /// Steps over a number, checking its grammar; whether it is written as an integer.
    mutating func scanNumber() throws(SyntaxError) -> Bool {
      var isInteger = true
      if pos < end, bytes[pos] == UInt8(ascii: "-") { pos += 1 }
      var digits = 0
      while pos < end, bytes[pos] >= 0x30, bytes[pos] <= 0x39 { pos += 1; digits += 1 }
      guard digits > 0 else { throw fail("invalid value") }
      if pos < end, bytes[pos] == UInt8(ascii: ".") {
        isInteger = false
        pos += 1
        var frac = 0
        while pos < end, bytes[pos] >= 0x30, bytes[pos] <= 0x39 { pos += 1; frac += 1 }
        guard frac > 0 else { throw fail("invalid number") }
      }
      if pos < end, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
        isInteger = false
        pos += 1
        if pos < end, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        var exp = 0
        while pos < end, bytes[pos] >= 0x30, bytes[pos] <= 0x39 { pos += 1; exp += 1 }
        guard exp > 0 else { throw fail("invalid number") }
      }
      return isInteger
    }

    mutating func hex4() throws(SyntaxError) -> UInt32 {
      guard pos + 4 <= end else { throw fail("bad escape") }
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
      let start = pos
      // most strings hold no escape: one scan, one copy
      while pos < end, bytes[pos] != UInt8(ascii: "\""), bytes[pos] != UInt8(ascii: "\\") { pos += 1 }
      if pos < end, bytes[pos] == UInt8(ascii: "\"") {
        pos += 1
        return String(decoding: bytes[start..<pos - 1], as: UTF8.self)
      }
      var out = Array(bytes[start..<pos])
      while true {
        guard pos < end else { throw fail("unterminated string") }
        let c = bytes[pos]
        if c == UInt8(ascii: "\"") { pos += 1; break }
        if c == UInt8(ascii: "\\") {
          pos += 1
          guard pos < end else { throw fail("bad escape") }
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
            let scalar = Unicode.Scalar(try unicodeEscape()) ?? "\u{FFFD}"
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

    // MARK: Checking without building values

    /// Steps over one value, checking it as `value(depth:)` does (same errors, same offsets).
    mutating func skip(depth: Int) throws(SyntaxError) {
      guard depth < 512 else { throw fail("nesting too deep") }
      guard pos < end else { throw fail("unexpected end") }
      switch bytes[pos] {
      case UInt8(ascii: "{"):
        pos += 1
        skipSpace()
        if pos < end, bytes[pos] == UInt8(ascii: "}") { pos += 1; return }
        while true {
          try memberKey(skipping: true)
          try skip(depth: depth + 1)
          if try !moreElements(closing: "}") { return }
        }
      case UInt8(ascii: "["):
        pos += 1
        skipSpace()
        if pos < end, bytes[pos] == UInt8(ascii: "]") { pos += 1; return }
        while true {
          skipSpace()
          try skip(depth: depth + 1)
          if try !moreElements(closing: "]") { return }
        }
      case UInt8(ascii: "\""):
        try skipString()
      case UInt8(ascii: "t"):
        try literal("true")
      case UInt8(ascii: "f"):
        try literal("false")
      case UInt8(ascii: "n"):
        try literal("null")
      default:
        _ = try scanNumber()
      }
    }

    /// The members of the object at `pos` with the byte range of each value, every value
    /// checked by `skip`. With `objects` set, the members of each member that is an object
    /// are indexed into it too.
    mutating func objectMembers(depth: Int, objects: inout [String: [String: Range<Int>]]?)
      throws(SyntaxError)
      -> [String: Range<Int>]
    {
      guard depth < 512 else { throw fail("nesting too deep") }
      pos += 1
      var members: [String: Range<Int>] = [:]
      skipSpace()
      if pos < end, bytes[pos] == UInt8(ascii: "}") { pos += 1; return members }
      while true {
        let key = try memberKey()
        let start = pos
        if objects != nil, pos < end, bytes[pos] == UInt8(ascii: "{") {
          var none: [String: [String: Range<Int>]]? = nil
          objects?[key] = try objectMembers(depth: depth + 1, objects: &none)
        } else {
          objects?[key] = nil
          if checkingValues { try skip(depth: depth + 1) } else { try skipExtent(depth: depth + 1) }
        }
        members[key] = start..<pos
        if try !moreElements(closing: "}") { return members }
      }
    }

    /// Steps over a value without checking it: a string to its closing quote, an object or
    /// array to its closing bracket (strings inside stepped over, brackets counted), anything
    /// else to the next delimiter. Throws only when the text ends first or nests too deep.
    mutating func skipExtent(depth: Int) throws(SyntaxError) {
      guard pos < end else { throw fail("unexpected end") }
      let first = bytes[pos]
      guard first == UInt8(ascii: "{") || first == UInt8(ascii: "[") || first == UInt8(ascii: "\"") else {
        while pos < end, !Self.endsScalar(bytes[pos]) { pos += 1 }
        return
      }
      var open = 0
      while pos < end {
        switch bytes[pos] {
        case UInt8(ascii: "\""):
          try skipQuoted()
          if open == 0 { return }
          continue
        case UInt8(ascii: "{"), UInt8(ascii: "["):
          open += 1
          guard depth + open <= 512 else { throw fail("nesting too deep") }
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
          open -= 1
          if open == 0 {
            pos += 1
            return
          }
        default: break
        }
        pos += 1
      }
      throw fail("unexpected end")
    }

    /// Steps over a string to the quote that closes it (one not escaped by an odd run of
    /// backslashes), finding quotes with `ByteSearch` (memchr).
    private mutating func skipQuoted() throws(SyntaxError) {
      let text = UnsafeBufferPointer(rebasing: bytes[..<end])
      var from = pos + 1
      while let quote = ByteSearch.offset(of: UInt8(ascii: "\""), in: text, from: from) {
        var backslashes = 0
        while quote - backslashes - 1 > pos, bytes[quote - backslashes - 1] == UInt8(ascii: "\\") {
          backslashes += 1
        }
        if backslashes % 2 == 0 {
          pos = quote + 1
          return
        }
        from = quote + 1
      }
      throw fail("unterminated string")
    }

    private static func endsScalar(_ b: UInt8) -> Bool {
      b == UInt8(ascii: ",") || b == UInt8(ascii: "}") || b == UInt8(ascii: "]") || b == 0x20 || b == 0x0A
        || b == 0x0D || b == 0x09
    }

    /// Steps over a string, checking its escapes as `string()` does.
    mutating func skipString() throws(SyntaxError) {
      pos += 1  // opening quote
      while true {
        while pos < end, bytes[pos] != UInt8(ascii: "\""), bytes[pos] != UInt8(ascii: "\\") { pos += 1 }
        guard pos < end else { throw fail("unterminated string") }
        if bytes[pos] == UInt8(ascii: "\"") { pos += 1; return }
        pos += 1
        guard pos < end else { throw fail("bad escape") }
        let e = bytes[pos]
        pos += 1
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"), UInt8(ascii: "f"),
          UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
          continue
        case UInt8(ascii: "u"):
          _ = try unicodeEscape()
        default: throw fail("bad escape")
        }
      }
    }
  }
}
