import Values

/// A TOML v1.0 reader producing what BurntSushi/toml's `Unmarshal` into
/// `map[string]interface{}` produces: tables as maps, integers as int64, floats,
/// strings, booleans, date-times as `time.Time`, arrays as lists. Errors read as
/// BurntSushi's: `toml: line N (last key "k"): MESSAGE`.
struct TOMLDecoder {
  struct DecodeError: Error {
    let message: String
  }

  private let s: [Unicode.Scalar]
  private var i = 0
  private var line = 1
  private var lastKey = ""
  private let root = GoMap()
  /// Tables defined by a header (or implicitly), and which came from `[[...]]`.
  private var explicitTables = Set<ObjectIdentifier>()
  private var inlineTables = Set<ObjectIdentifier>()
  private var tableArrays = [ObjectIdentifier: [Value]]()

  static func decode(_ text: String) throws -> GoMap {
    var d = TOMLDecoder(s: Array(text.unicodeScalars))
    try d.document()
    return d.root
  }

  private init(s: [Unicode.Scalar]) { self.s = s }

  private func fail(_ message: String) -> DecodeError {
    if lastKey.isEmpty { return DecodeError(message: "toml: line \(line): \(message)") }
    return DecodeError(message: "toml: line \(line) (last key \(GoStrconv.quote(lastKey))): \(message)")
  }

  /// Go's `%q` of a rune: `'b'`, `'\n'`.
  static func quoteRune(_ c: Unicode.Scalar) -> String {
    if c == "\"" { return "'\"'" }
    if c == "'" { return "'\\''" }
    return "'" + GoStrconv.quote(String(c)).dropFirst().dropLast() + "'"
  }

  private var atEnd: Bool { i >= s.count }
  private var peek: Unicode.Scalar? { i < s.count ? s[i] : nil }

  private mutating func advance() -> Unicode.Scalar? {
    guard i < s.count else { return nil }
    let c = s[i]
    i += 1
    if c == "\n" { line += 1 }
    return c
  }

  private mutating func skipSpaces() {
    while let c = peek, c == " " || c == "\t" { i += 1 }
  }

  private mutating func skipComment() {
    if peek == "#" { while let c = peek, c != "\n" { i += 1 } }
  }

  /// Blank lines, comments and newlines (inside arrays).
  private mutating func skipWhitespaceAndComments() {
    while let c = peek {
      if c == " " || c == "\t" || c == "\r" {
        i += 1
      } else if c == "\n" {
        _ = advance()
      } else if c == "#" {
        skipComment()
      } else {
        break
      }
    }
  }

  private mutating func endOfLine() throws {
    skipSpaces()
    skipComment()
    if peek == "\r" { i += 1 }
    guard let c = peek else { return }
    if c != "\n" { throw fail("expected a top-level item to end with a newline, comment, or EOF, but got \(Self.quoteRune(c)) instead") }
    _ = advance()
  }

  private mutating func document() throws {
    var current = root
    while true {
      skipWhitespaceAndComments()
      guard let c = peek else { return }
      if c == "[" {
        i += 1
        let isArray = peek == "["
        if isArray { i += 1 }
        skipSpaces()
        let key = try keyPath()
        skipSpaces()
        guard advance() == "]", !isArray || advance() == "]" else { throw fail("expected ']' to close table name") }
        lastKey = ""
        current = isArray ? try appendTableArray(key) : try defineTable(key)
        try endOfLine()
      } else {
        try keyValue(into: current)
        lastKey = ""
        try endOfLine()
      }
    }
  }

  private mutating func keyPath() throws -> [String] {
    var parts: [String] = []
    while true {
      skipSpaces()
      parts.append(try simpleKey())
      skipSpaces()
      if peek == "." { i += 1; continue }
      return parts
    }
  }

  private mutating func simpleKey() throws -> String {
    guard let c = peek else { throw fail("unexpected EOF; expected key name") }
    if c == "\"" { i += 1; return try basicString() }
    if c == "'" { i += 1; return try literalString() }
    var key = ""
    while let c = peek, ("A"..."Z").contains(c) || ("a"..."z").contains(c) || ("0"..."9").contains(c) || c == "_" || c == "-" {
      key.unicodeScalars.append(c)
      i += 1
    }
    if key.isEmpty {
      if c == "=" { throw fail("unexpected '=': key name appears blank") }
      throw fail("bare keys cannot contain \(Self.quoteRune(c))")
    }
    return key
  }

  /// The table at `path`, creating intermediate tables; the last must not be defined yet.
  private mutating func defineTable(_ path: [String]) throws -> GoMap {
    var table = root
    for (n, part) in path.enumerated() {
      if let existing = table[part] {
        switch existing {
        case .map(let m):
          if n == path.count - 1 {
            if explicitTables.contains(ObjectIdentifier(m)) || inlineTables.contains(ObjectIdentifier(m)) {
              throw fail("Key '\(path.joined(separator: "."))' has already been defined.")
            }
            explicitTables.insert(ObjectIdentifier(m))
          }
          table = m
        case .list(let items):
          guard case .map(let m)? = items.last else { throw fail("Key '\(path[...n].joined(separator: "."))' has already been defined.") }
          table = m
        default:
          throw fail("Key '\(path[...n].joined(separator: "."))' has already been defined.")
        }
      } else {
        let m = GoMap()
        table[part] = .map(m)
        if n == path.count - 1 { explicitTables.insert(ObjectIdentifier(m)) }
        table = m
      }
    }
    return table
  }

  private mutating func appendTableArray(_ path: [String]) throws -> GoMap {
    let parent = try path.count > 1 ? intermediate(Array(path.dropLast())) : root
    let name = path[path.count - 1]
    let element = GoMap()
    switch parent[name] {
    case nil:
      parent[name] = .list([.map(element)])
    case .list(let items)?:
      parent[name] = .list(items + [.map(element)])
    default:
      throw fail("Key '\(path.joined(separator: "."))' has already been defined.")
    }
    return element
  }

  private mutating func intermediate(_ path: [String]) throws -> GoMap {
    var table = root
    for (n, part) in path.enumerated() {
      switch table[part] {
      case nil:
        let m = GoMap()
        table[part] = .map(m)
        table = m
      case .map(let m)?:
        table = m
      case .list(let items)?:
        guard case .map(let m)? = items.last else { throw fail("Key '\(path[...n].joined(separator: "."))' has already been defined.") }
        table = m
      default:
        throw fail("Key '\(path[...n].joined(separator: "."))' has already been defined.")
      }
    }
    return table
  }

  private mutating func keyValue(into table: GoMap) throws {
    let path = try keyPath()
    lastKey = path.joined(separator: ".")
    skipSpaces()
    guard advance() == "=" else {
      throw fail("expected key separator '=', but got \(GoStrconv.quote(String(s[max(0, i - 1)]))) instead")
    }
    skipSpaces()
    let v = try value()
    var target = table
    for (n, part) in path.dropLast().enumerated() {
      switch target[part] {
      case nil:
        let m = GoMap()
        target[part] = .map(m)
        target = m
      case .map(let m)? where !inlineTables.contains(ObjectIdentifier(m)):
        target = m
      default:
        throw fail("Key '\(path[...n].joined(separator: "."))' has already been defined.")
      }
    }
    let name = path[path.count - 1]
    if target[name] != nil { throw fail("Key '\(lastKey)' has already been defined.") }
    target[name] = v
  }

  private mutating func value() throws -> Value {
    guard let c = peek else { throw fail("unexpected EOF; expected value") }
    switch c {
    case "\"":
      i += 1
      if peek == "\"" && i + 1 < s.count && s[i + 1] == "\"" {
        i += 2
        return .string(try multilineBasicString())
      }
      return .string(try basicString())
    case "'":
      i += 1
      if peek == "'" && i + 1 < s.count && s[i + 1] == "'" {
        i += 2
        return .string(try multilineLiteralString())
      }
      return .string(try literalString())
    case "[":
      i += 1
      return try array()
    case "{":
      i += 1
      return try inlineTable()
    case "\n", "\r":
      throw fail("unexpected EOF; expected value")
    default:
      return try scalar()
    }
  }

  private mutating func array() throws -> Value {
    var items: [Value] = []
    while true {
      skipWhitespaceAndComments()
      guard let c = peek else { throw fail("unexpected EOF; expected value") }
      if c == "]" {
        i += 1
        return .list(items)
      }
      items.append(try value())
      skipWhitespaceAndComments()
      if peek == "," {
        i += 1
      } else if peek != "]" {
        throw fail("expected a comma (',') or array terminator (']'), but got \(Self.quoteRune(peek ?? " "))")
      }
    }
  }

  private mutating func inlineTable() throws -> Value {
    let table = GoMap()
    inlineTables.insert(ObjectIdentifier(table))
    skipSpaces()
    if peek == "}" {
      i += 1
      return .map(table)
    }
    let outerKey = lastKey
    while true {
      skipSpaces()
      try keyValue(into: table)
      skipSpaces()
      guard let c = advance() else { throw fail("unexpected EOF; expected value") }
      if c == "}" { break }
      if c != "," { throw fail("expected a comma or an inline table terminator '}', but got \(Self.quoteRune(c)) instead") }
    }
    lastKey = outerKey
    return .map(table)
  }

  private mutating func basicString() throws -> String {
    var out = String.UnicodeScalarView()
    while true {
      guard let c = advance() else { throw fail("unexpected EOF; expected '\"'") }
      if c == "\"" { return String(out) }
      if c == "\n" { throw fail("strings cannot contain newlines") }
      if c == "\\" { out.append(try escape()) } else { out.append(c) }
    }
  }

  private mutating func escape() throws -> Unicode.Scalar {
    guard let e = advance() else { throw fail("unexpected EOF") }
    switch e {
    case "b": return "\u{08}"
    case "t": return "\t"
    case "n": return "\n"
    case "f": return "\u{0C}"
    case "r": return "\r"
    case "e": return "\u{1B}"
    case "\"": return "\""
    case "\\": return "\\"
    case "u", "U":
      let n = e == "u" ? 4 : 8
      var hex = ""
      for _ in 0..<n { if let h = advance() { hex.unicodeScalars.append(h) } }
      guard let v = UInt32(hex, radix: 16), let r = Unicode.Scalar(v) else {
        throw fail("invalid escape: '\\\(e)\(hex)'")
      }
      return r
    default:
      throw fail("invalid escape character \(GoStrconv.quote(String(e))); only the following escape characters are allowed: \\b, \\t, \\n, \\f, \\r, \\\", \\\\, \\uXXXX, and \\UXXXXXXXX")
    }
  }

  private mutating func multilineBasicString() throws -> String {
    if peek == "\n" { _ = advance() } else if peek == "\r" && i + 1 < s.count && s[i + 1] == "\n" { i += 1; _ = advance() }
    var out = String.UnicodeScalarView()
    while true {
      guard let c = advance() else { throw fail("unexpected EOF; expected '\"\"\"'") }
      if c == "\"" && peek == "\"" && i + 1 < s.count && s[i + 1] == "\"" {
        i += 2
        while peek == "\"" { out.append("\""); i += 1 }
        return String(out)
      }
      if c == "\\" {
        if let n = peek, n == " " || n == "\t" || n == "\n" || n == "\r" {
          while let w = peek, w == " " || w == "\t" || w == "\n" || w == "\r" { _ = advance() }
          continue
        }
        out.append(try escape())
      } else {
        out.append(c)
      }
    }
  }

  private mutating func literalString() throws -> String {
    var out = String.UnicodeScalarView()
    while true {
      guard let c = advance() else { throw fail("unexpected EOF; expected \"'\"") }
      if c == "'" { return String(out) }
      if c == "\n" { throw fail("strings cannot contain newlines") }
      out.append(c)
    }
  }

  private mutating func multilineLiteralString() throws -> String {
    if peek == "\n" { _ = advance() } else if peek == "\r" && i + 1 < s.count && s[i + 1] == "\n" { i += 1; _ = advance() }
    var out = String.UnicodeScalarView()
    while true {
      guard let c = advance() else { throw fail("unexpected EOF; expected \"'''\"") }
      if c == "'" && peek == "'" && i + 1 < s.count && s[i + 1] == "'" {
        i += 2
        while peek == "'" { out.append("'"); i += 1 }
        return String(out)
      }
      out.append(c)
    }
  }

  /// Numbers, booleans, inf/nan and date-times: the bare token up to a delimiter.
  private mutating func scalar() throws -> Value {
    var token = ""
    while let c = peek, !(c == "," || c == "]" || c == "}" || c == "\n" || c == "\r" || c == "#" || c == "\t") {
      if c == " " {
        // A space may separate the date and time of a date-time.
        if token.count == 10, i + 1 < s.count, ("0"..."9").contains(s[i + 1]), token.contains("-") {
          token.unicodeScalars.append("T")
          i += 1
          continue
        }
        break
      }
      token.unicodeScalars.append(c)
      i += 1
    }
    switch token {
    case "true": return .bool(true)
    case "false": return .bool(false)
    case "inf", "+inf": return .float(.infinity)
    case "-inf": return .float(-.infinity)
    case "nan", "+nan", "-nan": return .float(.nan)
    default: break
    }
    if let dt = dateTime(token) { return dt }
    if let v = try integer(token) { return .int64(v) }
    if let f = float(token) { return .float(f) }
    if token.isEmpty { throw fail("unexpected EOF; expected value") }
    throw fail("expected value but found \(GoStrconv.quote(token)) instead")
  }

  private func integer(_ t: String) throws -> Int64? {
    let b = Array(t.utf8)
    guard !b.isEmpty else { return nil }
    if t.hasPrefix("0x") || t.hasPrefix("0o") || t.hasPrefix("0b") {
      guard let (v, overflow) = GoStrconvParsing.parseInt(t, base: 0), !overflow else { return nil }
      return v
    }
    var digits = b[...]
    if digits.first == UInt8(ascii: "+") || digits.first == UInt8(ascii: "-") { digits = digits.dropFirst() }
    guard !digits.isEmpty, digits.allSatisfy({ ($0 >= 48 && $0 <= 57) || $0 == UInt8(ascii: "_") }) else { return nil }
    if digits.count > 1 && digits.first == UInt8(ascii: "0") {
      throw fail("Invalid integer \(GoStrconv.quote(t)): cannot have leading zeroes")
    }
    if digits.first == UInt8(ascii: "_") || digits.last == UInt8(ascii: "_") { return nil }
    guard let (v, overflow) = GoStrconvParsing.parseInt(t.replacingUnderscores(), base: 10) else { return nil }
    if overflow { throw fail("\(t) is out of range for int64") }
    return v
  }

  private func float(_ t: String) -> Double? {
    guard t.contains(".") || t.contains("e") || t.contains("E") else { return nil }
    if t.hasPrefix(".") || t.hasSuffix(".") || t.contains("._") || t.contains("_.") { return nil }
    return GoStrconvParsing.parseFloat(t)
  }

  private func dateTime(_ t: String) -> Value? {
    let u = Array(t.unicodeScalars)
    func digits(_ r: Range<Int>) -> Bool { r.upperBound <= u.count && u[r].allSatisfy { ("0"..."9").contains($0) } }
    func text(_ r: Range<Int>) -> String { String(String.UnicodeScalarView(u[r])) }
    var date = ""
    var pos = 0
    if digits(0..<4), u.count >= 10, u[4] == "-", digits(5..<7), u[7] == "-", digits(8..<10) {
      date = text(0..<10)
      pos = 10
      if pos == u.count { return .object(TOMLDateTime(date: date, time: "00:00:00", fraction: "", offset: "+0000", zoneName: "date-local")) }
      guard u[pos] == "T" || u[pos] == "t" else { return nil }
      pos += 1
    }
    guard digits(pos..<(pos + 2)), pos + 8 <= u.count, u[pos + 2] == ":", digits((pos + 3)..<(pos + 5)), u[pos + 5] == ":",
      digits((pos + 6)..<(pos + 8))
    else { return nil }
    let time = text(pos..<(pos + 8))
    pos += 8
    var fraction = ""
    if pos < u.count, u[pos] == "." {
      pos += 1
      let start = pos
      while pos < u.count, ("0"..."9").contains(u[pos]) { pos += 1 }
      fraction = text(start..<pos)
      while fraction.hasSuffix("0") { fraction.removeLast() }
    }
    if date.isEmpty {
      guard pos == u.count else { return nil }
      return .object(TOMLDateTime(date: "0000-01-01", time: time, fraction: fraction, offset: "+0000", zoneName: "time-local"))
    }
    if pos == u.count {
      return .object(TOMLDateTime(date: date, time: time, fraction: fraction, offset: "+0000", zoneName: "datetime-local"))
    }
    if u[pos] == "Z" || u[pos] == "z" {
      guard pos + 1 == u.count else { return nil }
      return .object(TOMLDateTime(date: date, time: time, fraction: fraction, offset: "+0000", zoneName: "UTC"))
    }
    guard u[pos] == "+" || u[pos] == "-", pos + 6 == u.count, digits((pos + 1)..<(pos + 3)), u[pos + 3] == ":",
      digits((pos + 4)..<(pos + 6))
    else { return nil }
    let offset = text(pos..<(pos + 3)) + text((pos + 4)..<(pos + 6))
    let zone = offset == "+0000" || offset == "-0000" ? "UTC" : offset
    return .object(TOMLDateTime(date: date, time: time, fraction: fraction, offset: offset == "-0000" ? "+0000" : offset, zoneName: zone))
  }
}

extension String {
  fileprivate func replacingUnderscores() -> String { String(unicodeScalars.filter { $0 != "_" }.map(Character.init)) }
}
