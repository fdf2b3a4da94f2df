import GoLib
import Values

/// Sprig's `strval` and `strslice`.
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
}
