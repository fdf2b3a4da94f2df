import GoLib
import Values

/// spf13/cast v1.7.0 as Sprig uses it: lenient conversions that turn anything they
/// cannot convert into the zero value, never an error.
///
/// Strings are parsed by `strconv.ParseInt(trimZeroDecimal(s), 0, 0)` for integers (so
/// `"0x1A"` is 26, `"017"` is 15, `"5.0"` is 5 and `"3.99"` is 0) and by
/// `strconv.ParseFloat` for floats (`"0x1A"` is 0, `"017"` is 17). Floats convert to
/// integers as Go's `int64(f)` does on x86-64: truncation, and `Int64.min` for NaN and
/// values out of range.
public enum GoCast {
  /// `cast.ToInt64`.
  public static func toInt64(_ v: Value) -> Int64 {
    switch v {
    case .int(let i): return Int64(i)
    case .int64(let i): return i
    case .float(let f): return goInt64(f)
    case .bool(let b): return b ? 1 : 0
    case .string(let s):
      guard let (value, overflow) = GoStrconvParsing.parseInt(trimZeroDecimal(s), base: 0), !overflow else {
        return 0
      }
      return value
    case .object(let o): return o.unsignedIntegerValue.map { Int64(truncatingIfNeeded: $0) } ?? 0
    default: return 0
    }
  }

  /// `cast.ToInt` (Go's `int` is 64-bit here).
  public static func toInt(_ v: Value) -> Int { Int(toInt64(v)) }

  /// `cast.ToFloat64`.
  public static func toFloat64(_ v: Value) -> Double {
    switch v {
    case .int(let i): return Double(i)
    case .int64(let i): return Double(i)
    case .float(let f): return f
    case .bool(let b): return b ? 1 : 0
    case .string(let s): return GoStrconvParsing.parseFloat(s) ?? 0
    case .object(let o): return o.unsignedIntegerValue.map { Double($0) } ?? 0
    default: return 0
    }
  }

  /// `cast.ToBool`: numbers are true when non-zero; strings go through `strconv.ParseBool`.
  public static func toBool(_ v: Value) -> Bool {
    switch v {
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .int64(let i): return i != 0
    case .float(let f): return f != 0
    case .string(let s):
      switch s {
      case "1", "t", "T", "true", "TRUE", "True": return true
      default: return false
      }
    default: return false
    }
  }

  /// `cast.ToString`: strings as they are, numbers in Go's shortest form, nil as "".
  public static func toString(_ v: Value) -> String {
    switch v {
    case .null: return ""
    case .string(let s): return s
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .int64(let i): return String(i)
    case .float(let f): return GoFormatter.formatFloat(f)
    case .object(let o) where o.goTypeName == "[]uint8":
      return GoStrings.fromBytes((o.sliceItems ?? []).map { UInt8(truncatingIfNeeded: GoCast.toInt64($0)) })
    default: return ""
    }
  }

  /// Go's `int64(f)` on x86-64: truncation toward zero; NaN and out-of-range values give
  /// the "integer indefinite" value, `Int64.min`.
  public static func goInt64(_ f: Double) -> Int64 {
    guard f.isFinite, f >= -9_223_372_036_854_775_808.0, f < 9_223_372_036_854_775_808.0 else {
      return Int64.min
    }
    return Int64(f.rounded(.towardZero))
  }

  /// cast's `trimZeroDecimal`: `"12.000"` → `"12"`; anything else unchanged.
  static func trimZeroDecimal(_ s: String) -> String {
    let bytes = Array(s.utf8)
    var foundZero = false
    var i = bytes.count
    while i > 0 {
      switch bytes[i - 1] {
      case UInt8(ascii: "."):
        if foundZero { return String(decoding: bytes[..<(i - 1)], as: UTF8.self) }
      case UInt8(ascii: "0"):
        foundZero = true
      default:
        return s
      }
      i -= 1
    }
    return s
  }
}
