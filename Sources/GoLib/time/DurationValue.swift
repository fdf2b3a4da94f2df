import Values

/// A Go `time.Duration` (int64 nanoseconds), as `Time.Sub` returns it: prints as
/// `1h2m3s`, `kindOf` is `int64`, has `Hours`, `Minutes`, `Seconds`, `Milliseconds`,
/// `Microseconds`, `Nanoseconds`, `String`, `Round`, `Truncate`, `Abs`.
public struct GoDurationValue: GoObject, Sendable, Equatable {
  public let nanoseconds: Int64
  public init(_ nanoseconds: Int64) { self.nanoseconds = nanoseconds }

  public var goTypeName: String { "time.Duration" }
  public var goKind: GoKind { .int64 }
  public var isTruthy: Bool { nanoseconds != 0 }
  public func formatted(plus: Bool, sharp: Bool) -> String { GoDuration.string(nanoseconds) }

  /// A Duration argument: a `time.Duration` object or an integer constant.
  static func argument(_ v: Value) throws -> Int64 {
    switch v {
    case .int(let i): return Int64(i)
    case .int64(let i): return i
    case .object(let o):
      if let d = o as? GoDurationValue { return d.nanoseconds }
    default: break
    }
    throw GoMethodError("wrong type for value; expected time.Duration; got \(v.goTypeName)")
  }

  /// `Duration.Round(m)`.
  public static func round(_ d: Int64, _ m: Int64) -> Int64 {
    if m <= 0 { return d }
    var r = d % m
    if d < 0 {
      r = -r
      if r + r < m { return d + r }
      let (v, o) = d.subtractingReportingOverflow(m - r)
      return o ? Int64.min : v
    }
    if r + r < m { return d - r }
    let (v, o) = d.addingReportingOverflow(m - r)
    return o ? Int64.max : v
  }

  public func member(named name: String) -> GoMember? {
    let d = nanoseconds
    func m0(_ f: @escaping @Sendable () -> Value) -> GoMember { .method(GoMethod(arity: 0) { _ in f() }) }
    @Sendable func split(_ unit: Int64) -> Double {
      let whole = d / unit
      let frac = d % unit
      return Double(whole) + Double(frac) / Double(unit)
    }
    switch name {
    case "String": return m0 { .string(GoDuration.string(d)) }
    case "Hours": return m0 { .float(split(3_600_000_000_000)) }
    case "Minutes": return m0 { .float(split(60_000_000_000)) }
    case "Seconds": return m0 { .float(split(1_000_000_000)) }
    case "Milliseconds": return m0 { .int64(d / 1_000_000) }
    case "Microseconds": return m0 { .int64(d / 1000) }
    case "Nanoseconds": return m0 { .int64(d) }
    case "Abs": return m0 { .object(GoDurationValue(d >= 0 ? d : (d == Int64.min ? Int64.max : -d))) }
    case "Round", "Truncate":
      return .method(
        GoMethod(arity: 1) { args in
          let m = try GoDurationValue.argument(args[0])
          if name == "Round" { return .object(GoDurationValue(GoDurationValue.round(d, m))) }
          return .object(GoDurationValue(m <= 0 ? d : d - d % m))
        })
    default: return nil
    }
  }
}

extension GoDurationValue: GoJSONEncodable {
  public func goJSONValue() throws -> Value { .int64(nanoseconds) }
  public var jsonValue: Value { .int64(nanoseconds) }
}
