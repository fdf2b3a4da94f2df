import Values

/// BurntSushi/toml v1.6 `Encoder.Encode` over `Value`, as Helm's `toToml` uses it: keys
/// sorted, plain keys before tables, tables introduced by `[a.b]` headers indented two
/// spaces per level, arrays of maps as `[[key]]`, floats in Go's shortest `%g` form with a
/// `.0` added when they would read back as integers.
struct TOMLEncoder {
  struct EncodeError: Error {
    let message: String
  }

  private var out = ""
  private var hasWritten = false
  private let indent = "  "

  static func encode(_ v: Value) throws -> String {
    var e = TOMLEncoder()
    try e.encode(key: [], v)
    return e.out
  }

  private enum Kind { case hash, arrayOfHashes, other }

  private mutating func write(_ s: String) {
    out += s
    hasWritten = true
  }

  private mutating func newline() {
    if hasWritten { write("\n") }
  }

  /// BurntSushi's `tomlTypeOfGo`, reduced to what the encoder decides with it.
  private static func kind(_ v: Value) throws -> Kind? {
    switch v {
    case .null: return nil
    case .map: return .hash
    case .list, .object:
      guard let items = v.sliceItems else { return .other }
      if items.isEmpty { return .other }
      var allHashes = true
      for item in items {
        guard let k = try kind(item) else { throw EncodeError(message: "toml: cannot encode array with nil element") }
        if k != .hash { allHashes = false }
      }
      return allHashes ? .arrayOfHashes : .other
    default: return .other
    }
  }

  private mutating func encode(key: [String], _ v: Value) throws {
    switch v {
    case .null:
      if key.isEmpty { throw EncodeError(message: "reflect: call of reflect.Value.Type on zero Value") }
      return
    case .map(let m):
      try table(key: key, m)
    default:
      if v.sliceItems != nil, try Self.kind(v) == .arrayOfHashes {
        try arrayOfTables(key: key, v.sliceItems ?? [])
      } else {
        try keyValue(key: key, v, inline: false)
      }
    }
  }

  private mutating func keyValue(key: [String], _ v: Value, inline: Bool) throws {
    if key.isEmpty {
      try element(v)
      return
    }
    write(String(repeating: indent, count: key.count - 1) + Self.quoteKey(key[key.count - 1]) + " = ")
    try element(v)
    if !inline { newline() }
  }

  private mutating func table(key: [String], _ m: GoMap) throws {
    if key.count == 1 { newline() }
    if !key.isEmpty {
      write(String(repeating: indent, count: key.count - 1) + "[" + key.map(Self.quoteKey).joined(separator: ".") + "]")
      newline()
    }
    try mapBody(key: key, m, inline: false)
  }

  private mutating func arrayOfTables(key: [String], _ items: [Value]) throws {
    if key.isEmpty { throw EncodeError(message: "toml: top-level values must be Go maps or structs") }
    for item in items {
      guard case .map(let m) = item else { continue }
      newline()
      write(String(repeating: indent, count: key.count - 1) + "[[" + key.map(Self.quoteKey).joined(separator: ".") + "]]")
      newline()
      try mapBody(key: key, m, inline: false)
    }
  }

  private mutating func mapBody(key: [String], _ m: GoMap, inline: Bool) throws {
    var direct: [String] = []
    var sub: [String] = []
    for k in m.sortedKeys {
      let v = m.storage[k] ?? .null
      switch try Self.kind(v) {
      case .hash?, .arrayOfHashes?: sub.append(k)
      default: direct.append(k)
      }
    }
    if inline { write("{") }
    for (group, trailingComma) in [(direct, !sub.isEmpty), (sub, false)] {
      for (i, k) in group.enumerated() {
        let v = m.storage[k] ?? .null
        if v.isNil { continue }
        if inline {
          try keyValue(key: [k], v, inline: true)
          if trailingComma || i != group.count - 1 { write(", ") }
        } else {
          try encode(key: key + [k], v)
        }
      }
    }
    if inline { write("}") }
  }

  private mutating func element(_ v: Value) throws {
    switch v {
    case .string(let s): write(Self.quoted(s))
    case .bool(let b): write(b ? "true" : "false")
    case .int(let i): write(String(i))
    case .int64(let i): write(String(i))
    case .float(let f):
      if f.isNaN {
        write(f.sign == .minus ? "-nan" : "nan")
      } else if f.isInfinite {
        write(f < 0 ? "-inf" : "inf")
      } else {
        let text = GoStrconv.formatFloat(f, fmt: UInt8(ascii: "g"), prec: -1)
        write(text.contains(".") || text.contains("e") ? text : text + ".0")
      }
    case .map(let m):
      try mapBody(key: [], m, inline: true)
    case .null:
      throw EncodeError(message: "toml: cannot encode array with nil element")
    case .object(let o) where o.goTypeName == "time.Time":
      write(Self.rfc3339(fromGoTimeString: o.formatted(plus: false, sharp: false)))
    case .list, .object:
      guard let items = v.sliceItems else {
        throw EncodeError(message: "unexpected type: \(v.goTypeName)")
      }
      write("[")
      for (i, item) in items.enumerated() {
        try element(item)
        if i != items.count - 1 { write(", ") }
      }
      write("]")
    }
  }

  /// RFC 3339 (with nanoseconds, trailing zeros trimmed) from Go's `Time.String()` form
  /// `2006-01-02 15:04:05.999999999 -0700 MST`.
  static func rfc3339(fromGoTimeString s: String) -> String {
    let parts = s.split(separator: " ")
    guard parts.count >= 3 else { return s }
    let offset = parts[2]
    let zone: String
    if offset == "+0000" {
      zone = "Z"
    } else if offset.count == 5 {
      zone = offset.prefix(3) + ":" + offset.suffix(2)
    } else {
      zone = String(offset)
    }
    return parts[0] + "T" + parts[1] + zone
  }

  private static func isBareKeyChar(_ c: Unicode.Scalar) -> Bool {
    switch c {
    case "A"..."Z", "a"..."z", "0"..."9", "_", "-": return true
    default: return false
    }
  }

  static func quoteKey(_ k: String) -> String {
    if k.isEmpty { return "\"\"" }
    if k.unicodeScalars.allSatisfy(isBareKeyChar) { return k }
    return quoted(k)
  }

  /// `"` + BurntSushi's `dblQuotedReplacer` + `"`.
  static func quoted(_ s: String) -> String {
    var out = "\""
    for r in s.unicodeScalars {
      switch r {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\u{08}": out += "\\b"
      case "\t": out += "\\t"
      case "\n": out += "\\n"
      case "\u{0C}": out += "\\f"
      case "\r": out += "\\r"
      default:
        if r.value < 0x20 || r.value == 0x7F {
          let hex = String(r.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        } else {
          out.unicodeScalars.append(r)
        }
      }
    }
    return out + "\""
  }
}
