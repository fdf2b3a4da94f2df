import Values

/// Why a TOML encoding failed: an error BurntSushi/toml returns (`toml: cannot encode array
/// with nil element`), or a Go runtime panic it does not catch (`reflect: call of
/// reflect.Value.Type on zero Value` for a nil document), which fails even `toToml`.
public enum TOMLEncodeFailure: Error, Equatable {
  case encoder(String)
  case panic(String)

  public var message: String {
    switch self {
    case .encoder(let m), .panic(let m): return m
    }
  }
}

/// The encoder of BurntSushi/toml v1.6.0 (`toml.NewEncoder(w).Encode(v)`), as Helm's
/// `toToml` calls it: map keys sorted bytewise, plain values before tables, table
/// headers `[a.b]` indented two spaces per level below the top, arrays of maps as
/// `[[x]]`, other arrays inline, floats in `strconv.FormatFloat(f, 'g', -1, 64)` form
/// with `.0` added when there is neither a point nor an exponent, nil map values left
/// out, nil array elements an error.
public struct TOMLEncoder {
  /// The TOML value kinds the encoder tells apart (Go's `tomlType`).
  enum Kind: Equatable {
    case bool, integer, float, string, datetime, array, hash, arrayOfHashes
    var isTable: Bool { self == .hash || self == .arrayOfHashes }
  }

  private var out: [UInt8] = []
  private var hasWritten = false
  private static let maxDepth = 10_000
  /// Maps being encoded on the current path: a map that holds itself (made with `set`)
  /// fails at once. BurntSushi/toml recurses until Go runs out of memory.
  private var mapsOnPath: Set<ObjectIdentifier> = []

  /// The error for a map met again inside itself.
  static func cycle(via m: GoMap) -> TOMLEncodeFailure {
    .panic("toml: unsupported value: encountered a cycle via \(m.goTypeName)")
  }

  /// Marks `value`'s map as on the path (nil for other values); fails when it already is.
  private mutating func enter(_ value: Value) throws(TOMLEncodeFailure) -> ObjectIdentifier? {
    guard case .map(let m) = value else { return nil }
    let id = ObjectIdentifier(m)
    if !mapsOnPath.insert(id).inserted { throw Self.cycle(via: m) }
    return id
  }

  private mutating func leave(_ id: ObjectIdentifier?) {
    if let id { mapsOnPath.remove(id) }
  }

  /// The TOML document for `value`.
  public static func encode(_ value: Value) throws(TOMLEncodeFailure) -> String {
    if case .null = value {
      throw .panic("reflect: call of reflect.Value.Type on zero Value")
    }
    var encoder = TOMLEncoder()
    try encoder.encode(key: [], value, depth: 0)
    return String(decoding: encoder.out, as: UTF8.self)
  }

  // MARK: Classification

  /// Go's `tomlTypeOfGo`: nil for a nil value; throws on a nil array element anywhere in
  /// an array (nested arrays included).
  static func kind(of value: Value, depth: Int = 0) throws(TOMLEncodeFailure) -> Kind? {
    guard depth < maxDepth else { throw .encoder("toml: value nested too deeply") }
    switch value {
    case .null: return nil
    case .bool: return .bool
    case .int, .int64: return .integer
    case .float: return .float
    case .string: return .string
    case .map: return .hash
    case .list(let items): return try arrayKind(items, depth: depth)
    case .object(let o):
      if o is GoTime { return .datetime }
      if o is SemverVersion { return .string }
      if let named = o as? GoNamedInt { return named.goTypeName == "time.Duration" ? .string : .integer }
      if o is GoUInt64 { return .integer }
      if let items = o.sliceItems { return try arrayKind(items, depth: depth) }
      if o.mapEntries != nil { return .hash }
      switch o.goKind {
      case .int, .int8, .int16, .int32, .int64, .uint, .uint8, .uint16, .uint32, .uint64: return .integer
      case .float32, .float64: return .float
      case .bool: return .bool
      default: return .string
      }
    }
  }

  /// Go's `isTableArray`: an array whose elements are all tables (and not empty).
  private static func arrayKind(_ items: [Value], depth: Int) throws(TOMLEncodeFailure) -> Kind {
    if items.isEmpty { return .array }
    var allTables = true
    for item in items {
      guard let k = try kind(of: item, depth: depth + 1) else {
        throw .encoder("toml: cannot encode array with nil element")
      }
      if k != .hash { allTables = false }
    }
    return allTables ? .arrayOfHashes : .array
  }

  // MARK: Documents and tables

  private mutating func encode(key: [String], _ value: Value, depth: Int) throws(TOMLEncodeFailure) {
    guard depth < Self.maxDepth else { throw .encoder("toml: value nested too deeply") }
    let entered = try enter(value)
    defer { leave(entered) }
    switch value {
    case .null:
      return
    case .map(let m):
      try table(key: key, entries: m.storage.map { ($0.key, $0.value) }, depth: depth)
    case .list(let items):
      if try Self.kind(of: value) == .arrayOfHashes {
        try arrayOfTables(key: key, items, depth: depth)
      } else {
        try keyValue(key: key, value, inline: false, depth: depth)
      }
    case .object(let o):
      let k = try Self.kind(of: value)
      if k == .hash, let entries = o.mapEntries {
        try table(key: key, entries: entries, depth: depth)
      } else if k == .arrayOfHashes, let items = o.sliceItems {
        try arrayOfTables(key: key, items, depth: depth)
      } else {
        try keyValue(key: key, value, inline: false, depth: depth)
      }
    default:
      try keyValue(key: key, value, inline: false, depth: depth)
    }
  }

  private mutating func arrayOfTables(key: [String], _ items: [Value], depth: Int) throws(TOMLEncodeFailure) {
    if key.isEmpty { throw .encoder("toml: top-level values must be Go maps or structs") }
    for item in items {
      if case .null = item { continue }
      let entered = try enter(item)
      defer { leave(entered) }
      newline()
      write(indent(key) + "[[" + Self.keyString(key) + "]]")
      newline()
      try mapBody(key: key, entries: Self.entries(of: item), inline: false, depth: depth + 1)
    }
  }

  private mutating func table(key: [String], entries: [(String, Value)], depth: Int) throws(TOMLEncodeFailure)
  {
    if key.count == 1 { newline() }
    if !key.isEmpty {
      write(indent(key) + "[" + Self.keyString(key) + "]")
      newline()
    }
    try mapBody(key: key, entries: entries, inline: false, depth: depth + 1)
  }

  private static func entries(of value: Value) -> [(String, Value)] {
    switch value {
    case .map(let m): return m.storage.map { ($0.key, $0.value) }
    case .object(let o): return o.mapEntries ?? []
    default: return []
    }
  }

  /// Go's `eMap`: keys whose values are not tables first, then the tables, each group
  /// sorted bytewise; nil values skipped (leaving an inline table's separator in place).
  private mutating func mapBody(key: [String], entries: [(String, Value)], inline: Bool, depth: Int)
    throws(TOMLEncodeFailure)
  {
    var direct: [(String, Value)] = []
    var sub: [(String, Value)] = []
    for (k, v) in entries {
      if let kind = try Self.kind(of: v, depth: depth), kind.isTable {
        sub.append((k, v))
      } else {
        direct.append((k, v))
      }
    }
    direct.sort { goStringLess($0.0, $1.0) }
    sub.sort { goStringLess($0.0, $1.0) }
    if inline { write("{") }
    try writeEntries(key: key, direct, trailingComma: !sub.isEmpty, inline: inline, depth: depth)
    try writeEntries(key: key, sub, trailingComma: false, inline: inline, depth: depth)
    if inline { write("}") }
  }

  private mutating func writeEntries(
    key: [String], _ entries: [(String, Value)], trailingComma: Bool, inline: Bool, depth: Int
  ) throws(TOMLEncodeFailure) {
    for (i, (k, v)) in entries.enumerated() {
      if case .null = v { continue }
      if inline {
        try keyValue(key: [k], v, inline: true, depth: depth)
        if trailingComma || i != entries.count - 1 { write(", ") }
      } else {
        try encode(key: key + [k], v, depth: depth)
      }
    }
  }

  // MARK: Values

  private mutating func keyValue(key: [String], _ value: Value, inline: Bool, depth: Int)
    throws(TOMLEncodeFailure)
  {
    if key.isEmpty {
      try element(value, depth: depth)
      return
    }
    write(indent(key) + Self.quotedKeyPart(key[key.count - 1]) + " = ")
    try element(value, depth: depth)
    if !inline { newline() }
  }

  /// Go's `eElement`: a value in inline form.
  private mutating func element(_ value: Value, depth: Int) throws(TOMLEncodeFailure) {
    guard depth < Self.maxDepth else { throw .encoder("toml: value nested too deeply") }
    let entered = try enter(value)
    defer { leave(entered) }
    switch value {
    case .null:
      throw .encoder("toml: cannot encode array with nil element")
    case .bool(let b): write(b ? "true" : "false")
    case .int(let i): write(String(i))
    case .int64(let i): write(String(i))
    case .float(let f): write(Self.formatFloat(f))
    case .string(let s): write(Self.quoted(s))
    case .list(let items): try array(items, depth: depth)
    case .map(let m):
      try mapBody(key: [], entries: m.storage.map { ($0.key, $0.value) }, inline: true, depth: depth + 1)
    case .object(let o):
      if let t = o as? GoTime {
        write(GoTimeLayout.format(t, Self.layout(of: t)))
      } else if let v = o as? SemverVersion {
        write(Self.quoted(v.formatted(plus: false, sharp: false)))
      } else if let n = o as? GoNamedInt {
        write(n.goTypeName == "time.Duration" ? Self.quoted(n.name) : String(n.value))
      } else if let items = o.sliceItems {
        try array(items, depth: depth)
      } else if let entries = o.mapEntries {
        try mapBody(key: [], entries: entries, inline: true, depth: depth + 1)
      } else {
        let text = o.formatted(plus: false, sharp: false)
        write(try Self.kind(of: value) == .string ? Self.quoted(text) : text)
      }
    }
  }

  private mutating func array(_ items: [Value], depth: Int) throws(TOMLEncodeFailure) {
    write("[")
    for (i, item) in items.enumerated() {
      try element(item, depth: depth + 1)
      if i != items.count - 1 { write(", ") }
    }
    write("]")
  }

  // MARK: Text

  /// RFC 3339 with nanoseconds, or the local date-time, date or time layouts for the
  /// values `fromToml` decoded from those TOML kinds.
  static func layout(of t: GoTime) -> String {
    if t.location === TOMLParser.localDatetime { return "2006-01-02T15:04:05.999999999" }
    if t.location === TOMLParser.localDate { return "2006-01-02" }
    if t.location === TOMLParser.localTime { return "15:04:05.999999999" }
    return "2006-01-02T15:04:05.999999999Z07:00"
  }

  /// `nan`, `inf`, `-inf`, or Go's shortest `%g` digits with `.0` added when needed.
  static func formatFloat(_ f: Double) -> String {
    if f.isNaN { return f.sign == .minus ? "-nan" : "nan" }
    if f.isInfinite { return f < 0 ? "-inf" : "inf" }
    let s = GoFormatter.formatFloat(f)
    if s.contains(".") || s.contains("e") { return s }
    return s + ".0"
  }

  /// A basic string with BurntSushi's escapes (`\"`, `\\`, `\b \t \n \f \r`, `\uXXXX` for
  /// the other C0 controls and DEL).
  static func quoted(_ s: String) -> String {
    var r: [UInt8] = [UInt8(ascii: "\"")]
    r.reserveCapacity(s.utf8.count + 2)
    let hex = Array("0123456789abcdef".utf8)
    for b in s.utf8 {
      switch b {
      case UInt8(ascii: "\""): r += [92, 34]
      case 92: r += [92, 92]
      case 0x08: r += [92, UInt8(ascii: "b")]
      case 0x09: r += [92, UInt8(ascii: "t")]
      case 0x0A: r += [92, UInt8(ascii: "n")]
      case 0x0C: r += [92, UInt8(ascii: "f")]
      case 0x0D: r += [92, UInt8(ascii: "r")]
      case 0..<0x20, 0x7F:
        r += Array("\\u00".utf8)
        r.append(hex[Int(b >> 4)])
        r.append(hex[Int(b & 0xF)])
      default: r.append(b)
      }
    }
    r.append(UInt8(ascii: "\""))
    return String(decoding: r, as: UTF8.self)
  }

  /// One key part: bare when it is non-empty `[A-Za-z0-9_-]+`, quoted otherwise.
  static func quotedKeyPart(_ k: String) -> String {
    if k.isEmpty { return "\"\"" }
    for b in k.utf8 {
      switch b {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
        continue
      default: return quoted(k)
      }
    }
    return k
  }

  static func keyString(_ key: [String]) -> String {
    key.map(quotedKeyPart).joined(separator: ".")
  }

  private func indent(_ key: [String]) -> String {
    String(repeating: "  ", count: max(0, key.count - 1))
  }

  private mutating func newline() {
    if hasWritten { write("\n") }
  }

  private mutating func write(_ s: String) {
    out.append(contentsOf: s.utf8)
    hasWritten = true
  }
}
