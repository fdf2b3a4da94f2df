/// Go's `fmt` package as templates use it: `%v` printing of values, `print`, `println`
/// and `printf` with Go's verbs, flags and `%!verb(type=value)` error forms.
public enum GoFormatter {
  /// `fmt.Sprint("%v", v)`.
  public static func formatV(_ v: Value) -> String {
    switch v {
    case .null: return "<nil>"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .int64(let i): return String(i)
    case .float(let f): return formatFloat(f)
    case .string(let s): return s
    case .list(let items): return "[" + items.map(formatV).joined(separator: " ") + "]"
    case .map(let m):
      return "map[" + m.sortedKeys.map { "\($0):\(formatV(m.storage[$0]!))" }.joined(separator: " ") + "]"
    case .object(let o): return o.formatted(plus: false, sharp: false)
    }
  }

  /// `strconv.FormatFloat(f, 'g', -1, 64)`: shortest digits, exponent when exp < -4 || exp >= 21.
  /// (Placeholder until the fmt port lands.)
  public static func formatFloat(_ f: Double) -> String {
    if f.isNaN { return "NaN" }
    if f.isInfinite { return f < 0 ? "-Inf" : "+Inf" }
    if f == f.rounded(), abs(f) < 1e21 { return String(Int64(f)) }
    return String(f)
  }
}
