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
        throw YAMLError("json: unsupported value: " + GoFormatter.formatFloat(f))
      }
      return .number(try GoJSON.formatFloat(f))
    case .string(let s): return .string(s)
    case .list(let items): return .array(try items.map { try marshal($0, depth: depth + 1) })
    case .map(let m):
      if m.isNilMap { return .null }
      var entries: [(String, JSONTree)] = []
      entries.reserveCapacity(m.count)
      for (k, x) in m.storage {
        do {
          entries.append((k, try marshal(x, depth: depth + 1)))
        } catch {
          // Report the first unsupported value in json.Marshal's (sorted-key) order.
          for sk in m.sortedKeys {
            _ = try marshal(m.storage[sk] ?? .null, depth: depth + 1)
          }
          throw error
        }
      }
      return .object(entries)
    case .object(let o):
      if let e = o as? any GoJSONEncodable { return try marshal(e.goJSONValue(), depth: depth + 1) }
      if let ts = o as? TypedSlice, ts.elementType == "uint8" {
        let bytes = ts.items.map { item -> UInt8 in
          if case .int(let i) = item { return UInt8(truncatingIfNeeded: i) }
          return 0
        }
        return .string(GoBase64.encode(bytes))
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
