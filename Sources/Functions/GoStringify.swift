import Values

/// Sprig's `strval` and `strslice`, and Go's `%q` quoting.
enum GoStringify {
  /// Sprig's `strval`: strings as is, `[]byte` as text, anything else as `%v`
  /// (which uses `String()` for Stringers such as versions and times).
  static func strval(_ v: Value) -> String {
    switch v {
    case .string(let s): return s
    case .object(let o) where o.goTypeName == "[]uint8":
      return GoStrings.fromBytes((o.sliceItems ?? []).map { UInt8(truncatingIfNeeded: GoCast.toInt64($0)) })
    default: return GoFormatter.formatV(v)
    }
  }

  /// Sprig's `strslice`: any slice to `[]string` (nil elements dropped), nil to `[]`,
  /// anything else to a one-element list.
  static func strslice(_ v: Value) -> [String] {
    if case .object(let o) = v, o.goTypeName == "[]string" {
      return (o.sliceItems ?? []).map { $0.stringValue ?? GoFormatter.formatV($0) }
    }
    if let items = v.sliceItems {
      return items.compactMap { $0.isNil ? nil : strval($0) }
    }
    if v.isNil { return [] }
    return [strval(v)]
  }

  /// `strconv.Quote` (Go's `%q` of a string).
  static func quote(_ s: String) -> String {
    var out = "\""
    for r in s.unicodeScalars {
      switch r {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      default:
        if GoUnicode.isPrint(r) {
          out.unicodeScalars.append(r)
          continue
        }
        switch r.value {
        case 0x07: out += "\\a"
        case 0x08: out += "\\b"
        case 0x0C: out += "\\f"
        case 0x0A: out += "\\n"
        case 0x0D: out += "\\r"
        case 0x09: out += "\\t"
        case 0x0B: out += "\\v"
        case 0..<0x20, 0x7F: out += "\\x" + hex(r.value, width: 2)
        case 0..<0x10000: out += "\\u" + hex(r.value, width: 4)
        default: out += "\\U" + hex(r.value, width: 8)
        }
      }
    }
    return out + "\""
  }

  private static func hex(_ v: UInt32, width: Int) -> String {
    let digits = String(v, radix: 16)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
