import Foundation
import Values

/// A Go `time.Time`: an instant (Unix seconds and nanoseconds) in a location. Prints as
/// Go's `Time.String()` (`2021-03-04 05:06:07 +0000 UTC`), has Go's common methods
/// (`Year`, `Month`, `Unix`, `Format`, `AddDate`, `UTC`...), `kindOf` is `struct`.
public struct GoTime: GoObject, Sendable {
  public let unix: Int64
  public let nanos: Int
  public let location: GoLocation
  /// Go's monotonic clock reading (nanoseconds since the process started), which only
  /// `time.Now()` sets; `String()` prints it as ` m=+0.001234567`.
  public let monotonic: Int64?

  public init(unix: Int64, nanos: Int = 0, location: GoLocation = .local, monotonic: Int64? = nil) {
    self.unix = unix
    self.nanos = nanos
    self.location = location
    self.monotonic = monotonic
  }

  static let processStart = DispatchTime.now().uptimeNanoseconds

  /// Go's zero `time.Time{}`: January 1, year 1, 00:00:00 UTC.
  public static let zero = GoTime(unix: -62_135_596_800, nanos: 0, location: .utc)

  /// `time.Now()` in the local zone (UTC).
  public static func now() -> GoTime {
    let start = processStart
    let t = Date().timeIntervalSince1970
    let s = t.rounded(.down)
    let mono = Int64(truncatingIfNeeded: DispatchTime.now().uptimeNanoseconds &- start) &+ 1
    return GoTime(
      unix: Int64(s), nanos: min(999_999_999, Int((t - s) * 1e9)), location: .local, monotonic: mono)
  }

  public var isZero: Bool { unix == GoTime.zero.unix && nanos == 0 }

  /// The wall clock in the time's location.
  public struct Civil: Sendable {
    public let year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
    public let weekday: Int  // 0 = Sunday
    public let yearDay: Int  // 1...366
    public let zoneName: String, offset: Int
  }

  public var civil: Civil {
    let z = location.lookup(unix)
    let local = unix &+ Int64(z.offset)
    let days = Int(floorDiv(local, 86400))
    let secs = Int(local - Int64(days) * 86400)
    let (y, m, d) = GoCalendar.civil(fromDays: days)
    let wd = ((days % 7) + 11) % 7  // 1970-01-01 was a Thursday (4)
    let yd = days &- GoCalendar.days(fromCivil: y, 1, 1) &+ 1
    return Civil(
      year: y, month: m, day: d, hour: secs / 3600, minute: secs / 60 % 60, second: secs % 60,
      weekday: wd, yearDay: yd, zoneName: z.name, offset: z.offset)
  }

  func floorDiv(_ a: Int64, _ b: Int64) -> Int64 {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
  }

  /// `time.Date(...)` with Go's normalisation of out-of-range fields.
  public static func date(
    _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int, _ nsec: Int,
    _ loc: GoLocation
  ) -> GoTime {
    var m = month &- 1
    var y = year
    (y, m) = GoCalendar.norm(y, m, 12)
    var (sec, ns) = GoCalendar.norm(second, nsec, 1_000_000_000)
    var (mi, s2) = GoCalendar.norm(minute, sec, 60)
    sec = s2
    var (h, mi2) = GoCalendar.norm(hour, mi, 60)
    mi = mi2
    let (d, h2) = GoCalendar.norm(day, h, 24)
    h = h2
    let days = GoCalendar.days(fromCivil: y, m &+ 1, 1) &+ d &- 1
    var unix = Int64(days) &* 86400 &+ Int64(h * 3600 + mi * 60 + sec)
    let z = loc.lookup(unix)
    if z.offset != 0 {
      let utc = unix &- Int64(z.offset)
      var offset = z.offset
      if utc < z.start || utc >= z.end { offset = loc.lookup(utc).offset }
      unix = unix &- Int64(offset)
    }
    _ = ns
    return GoTime(unix: unix, nanos: ns, location: loc)
  }

  public func adding(nanoseconds d: Int64) -> GoTime {
    let total = Int64(nanos) + d % 1_000_000_000
    var sec = unix &+ d / 1_000_000_000
    var ns = total
    if ns >= 1_000_000_000 {
      sec &+= 1
      ns -= 1_000_000_000
    } else if ns < 0 {
      sec &-= 1
      ns += 1_000_000_000
    }
    var mono = monotonic
    if let m = monotonic {
      let (v, o) = m.addingReportingOverflow(d)
      mono = o ? nil : v
    }
    return GoTime(unix: sec, nanos: Int(ns), location: location, monotonic: mono)
  }

  /// `Time.Sub(u)`, saturating at the Duration range like Go.
  public func sub(_ u: GoTime) -> Int64 {
    let (ds, o1) = unix.subtractingReportingOverflow(u.unix)
    let (dn, o2) = ds.multipliedReportingOverflow(by: 1_000_000_000)
    let (d, o3) = dn.addingReportingOverflow(Int64(nanos - u.nanos))
    if !(o1 || o2 || o3) { return d }
    return (unix, nanos) < (u.unix, u.nanos) ? Int64.min : Int64.max
  }

  /// `Time.Truncate(d)` / `Time.Round(d)`: on the absolute time since the zero time;
  /// drops the monotonic reading.
  public func roundedOrTruncated(_ d: Int64, round: Bool) -> GoTime {
    let plain = GoTime(unix: unix, nanos: nanos, location: location)
    if d <= 0 { return plain }
    let abs = Int128(unix &+ 62_135_596_800) * 1_000_000_000 + Int128(nanos)
    let r = abs % Int128(d)
    var delta = -r
    if round && r + r >= Int128(d) { delta = Int128(d) - r }
    return plain.adding(nanoseconds: Int64(delta))
  }

  public func inLocation(_ loc: GoLocation) -> GoTime { GoTime(unix: unix, nanos: nanos, location: loc) }

  /// `Time.Format(layout)`.
  public func format(_ layout: String) -> String { GoTimeLayout.format(self, layout) }

  /// `Time.String()`, with the monotonic reading when there is one.
  public var string: String {
    var s = format("2006-01-02 15:04:05.999999999 -0700 MST")
    if let m = monotonic {
      var m2 = m.magnitude
      let m1 = m2 / 1_000_000_000
      m2 %= 1_000_000_000
      let m0 = m1 / 1_000_000_000
      let m1r = m1 % 1_000_000_000
      s += " m=" + (m < 0 ? "-" : "+")
      if m0 != 0 {
        s += String(m0) + GoTimeLayout.pad(Int(m1r), 9)
      } else {
        s += String(m1r)
      }
      s += "." + GoTimeLayout.pad(Int(m2), 9)
    }
    return s
  }

  /// RFC 3339 with nanoseconds, as `MarshalJSON`/`MarshalText` write it.
  public var rfc3339Nano: String { format("2006-01-02T15:04:05.999999999Z07:00") }

  public var goTypeName: String { "time.Time" }
  public var goKind: GoKind { .struct }
  public func formatted(plus: Bool, sharp: Bool) -> String { string }

  public func member(named name: String) -> GoMember? {
    let t = self
    func m0(_ f: @escaping @Sendable () -> Value) -> GoMember { .method(GoMethod(arity: 0) { _ in f() }) }
    switch name {
    case "Year": return m0 { .int(t.civil.year) }
    case "Month": return m0 { .object(GoNamedInt.month(t.civil.month)) }
    case "Day": return m0 { .int(t.civil.day) }
    case "Hour": return m0 { .int(t.civil.hour) }
    case "Minute": return m0 { .int(t.civil.minute) }
    case "Second": return m0 { .int(t.civil.second) }
    case "Nanosecond": return m0 { .int(t.nanos) }
    case "YearDay": return m0 { .int(t.civil.yearDay) }
    case "Weekday": return m0 { .object(GoNamedInt.weekday(t.civil.weekday)) }
    case "Unix": return m0 { .int64(t.unix) }
    case "UnixMilli": return m0 { .int64(t.unix &* 1000 &+ Int64(t.nanos / 1_000_000)) }
    case "UnixMicro": return m0 { .int64(t.unix &* 1_000_000 &+ Int64(t.nanos / 1000)) }
    case "UnixNano": return m0 { .int64(t.unix &* 1_000_000_000 &+ Int64(t.nanos)) }
    case "IsZero": return m0 { .bool(t.isZero) }
    case "String": return m0 { .string(t.string) }
    case "Location": return m0 { .object(GoLocationObject(location: t.location)) }
    case "UTC": return m0 { .object(t.inLocation(.utc)) }
    case "Local": return m0 { .object(t.inLocation(.local)) }
    case "Format":
      return .method(
        GoMethod(arity: 1) { args in
          guard case .string(let layout) = args[0] else {
            throw GoMethodError(
              "can't handle \(GoStrconv.quote(GoFormatter.formatV(args[0]))) for arg of type string")
          }
          return .string(t.format(layout))
        })
    case "AddDate":
      return .method(
        GoMethod(arity: 3) { args in
          var n: [Int] = []
          for a in args {
            guard case .int(let i) = a else {
              throw GoMethodError("wrong type for value; expected int; got \(a.goTypeName)")
            }
            n.append(i)
          }
          let c = t.civil
          return .object(
            GoTime.date(
              c.year &+ n[0], c.month &+ n[1], c.day &+ n[2], c.hour, c.minute, c.second, t.nanos, t.location)
          )
        })
    case "Add":
      return .method(
        GoMethod(arity: 1) { args in .object(t.adding(nanoseconds: try GoDurationValue.argument(args[0]))) })
    case "Sub":
      return .method(
        GoMethod(arity: 1) { args in
          guard case .object(let o) = args[0], let u = o as? GoTime else {
            throw GoMethodError("wrong type for value; expected time.Time; got \(args[0].goTypeName)")
          }
          return .object(GoDurationValue(t.sub(u)))
        })
    case "Truncate", "Round":
      return .method(
        GoMethod(arity: 1) { args in
          let d = try GoDurationValue.argument(args[0])
          return .object(t.roundedOrTruncated(d, round: name == "Round"))
        })
    case "Before", "After", "Equal", "Compare":
      return .method(
        GoMethod(arity: 1) { args in
          guard case .object(let o) = args[0], let u = o as? GoTime else {
            throw GoMethodError("wrong type for value; expected time.Time; got \(args[0].goTypeName)")
          }
          let cmp =
            t.unix != u.unix
            ? (t.unix < u.unix ? -1 : 1) : (t.nanos == u.nanos ? 0 : (t.nanos < u.nanos ? -1 : 1))
          switch name {
          case "Before": return .bool(cmp < 0)
          case "After": return .bool(cmp > 0)
          case "Equal": return .bool(cmp == 0)
          default: return .int(cmp)
          }
        })
    default: return nil
    }
  }
}

/// A Go `*time.Location`, as `Time.Location` returns it: prints its name (`UTC`, `Local`,
/// `Asia/Tokyo`).
public struct GoLocationObject: GoObject, Sendable {
  public let location: GoLocation
  public var goTypeName: String { "*time.Location" }
  public var goKind: GoKind { .ptr }
  public func formatted(plus: Bool, sharp: Bool) -> String { location.name }
  public func member(named name: String) -> GoMember? {
    guard name == "String" else { return nil }
    let n = location.name
    return .method(GoMethod(arity: 0) { _ in .string(n) })
  }
}

/// Go's `time.Month` and `time.Weekday`: integers that print as English names.
public struct GoNamedInt: GoObject, Sendable {
  public let value: Int
  public let name: String
  public let goTypeName: String
  public var goKind: GoKind { .int }
  public var isTruthy: Bool { value != 0 }
  public func formatted(plus: Bool, sharp: Bool) -> String { name }
  public func member(named member: String) -> GoMember? {
    guard member == "String" else { return nil }
    let n = name
    return .method(GoMethod(arity: 0) { _ in .string(n) })
  }

  static func month(_ m: Int) -> GoNamedInt {
    GoNamedInt(
      value: m, name: (1...12).contains(m) ? GoCalendar.longMonths[m - 1] : "%!Month(\(m))",
      goTypeName: "time.Month")
  }
  static func weekday(_ d: Int) -> GoNamedInt {
    GoNamedInt(
      value: d, name: (0...6).contains(d) ? GoCalendar.longDays[d] : "%!Weekday(\(d))",
      goTypeName: "time.Weekday")
  }
}

/// Proleptic Gregorian calendar arithmetic (days since 1970-01-01).
enum GoCalendar {
  static let longMonths = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]
  static let longDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]

  /// Days since 1970-01-01 of a civil date; wraps like Go's int arithmetic on absurd years.
  static func days(fromCivil y0: Int, _ m: Int, _ d: Int) -> Int {
    let y = m <= 2 ? y0 &- 1 : y0
    let era = (y >= 0 ? y : y &- 399) / 400
    let yoe = y &- era &* 400
    let doy = (153 &* (m &+ (m > 2 ? -3 : 9)) &+ 2) / 5 &+ d &- 1
    let doe = yoe &* 365 &+ yoe / 4 &- yoe / 100 &+ doy
    return era &* 146097 &+ doe &- 719468
  }

  static func civil(fromDays z0: Int) -> (Int, Int, Int) {
    let z = z0 &+ 719468
    let era = (z >= 0 ? z : z &- 146096) / 146097
    let doe = z &- era &* 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let y = yoe &+ era &* 400
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (m <= 2 ? y &+ 1 : y, m, d)
  }

  static func isLeap(_ y: Int) -> Bool { y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) }

  static func daysIn(_ month: Int, _ year: Int) -> Int {
    if month == 2 { return isLeap(year) ? 29 : 28 }
    return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
  }

  /// Go's `norm`: moves whole multiples of `base` from `lo` into `hi`.
  static func norm(_ hi: Int, _ lo: Int, _ base: Int) -> (Int, Int) {
    var hi = hi
    var lo = lo
    if lo < 0 {
      let n = (-(lo &+ 1)) / base &+ 1
      hi = hi &- n
      lo = lo &+ n &* base
    }
    if lo >= base {
      let n = lo / base
      hi = hi &+ n
      lo = lo &- n &* base
    }
    return (hi, lo)
  }
}

extension GoTime: GoJSONEncodable {
  /// `Time.MarshalJSON`: RFC 3339 with nanoseconds; years outside 0...9999 are an error.
  public func goJSONValue() throws -> Value {
    let year = civil.year
    if year < 0 || year > 9999 {
      throw GoJSONError(
        "json: error calling MarshalJSON for type time.Time: Time.MarshalJSON: year outside of range [0,9999]"
      )
    }
    return .string(rfc3339Nano)
  }
  public var jsonValue: Value { .string(rfc3339Nano) }
}

extension GoNamedInt: GoJSONEncodable {
  public func goJSONValue() throws -> Value { .int(value) }
  public var jsonValue: Value { .int(value) }
}
