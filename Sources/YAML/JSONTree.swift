import Values

/// The JSON form of a `Value` as Go's `json.Marshal` writes it: numbers as their exact JSON
/// text, maps with string keys. `toYaml` goes through it because Helm's does.
indirect enum JSONTree {
  case null
  case bool(Bool)
  case number(String)
  case string(String)
  case array([JSONTree])
  case object([(String, JSONTree)])

  /// Marshals `v`; throws Go's json error text for unsupported values (NaN, ±Inf).
  static func marshal(_ v: Value, depth: Int = 0) throws -> JSONTree {
    if depth > 10_000 { throw YAMLError("json: unsupported value: encountered a cycle") }
    switch v {
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .int(let i): return .number(String(i))
    case .int64(let i): return .number(String(i))
    case .float(let f):
      if f.isNaN || f.isInfinite {
        throw YAMLError("json: unsupported value: " + GoNumberFormat.formatG(f))
      }
      return .number(GoNumberFormat.jsonFloat(f))
    case .string(let s): return .string(s)
    case .list(let items): return .array(try items.map { try marshal($0, depth: depth + 1) })
    case .map(let m):
      var entries: [(String, JSONTree)] = []
      entries.reserveCapacity(m.count)
      for k in m.sortedKeys {
        entries.append((k, try marshal(m.storage[k] ?? .null, depth: depth + 1)))
      }
      return .object(entries)
    case .object(let o):
      if let r = o as? GoJSONRepresentable { return try marshal(r.jsonValue, depth: depth + 1) }
      if let ts = o as? TypedSlice, ts.elementType == "uint8" {
        let bytes = ts.items.map { item -> UInt8 in
          if case .int(let i) = item { return UInt8(truncatingIfNeeded: i) }
          return 0
        }
        return .string(Base64.encode(bytes))
      }
      if let items = o.sliceItems { return .array(try items.map { try marshal($0, depth: depth + 1) }) }
      return .object([])
    }
  }

  /// Whether a string would be rejected by go-yaml's reader when the JSON text is read back
  /// (`control characters are not allowed`): raw characters json.Marshal does not escape.
  static func hasYAMLForbiddenCharacter(_ s: String) -> Bool {
    for u in s.unicodeScalars {
      let v = u.value
      if v == 0x7F || (v >= 0x80 && v <= 0x9F && v != 0x85) || v == 0xFFFE || v == 0xFFFF { return true }
    }
    return false
  }
}

/// Standard base64 with padding (Go's `base64.StdEncoding`).
enum Base64 {
  private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  static func encode(_ bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity((bytes.count + 2) / 3 * 4)
    var i = 0
    while i + 2 < bytes.count {
      let n = (UInt32(bytes[i]) << 16) | (UInt32(bytes[i + 1]) << 8) | UInt32(bytes[i + 2])
      out.append(alphabet[Int(n >> 18 & 63)])
      out.append(alphabet[Int(n >> 12 & 63)])
      out.append(alphabet[Int(n >> 6 & 63)])
      out.append(alphabet[Int(n & 63)])
      i += 3
    }
    let rest = bytes.count - i
    if rest == 1 {
      let n = UInt32(bytes[i]) << 16
      out.append(alphabet[Int(n >> 18 & 63)])
      out.append(alphabet[Int(n >> 12 & 63)])
      out.append(UInt8(ascii: "="))
      out.append(UInt8(ascii: "="))
    } else if rest == 2 {
      let n = (UInt32(bytes[i]) << 16) | (UInt32(bytes[i + 1]) << 8)
      out.append(alphabet[Int(n >> 18 & 63)])
      out.append(alphabet[Int(n >> 12 & 63)])
      out.append(alphabet[Int(n >> 6 & 63)])
      out.append(UInt8(ascii: "="))
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Go's `base64.StdEncoding.DecodeString`: strict padding; `\r` and `\n` are ignored.
  static func decode(_ text: String) -> [UInt8]? {
    var vals: [UInt8] = []
    var padding = 0
    for c in text.utf8 {
      if c == 0x0A || c == 0x0D { continue }
      if c == UInt8(ascii: "=") {
        padding += 1
        vals.append(0)
        continue
      }
      if padding > 0 { return nil }
      let v: UInt8
      switch c {
      case 65...90: v = c - 65
      case 97...122: v = c - 97 + 26
      case 48...57: v = c - 48 + 52
      case UInt8(ascii: "+"): v = 62
      case UInt8(ascii: "/"): v = 63
      default: return nil
      }
      vals.append(v)
    }
    guard vals.count % 4 == 0, padding <= 2 else { return nil }
    var out: [UInt8] = []
    var i = 0
    while i < vals.count {
      let n = (UInt32(vals[i]) << 18) | (UInt32(vals[i + 1]) << 12) | (UInt32(vals[i + 2]) << 6) | UInt32(vals[i + 3])
      out.append(UInt8(n >> 16 & 0xFF))
      out.append(UInt8(n >> 8 & 0xFF))
      out.append(UInt8(n & 0xFF))
      i += 4
    }
    if padding > 0 { out.removeLast(padding) }
    return out
  }
}

extension JSONTree {
  /// How go-yaml reads back a JSON string holding raw NEL (U+0085), the one line break
  /// `json.Marshal` leaves unescaped: as a double-quoted flow scalar, spaces around the
  /// breaks are trimmed and the breaks folded (one → a space, n → n-1 newlines).
  static func foldingRawBreaks(_ s: String) -> String {
    guard s.unicodeScalars.contains("\u{85}") else { return s }
    let u = Array(s.unicodeScalars)
    var out = String.UnicodeScalarView()
    var i = 0
    while i < u.count {
      if u[i] == " " || u[i] == "\u{85}" {
        // A run of spaces: if a NEL follows (after spaces), fold the whole run.
        var j = i
        while j < u.count && u[j] == " " { j += 1 }
        if j < u.count && u[j] == "\u{85}" {
          var breaks = 0
          while j < u.count && (u[j] == " " || u[j] == "\u{85}") {
            if u[j] == "\u{85}" { breaks += 1 }
            j += 1
          }
          // Trailing spaces after the last break are leading blanks of the next line: dropped.
          if breaks == 1 {
            out.append(" ")
          } else {
            for _ in 0..<(breaks - 1) { out.append("\n") }
          }
          i = j
          continue
        }
        out.append(contentsOf: u[i..<j])
        i = j
        continue
      }
      out.append(u[i])
      i += 1
    }
    return String(out)
  }
}
