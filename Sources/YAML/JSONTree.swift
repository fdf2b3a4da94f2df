import GoLib
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

  /// Marshals `v` as `json.Marshal` does, in one pass: maps in its sorted key order, so the
  /// first unsupported value (NaN, ±Inf) reported is Go's; a map met again on its own path
  /// is Go's cycle error. Time is linear in the value (never a re-encoding per level).
  static func marshal(_ v: Value) throws -> JSONTree {
    var mapsOnPath: Set<ObjectIdentifier> = []
    return try marshal(v, depth: 0, mapsOnPath: &mapsOnPath)
  }

  private static func marshal(_ v: Value, depth: Int, mapsOnPath: inout Set<ObjectIdentifier>) throws
    -> JSONTree
  {
    if depth > 10_000 { throw YAMLError("json: unsupported value: encountered a cycle") }
    switch v {
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .int(let i): return .number(String(i))
    case .int64(let i): return .number(String(i))
    case .float(let f):
      if f.isNaN || f.isInfinite {
        throw YAMLError("json: unsupported value: " + GoFormatter.formatFloat(f))
      }
      return .number(try GoJSON.formatFloat(f))
    case .string(let s):
      // json.Marshal writes each byte that is not UTF-8 as U+FFFD.
      return .string(GoByteString.replacingRawBytes(s))
    case .list(let items):
      return .array(try items.map { try marshal($0, depth: depth + 1, mapsOnPath: &mapsOnPath) })
    case .map(let m):
      if m.isNilMap { return .null }
      let id = ObjectIdentifier(m)
      if mapsOnPath.contains(id) {
        throw YAMLError("json: unsupported value: encountered a cycle via \(m.goTypeName)")
      }
      mapsOnPath.insert(id)
      defer { mapsOnPath.remove(id) }
      var entries: [(String, JSONTree)] = []
      entries.reserveCapacity(m.count)
      for k in m.structFieldOrder ?? m.bytewiseSortedKeys {
        entries.append((k, try marshal(m.storage[k] ?? .null, depth: depth + 1, mapsOnPath: &mapsOnPath)))
      }
      return .object(entries)
    case .object(let o):
      if let e = o as? any GoJSONEncodable {
        return try marshal(e.goJSONValue(), depth: depth + 1, mapsOnPath: &mapsOnPath)
      }
      if let ts = o as? TypedSlice, ts.elementType == "uint8" {
        let bytes = ts.items.map { item -> UInt8 in
          if case .int(let i) = item { return UInt8(truncatingIfNeeded: i) }
          return 0
        }
        return .string(GoBase64.encode(bytes))
      }
      if let items = o.sliceItems {
        return .array(try items.map { try marshal($0, depth: depth + 1, mapsOnPath: &mapsOnPath) })
      }
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
