import Values

/// A TOML parse error in BurntSushi/toml's words: `toml: line 1 (last key "a"): unexpected
/// EOF; expected value`.
public struct TOMLParseError: Error, Equatable {
  let line: Int
  let lastKey: String
  let message: String

  public var text: String {
    lastKey.isEmpty
      ? "toml: line \(line): \(message)"
      : "toml: line \(line) (last key \(GoStrconv.quote(lastKey))): \(message)"
  }
}

/// `toml.Decode(str, &map[string]interface{})` of BurntSushi/toml v1.6.0 (TOML 1.1:
/// newlines and trailing commas in inline tables, `\e` and `\xHH` escapes, times without
/// seconds). Integers decode to `int64`, floats to `float64`, date-times to `time.Time`
/// (local kinds in the zones `datetime-local`, `date-local`, `time-local`), arrays of
/// tables to `[]map[string]interface {}`.
public struct TOMLParser {
  private let s: [UInt8]
  private var i = 0
  private var line = 1
  private let root = TOMLTable()
  /// The table headers' key (`[a.b]` → a, b): where key/value lines go.
  private var context: [String] = []
  /// The key of the key/value line being parsed (for `last key` in errors).
  private var currentKey: [String] = []
  /// The table the key/value line being parsed belongs to.
  private var keyBase: [String] = []
  private var implicit: Set<[String]> = []
  private var depth = 0
  private static let maxDepth = 500

  public static func parse(_ text: String) throws(TOMLParseError) -> GoMap {
    var bytes = Array(text.utf8)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      bytes.removeFirst(3)
    } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      bytes.removeFirst(2)
    }
    if bytes.prefix(6).contains(0) {
      throw TOMLParseError(
        line: 1, lastKey: "",
        message: "files cannot contain NULL bytes; probably using UTF-16; TOML files must be UTF-8")
    }
    var p = TOMLParser(s: bytes)
    try p.document()
    return p.root.goMap
  }

  private init(s: [UInt8]) { self.s = s }

  // MARK: Errors

  private var lastKey: String {
    if currentKey.isEmpty { return context.isEmpty ? "" : TOMLEncoder.keyString(context) }
    return (keyBase.isEmpty ? "" : TOMLEncoder.keyString(keyBase) + ".") + currentKey.joined(separator: ".")
  }

  private func fail(_ message: String, line: Int? = nil) -> TOMLParseError {
    TOMLParseError(line: line ?? self.line, lastKey: lastKey, message: message)
  }

  private func eofFail(_ message: String) -> TOMLParseError {
    fail(message, line: s.last == 0x0A ? max(1, line - 1) : line)
  }

  private static func hex2(_ r: UInt32) -> String {
    let h = String(r, radix: 16)
    return h.count < 2 ? "0" + h : h
  }

  /// The rune at the cursor (0 at the end of the input).
  private var rune: UInt32 {
    guard i < s.count else { return 0 }
    var it = s[i...].makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let u) = decoder.decode(&it) { return u.value }
    return 0xFFFD
  }

  // MARK: Characters

  private var atEnd: Bool { i >= s.count }
  private var peek: UInt8 { i < s.count ? s[i] : 0 }
  private func peek(_ off: Int) -> UInt8 { i + off < s.count ? s[i + off] : 0 }

  /// Steps over `b` when it comes next.
  private mutating func consume(_ b: UInt8) -> Bool {
    guard peek == b, !atEnd else { return false }
    i += 1
    return true
  }

  private mutating func skipSpaces() {
    while i < s.count, s[i] == 0x20 || s[i] == 0x09 { i += 1 }
  }

  private var atNewline: Bool { peek == 0x0A || (peek == 0x0D && peek(1) == 0x0A) }

  private mutating func consumeNewline() {
    if peek == 0x0D { i += 1 }
    i += 1
    line += 1
  }

  private static func isControl(_ b: UInt8) -> Bool { (b < 0x20 && b != 0x09) || b == 0x7F }

  private func controlError(_ b: UInt8) -> TOMLParseError {
    fail("TOML files cannot contain control characters: '0x" + Self.hex2(UInt32(b)) + "'")
  }

  private mutating func comment() throws(TOMLParseError) {
    // at '#'
    while i < s.count, !atNewline {
      if Self.isControl(s[i]) { throw controlError(s[i]) }
      i += 1
    }
  }

  /// Whitespace, newlines and comments (inside arrays and inline tables).
  private mutating func skipBlank() throws(TOMLParseError) {
    while true {
      skipSpaces()
      if peek == UInt8(ascii: "#") {
        try comment()
      } else if atNewline {
        consumeNewline()
      } else {
        return
      }
    }
  }

  private static func isBareKeyChar(_ b: UInt8) -> Bool {
    switch b {
    case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
      UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
      return true
    default: return false
    }
  }

  // MARK: Document

  private mutating func document() throws(TOMLParseError) {
    while true {
      skipSpaces()
      if atEnd { return }
      if atNewline {
        consumeNewline()
        continue
      }
      let b = peek
      if b == UInt8(ascii: "#") {
        try comment()
        continue
      }
      if b == UInt8(ascii: "[") {
        try tableHeader()
      } else {
        try keyValueLine()
      }
      try endOfItem()
    }
  }

  private mutating func endOfItem() throws(TOMLParseError) {
    skipSpaces()
    if atEnd || atNewline { return }
    if peek == UInt8(ascii: "#") {
      try comment()
      return
    }
    if Self.isControl(peek) { throw controlError(peek) }
    throw fail(
      "expected a top-level item to end with a newline, comment, or EOF, but got \(GoStrconv.quoteRune(rune)) instead"
    )
  }

  private mutating func tableHeader() throws(TOMLParseError) {
    i += 1
    let isArray = peek == UInt8(ascii: "[")
    if isArray { i += 1 }
    var key: [String] = []
    while true {
      skipSpaces()
      if peek == UInt8(ascii: "]") && key.isEmpty {
        throw fail("unexpected end of table name (table names cannot be empty)")
      }
      key.append(try keyPart(inHeader: true))
      skipSpaces()
      if consume(UInt8(ascii: ".")) { continue }
      if consume(UInt8(ascii: "]")) { break }
      if atNewline {
        consumeNewline()
        throw fail("expected '.' or ']' to end table name, but got '\\n' instead")
      }
      throw fail("expected '.' or ']' to end table name, but got \(GoStrconv.quoteRune(rune)) instead")
    }
    if isArray {
      if peek != UInt8(ascii: "]") {
        throw fail(
          "expected end of table array name delimiter ']', but got \(GoStrconv.quoteRune(rune)) instead")
      }
      i += 1
    }
    try addContext(key, array: isArray)
  }

  /// One part of a key: bare, "basic" or 'literal'.
  private mutating func keyPart(inHeader: Bool, afterDot: Bool = false) throws(TOMLParseError) -> String {
    let b = peek
    if b == UInt8(ascii: "\"") {
      i += 1
      return try basicString()
    }
    if b == UInt8(ascii: "'") {
      i += 1
      return try literalString()
    }
    let start = i
    while i < s.count, Self.isBareKeyChar(s[i]) { i += 1 }
    if i == start {
      if inHeader, atEnd || b == UInt8(ascii: "]") {
        throw fail("unexpected end of table name (table names cannot be empty)")
      }
      if !inHeader, afterDot, atEnd || b == UInt8(ascii: "=") { throw fail("unexpected '='") }
    }
    return String(decoding: s[start..<i], as: UTF8.self)
  }

  /// `a.b = value` (at the top level or inside an inline table).
  private mutating func dottedKey() throws(TOMLParseError) -> [String] {
    var key: [String] = []
    if peek == UInt8(ascii: "=") { throw fail("unexpected '=': key name appears blank") }
    while true {
      skipSpaces()
      key.append(try keyPart(inHeader: false, afterDot: !key.isEmpty))
      skipSpaces()
      if consume(UInt8(ascii: ".")) { continue }
      if consume(UInt8(ascii: "=")) { return key }
      if atEnd { throw eofFail("unexpected EOF; expected key separator '='") }
      throw fail("expected '.' or '=', but got \(GoStrconv.quoteRune(rune)) instead")
    }
  }

  private mutating func keyValueLine() throws(TOMLParseError) {
    let outer = context
    let key = try dottedKey()
    currentKey = key
    keyBase = outer
    let dottedLine = line
    for n in 0..<(key.count - 1) {
      let implicitKey = context + key[n...n]
      implicit.insert(implicitKey)
      try addContext(implicitKey, array: false, errorLine: dottedLine)
    }
    skipSpaces()
    let node = try value()
    try setValue(key[key.count - 1], node)
    skipSpaces()
    if i < s.count, Self.isControl(s[i]), !atNewline { throw controlError(s[i]) }
    context = outer
    currentKey = []
  }

  // MARK: The table tree (BurntSushi's addContext / setValue rules)

  private mutating func table(at key: [String], creating: Bool) throws(TOMLParseError) -> TOMLTable {
    var hash = root
    var walked: [String] = []
    for k in key {
      walked.append(k)
      if hash.entries[k] == nil, creating {
        implicit.insert(walked)
        hash.entries[k] = .table(TOMLTable())
      }
      switch hash.entries[k] {
      case .table(let t): hash = t
      case .tableArray(let a):
        guard let last = a.tables.last else {
          throw fail("Key '\(TOMLEncoder.keyString(walked))' has already been defined.")
        }
        hash = last
      default:
        throw fail(
          creating
            ? "Key '\(TOMLEncoder.keyString(walked))' was already created as a hash."
            : "Key '\(TOMLEncoder.keyString(walked))' has already been defined.")
      }
    }
    return hash
  }

  private mutating func addContext(_ key: [String], array: Bool, errorLine: Int? = nil) throws(TOMLParseError)
  {
    let parent = Array(key.dropLast())
    let hash = try table(at: parent, creating: true)
    let last = key[key.count - 1]
    if array {
      switch hash.entries[last] {
      case nil:
        let a = TOMLTableArray()
        a.tables.append(TOMLTable())
        hash.entries[last] = .tableArray(a)
      case .tableArray(let a):
        a.tables.append(TOMLTable())
      default:
        context = parent
        throw fail("Key '\(TOMLEncoder.keyString(key))' was already created and cannot be used as an array.")
      }
    } else {
      let saved = context
      context = parent
      if currentKey.isEmpty {
        try setValue(last, .table(TOMLTable()), in: hash)
      } else {
        do {
          try setValue(last, .table(TOMLTable()), in: hash)
        } catch {
          context = saved
          throw error
        }
      }
    }
    context = key
  }

  private mutating func setValue(_ key: String, _ node: TOMLNode) throws(TOMLParseError) {
    let hash = try table(at: context, creating: false)
    try setValue(key, node, in: hash)
  }

  private mutating func setValue(_ key: String, _ node: TOMLNode, in hash: TOMLTable) throws(TOMLParseError) {
    let full = context + [key]
    if hash.entries[key] != nil {
      if implicit.contains(full) {
        implicit.remove(full)
        return
      }
      throw fail("Key '\(TOMLEncoder.keyString(full))' has already been defined.")
    }
    hash.entries[key] = node
  }

  // MARK: Values

  private mutating func value() throws(TOMLParseError) -> TOMLNode {
    depth += 1
    defer { depth -= 1 }
    if depth > Self.maxDepth { throw fail("nesting too deep") }
    if atEnd { throw eofFail("unexpected EOF; expected value") }
    let b = peek
    switch b {
    case UInt8(ascii: "\""), UInt8(ascii: "'"):
      // basic (`"`) or literal (`'`), single-line or, after three quotes, multi-line
      let basic = b == UInt8(ascii: "\"")
      if peek(1) == b && peek(2) == b {
        i += 3
        return .scalar(.string(try multilineString(basic: basic)))
      }
      i += 1
      return .scalar(.string(try basic ? basicString() : literalString()))
    case UInt8(ascii: "["):
      i += 1
      return try array()
    case UInt8(ascii: "{"):
      i += 1
      return try inlineTable()
    case UInt8(ascii: "."):
      throw fail("floats must start with a digit, not '.'")
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "i"),
      UInt8(ascii: "n"):
      return try numberOrDate()
    default:
      if atNewline { throw fail("expected value but found '\\n' instead") }
      if Self.isControl(b) { throw controlError(b) }
      if s[i...].starts(with: "true".utf8) {
        i += 4
        return .scalar(.bool(true))
      }
      if s[i...].starts(with: "false".utf8) {
        i += 5
        return .scalar(.bool(false))
      }
      let start = i
      while i < s.count, (s[i] | 0x20) >= UInt8(ascii: "a"), (s[i] | 0x20) <= UInt8(ascii: "z") { i += 1 }
      let word = String(decoding: s[start..<i], as: UTF8.self)
      if word.isEmpty { throw fail("expected value but found \(GoStrconv.quoteRune(rune)) instead") }
      throw fail("expected value but found \(GoStrconv.quote(word)) instead")
    }
  }

  private mutating func array() throws(TOMLParseError) -> TOMLNode {
    var items: [TOMLNode] = []
    while true {
      try skipBlank()
      if peek == UInt8(ascii: "]") {
        i += 1
        break
      }
      if peek == UInt8(ascii: ",") { throw fail("unexpected comma") }
      items.append(try value())
      try skipBlank()
      if peek == UInt8(ascii: ",") {
        i += 1
        continue
      }
      if peek == UInt8(ascii: "]") {
        i += 1
        break
      }
      if atEnd { throw eofFail("expected a comma (',') or array terminator (']'), but got end of file") }
      throw fail("expected a comma (',') or array terminator (']'), but got \(GoStrconv.quoteRune(rune))")
    }
    return .array(items)
  }

  private mutating func inlineTable() throws(TOMLParseError) -> TOMLNode {
    let table = TOMLTable()
    let outerContext = context
    let outerKey = currentKey
    var defined: Set<[String]> = []
    var subtables: Set<[String]> = []
    while true {
      try skipBlank()
      if peek == UInt8(ascii: "}") {
        i += 1
        break
      }
      if atEnd { throw eofFail("unexpected EOF; expected '}'") }
      if peek == UInt8(ascii: ",") { throw fail("unexpected comma") }
      let key = try dottedKey()
      context = outerContext + outerKey
      let outerBase = keyBase
      keyBase = context
      currentKey = key
      defer { keyBase = outerBase }
      skipSpaces()
      let node = try value()
      var hash = table
      for n in 0..<(key.count - 1) {
        let path = Array(key[0...n])
        subtables.insert(path)
        if hash.entries[key[n]] == nil { hash.entries[key[n]] = .table(TOMLTable()) }
        guard case .table(let t) = hash.entries[key[n]] else {
          throw fail("Key '\(TOMLEncoder.keyString(context + path))' has already been defined.")
        }
        hash = t
      }
      if defined.contains(key) || subtables.contains(key) || hash.entries[key[key.count - 1]] != nil {
        throw fail("Key '\(TOMLEncoder.keyString(context + key))' has already been defined.")
      }
      defined.insert(key)
      hash.entries[key[key.count - 1]] = node
      try skipBlank()
      if atEnd {
        throw eofFail("expected a comma or an inline table terminator '}', but got end of file instead")
      }
      if peek != UInt8(ascii: ",") && peek != UInt8(ascii: "}") {
        throw fail(
          "expected a comma or an inline table terminator '}', but got \(GoStrconv.quoteRune(rune)) instead")
      }
      context = outerContext
      currentKey = outerKey
      i += 1
      if s[i - 1] == UInt8(ascii: "}") { break }
    }
    return .table(table)
  }

  // MARK: Strings

  private mutating func basicString() throws(TOMLParseError) -> String {
    var out: [UInt8] = []
    while true {
      if atEnd { throw eofFail("unexpected EOF; expected '\"'") }
      let b = s[i]
      if b == UInt8(ascii: "\"") {
        i += 1
        return String(decoding: out, as: UTF8.self)
      }
      if b == 0x0A || (b == 0x0D && peek(1) == 0x0A) { throw fail("strings cannot contain newlines") }
      if Self.isControl(b) { throw controlError(b) }
      if b == UInt8(ascii: "\\") {
        try escape(into: &out)
        continue
      }
      out.append(b)
      i += 1
    }
  }

  private mutating func literalString() throws(TOMLParseError) -> String {
    let start = i
    while true {
      if atEnd { throw eofFail("unexpected EOF; expected \"'\"") }
      let b = s[i]
      if b == UInt8(ascii: "'") {
        i += 1
        return String(decoding: s[start..<(i - 1)], as: UTF8.self)
      }
      if b == 0x0A || (b == 0x0D && peek(1) == 0x0A) { throw fail("strings cannot contain newlines") }
      if Self.isControl(b) { throw controlError(b) }
      i += 1
    }
  }

  /// A multi-line string after its opening `"""` (basic: backslash escapes and line-ending
  /// backslashes) or `'''` (literal: as written), up to the closing delimiter; up to two more
  /// quotes before it belong to the string.
  private mutating func multilineString(basic: Bool) throws(TOMLParseError) -> String {
    let quote = basic ? UInt8(ascii: "\"") : UInt8(ascii: "'")
    var out: [UInt8] = []
    if atNewline { consumeNewline() }
    while true {
      if atEnd {
        throw eofFail(basic ? "unexpected EOF; expected '\"\"\"'" : "unexpected EOF; expected \"'''\"")
      }
      let b = s[i]
      if b == quote && peek(1) == b && peek(2) == b {
        var n = 3
        while peek(n) == b { n += 1 }
        if n > 5 { throw fail("unexpected '\(String(repeating: Character(Unicode.Scalar(b)), count: n))'") }
        out += Array(repeating: b, count: n - 3)
        i += n
        return String(decoding: out, as: UTF8.self)
      }
      if atNewline {
        if peek == 0x0D { out.append(0x0D) }
        out.append(0x0A)
        consumeNewline()
        continue
      }
      if basic && b == UInt8(ascii: "\\") {
        var j = i + 1
        while j < s.count, s[j] == 0x20 || s[j] == 0x09 { j += 1 }
        if j < s.count, s[j] == 0x0A || (s[j] == 0x0D && j + 1 < s.count && s[j + 1] == 0x0A) {
          i = j
          while true {
            skipSpaces()
            if atNewline { consumeNewline() } else { break }
          }
          continue
        }
        try escape(into: &out)
        continue
      }
      if Self.isControl(b) { throw controlError(b) }
      out.append(b)
      i += 1
    }
  }

  private mutating func escape(into out: inout [UInt8]) throws(TOMLParseError) {
    i += 1  // the backslash
    let c = peek
    i += 1
    switch c {
    case UInt8(ascii: "b"): out.append(0x08)
    case UInt8(ascii: "t"): out.append(0x09)
    case UInt8(ascii: "n"): out.append(0x0A)
    case UInt8(ascii: "f"): out.append(0x0C)
    case UInt8(ascii: "r"): out.append(0x0D)
    case UInt8(ascii: "e"): out.append(0x1B)
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): out.append(c)
    case UInt8(ascii: "x"): try hexEscape(2, "x", "two", into: &out)
    case UInt8(ascii: "u"): try hexEscape(4, "u", "four", into: &out)
    case UInt8(ascii: "U"): try hexEscape(8, "U", "eight", into: &out)
    default:
      if c == 0 && i > s.count { throw eofFail("unexpected EOF; expected '\"'") }
      i -= 1
      let r = rune
      let text = r == 0 ? "" : (Unicode.Scalar(r).map { String(Character($0)) } ?? "")
      throw fail("invalid escape in string '\\\(text)'")
    }
  }

  private mutating func hexEscape(_ n: Int, _ letter: String, _ count: String, into out: inout [UInt8])
    throws(TOMLParseError)
  {
    let start = i
    var v: UInt32 = 0
    for _ in 0..<n {
      guard i < s.count, let d = Self.hexValue(s[i]) else {
        let got = "\\" + letter + String(decoding: s[start..<min(start + n, s.count)], as: UTF8.self)
        throw fail(
          "expected \(count) hexadecimal digits after '\\\(letter)', but got \(GoStrconv.quote(got)) instead")
      }
      v = v &* 16 &+ d
      i += 1
    }
    guard let scalar = Unicode.Scalar(v) else {
      throw fail(
        "Escaped character '\\u\(String(decoding: s[start..<i], as: UTF8.self))' is not valid UTF-8.")
    }
    out += Array(String(Character(scalar)).utf8)
  }

  private static func hexValue(_ b: UInt8) -> UInt32? {
    switch b {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(b - 48)
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return UInt32(b - 87)
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return UInt32(b - 55)
    default: return nil
    }
  }

  // MARK: Numbers and date-times

  private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

  private func looksLikeDate(at j: Int) -> Bool {
    // dddd-  or  dd:
    var k = j
    while k < s.count, Self.isDigit(s[k]) { k += 1 }
    let n = k - j
    guard k < s.count else { return false }
    return (n == 4 && s[k] == UInt8(ascii: "-")) || (n == 2 && s[k] == UInt8(ascii: ":"))
  }

  private mutating func numberOrDate() throws(TOMLParseError) -> TOMLNode {
    let start = i
    if Self.isDigit(peek) && looksLikeDate(at: i) { return try dateTime() }
    var j = i
    if s[j] == UInt8(ascii: "+") || s[j] == UInt8(ascii: "-") { j += 1 }
    for word in ["inf", "nan"] where s[j...].starts(with: word.utf8) {
      i = j + 3
      let text = String(decoding: s[start..<i], as: UTF8.self)
      var f: Double = word == "inf" ? .infinity : .nan
      if s[start] == UInt8(ascii: "-") { f = -f }
      if word == "nan" && s[start] == UInt8(ascii: "-") { f = -Double.nan }
      _ = text
      return .scalar(.float(f))
    }
    guard j < s.count, Self.isDigit(s[j]) else {
      if j < s.count, s[j] == UInt8(ascii: ".") { throw fail("floats must start with a digit, not '.'") }
      if j > start {
        i = j
        throw fail("expected a digit but got \(GoStrconv.quoteRune(rune))")
      }
      let wordStart = start
      i = j
      while i < s.count, Self.isBareKeyChar(s[i]) { i += 1 }
      if i == wordStart { throw fail("expected value but found \(GoStrconv.quoteRune(rune)) instead") }
      throw fail(
        "expected value but found \(GoStrconv.quote(String(decoding: s[wordStart..<i], as: UTF8.self))) instead"
      )
    }
    // Prefixed integers.
    if s[j] == UInt8(ascii: "0"), j + 1 < s.count,
      [UInt8(ascii: "x"), UInt8(ascii: "o"), UInt8(ascii: "b")].contains(s[j + 1])
    {
      if j > start {
        throw fail(
          "cannot use sign with non-decimal numbers: '\(String(decoding: s[start...(j + 1)], as: UTF8.self))'"
        )
      }
      let radix: Int = peek(1) == UInt8(ascii: "x") ? 16 : peek(1) == UInt8(ascii: "o") ? 8 : 2
      i += 2
      func valid(_ b: UInt8) -> Bool {
        guard let d = Self.hexValue(b) else { return false }
        return Int(d) < radix
      }
      guard i < s.count, valid(s[i]) else {
        let name = radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary"
        let end = i < s.count ? i + 1 : i
        throw fail(
          "not a\(radix == 8 ? "n" : "") \(name) number: '\(String(decoding: s[start..<end], as: UTF8.self))'"
        )
      }
      while i < s.count, valid(s[i]) || s[i] == UInt8(ascii: "_") { i += 1 }
      let text = String(decoding: s[start..<i], as: UTF8.self)
      return .scalar(.int64(try integer(text, radix: radix, digits: String(text.dropFirst(2)))))
    }
    i = j
    var isFloat = false
    while i < s.count {
      let b = s[i]
      if Self.isDigit(b) || b == UInt8(ascii: "_") {
        i += 1
      } else if b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
        isFloat = true
        i += 1
      } else if (b == UInt8(ascii: "+") || b == UInt8(ascii: "-")) && (s[i - 1] | 0x20) == UInt8(ascii: "e") {
        i += 1
      } else {
        break
      }
    }
    let text = String(decoding: s[start..<i], as: UTF8.self)
    if isFloat { return .scalar(.float(try float(text))) }
    return .scalar(.int64(try integer(text, radix: 10, digits: text)))
  }

  private static func underscoresOK(_ s: Substring) -> Bool {
    var accept = false
    for c in s.utf8 {
      if c == UInt8(ascii: "_") && !accept { return false }
      accept = hexValue(c) != nil
    }
    return accept
  }

  private static func hasLeadingZero(_ s: Substring) -> Bool {
    let b = Array(s.utf8)
    if b.count > 1 && b[0] == UInt8(ascii: "0")
      && !(b[1] == UInt8(ascii: "b") || b[1] == UInt8(ascii: "o") || b[1] == UInt8(ascii: "x"))
    {
      return true
    }
    if b.count > 2 && (b[0] == UInt8(ascii: "-") || b[0] == UInt8(ascii: "+")) && b[1] == UInt8(ascii: "0") {
      return true
    }
    return false
  }

  private func integer(_ text: String, radix: Int, digits: String) throws(TOMLParseError) -> Int64 {
    if !Self.underscoresOK(Substring(text)) {
      throw fail("Invalid integer \(GoStrconv.quote(text)): underscores must be surrounded by digits")
    }
    if Self.hasLeadingZero(Substring(text)) {
      throw fail("Invalid integer \(GoStrconv.quote(text)): cannot have leading zeroes")
    }
    let clean = digits.replacingOccurrences(of: "_", with: "")
    var body = Substring(clean)
    var negative = false
    if radix == 10, let f = body.first, f == "+" || f == "-" {
      negative = f == "-"
      body = body.dropFirst()
    }
    guard !body.isEmpty, body.allSatisfy({ $0.isHexDigit }) else {
      throw fail("Invalid integer value: \(GoStrconv.quote(text))")
    }
    guard let magnitude = UInt64(body, radix: radix) else { throw fail("\(text) is out of range for int64") }
    if negative {
      if magnitude > UInt64(Int64.max) + 1 { throw fail("\(text) is out of range for int64") }
      return magnitude == UInt64(Int64.max) + 1 ? Int64.min : -Int64(magnitude)
    }
    if magnitude > UInt64(Int64.max) { throw fail("\(text) is out of range for int64") }
    return Int64(magnitude)
  }

  private func float(_ text: String) throws(TOMLParseError) -> Double {
    let parts = text.split(whereSeparator: { $0 == "." || $0 == "e" || $0 == "E" })
    for part in parts where !Self.underscoresOK(part) {
      throw fail("Invalid float \(GoStrconv.quote(text)): underscores must be surrounded by digits")
    }
    if let first = parts.first, Self.hasLeadingZero(first) {
      throw fail("Invalid float \(GoStrconv.quote(text)): cannot have leading zeroes")
    }
    var period = false
    for c in text.utf8 {
      if period && !Self.isDigit(c) {
        throw fail("Invalid float \(GoStrconv.quote(text)): '.' must be followed by one or more digits")
      }
      period = c == UInt8(ascii: ".")
    }
    if period {
      throw fail("Invalid float \(GoStrconv.quote(text)): '.' must be followed by one or more digits")
    }
    let clean = text.replacingOccurrences(of: "_", with: "")
    guard let v = GoStrconvParsing.parseFloat(clean) else {
      if let d = Double(clean), d.isInfinite { throw fail("\(text) is out of range for float64") }
      throw fail("Invalid float value: \(GoStrconv.quote(text))")
    }
    return v
  }

  private mutating func dateTime() throws(TOMLParseError) -> TOMLNode {
    let start = i
    func isDateChar(_ b: UInt8) -> Bool {
      Self.isDigit(b) || b == UInt8(ascii: "-") || b == UInt8(ascii: ":") || b == UInt8(ascii: ".")
        || b == UInt8(ascii: "+") || b == UInt8(ascii: "T") || b == UInt8(ascii: "t")
        || b == UInt8(ascii: "Z")
        || b == UInt8(ascii: "z")
    }
    while i < s.count, isDateChar(s[i]) { i += 1 }
    // "1979-05-27 07:32:00": a space between a full date and a time.
    if i - start == 10, peek == 0x20, Self.isDigit(peek(1)), Self.isDigit(peek(2)),
      peek(3) == UInt8(ascii: ":")
    {
      i += 1
      while i < s.count, isDateChar(s[i]) { i += 1 }
    }
    var text = String(decoding: s[start..<i], as: UTF8.self)
    text = String(
      text.map { c -> Character in
        switch c {
        case "z": return "Z"
        case "t", " ": return "T"
        default: return c
        }
      })
    let kinds: [(String, GoLocation)] = [
      ("2006-01-02T15:04:05.999999999Z07:00", .local),
      ("2006-01-02T15:04:05.999999999", Self.localDatetime),
      ("2006-01-02", Self.localDate),
      ("15:04:05.999999999", Self.localTime),
      ("2006-01-02T15:04Z07:00", .local),
      ("2006-01-02T15:04", Self.localDatetime),
      ("15:04", Self.localTime),
    ]
    for (layout, zone) in kinds {
      guard let t = try? GoTimeLayout.parse(layout, text, in: zone) else { continue }
      if Self.missingLeadingZero(Array(text.utf8), Array(layout.utf8)) {
        throw fail("invalid datetime: \(GoStrconv.quote(text))")
      }
      return .scalar(.object(t))
    }
    throw fail("invalid datetime: \(GoStrconv.quote(text))")
  }

  private static func missingLeadingZero(_ d: [UInt8], _ l: [UInt8]) -> Bool {
    for (n, c) in l.enumerated() {
      if c == UInt8(ascii: ".") || c == UInt8(ascii: "Z") { return false }
      if !isDigit(c) && (n >= d.count || d[n] != c) { return true }
    }
    return false
  }

  static let localDatetime = GoLocation.fixed("datetime-local", 0)
  static let localDate = GoLocation.fixed("date-local", 0)
  static let localTime = GoLocation.fixed("time-local", 0)
}
