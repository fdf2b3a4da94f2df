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
    let abs = GoCalendar.absoluteSeconds(unix: unix &+ Int64(z.offset))
    let days = abs / 86400
    let secs = Int(abs % 86400)
    let date = GoCalendar.date(absoluteDays: days)
    return Civil(
      year: date.year, month: date.month, day: date.day, hour: secs / 3600, minute: secs / 60 % 60,
      second: secs % 60, weekday: GoCalendar.weekday(absoluteDays: days), yearDay: date.yearDay,
      zoneName: z.name, offset: z.offset)
  }

  /// Seconds since Go's internal epoch (January 1, year 1), wrapping as Go's `int64` does:
  /// `Before`, `After`, `Equal` and `Sub` compare these.
  var internalSeconds: Int64 { unix &+ GoCalendar.unixToInternal }

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
    let days = GoCalendar.absoluteDays(year: y, month: m &+ 1, day: d)
    var unix =
      Int64(bitPattern: days) &* 86400 &+ Int64(h &* 3600 &+ mi &* 60 &+ sec) &+ GoCalendar.absoluteToUnix
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
    var dsec = d / 1_000_000_000
    var ns = Int64(nanos) + d % 1_000_000_000
    if ns >= 1_000_000_000 {
      dsec += 1
      ns -= 1_000_000_000
    } else if ns < 0 {
      dsec -= 1
      ns += 1_000_000_000
    }
    // Go's addSec: the internal seconds saturate instead of wrapping.
    let ext = internalSeconds
    let sum = ext &+ dsec
    let seconds: Int64 = (sum > ext) == (dsec > 0) ? sum : (dsec > 0 ? .max : -.max)
    var mono = monotonic
    if let m = monotonic {
      let (v, o) = m.addingReportingOverflow(d)
      mono = o ? nil : v
    }
    return GoTime(
      unix: seconds &- GoCalendar.unixToInternal, nanos: Int(ns), location: location, monotonic: mono)
  }

  /// `Time.Compare(u)` on the wall clock: -1, 0 or +1.
  public func compare(_ u: GoTime) -> Int {
    let (ts, us) = (internalSeconds, u.internalSeconds)
    if ts != us { return ts < us ? -1 : 1 }
    return nanos == u.nanos ? 0 : (nanos < u.nanos ? -1 : 1)
  }

  /// `Time.Sub(u)`, saturating at the Duration range like Go.
  public func sub(_ u: GoTime) -> Int64 {
    let d = (internalSeconds &- u.internalSeconds) &* 1_000_000_000 &+ Int64(nanos - u.nanos)
    if u.adding(nanoseconds: d).compare(self) == 0 { return d }
    return compare(u) < 0 ? Int64.min : Int64.max
  }

  /// `Time.Truncate(d)` / `Time.Round(d)`: on the absolute time since the zero time;
  /// drops the monotonic reading.
  public func roundedOrTruncated(_ d: Int64, round: Bool) -> GoTime {
    let plain = GoTime(unix: unix, nanos: nanos, location: location)
    if d <= 0 { return plain }
    let since = Int128(internalSeconds) * 1_000_000_000 + Int128(nanos)
    let r = (since % Int128(d) + Int128(d)) % Int128(d)
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
          let cmp = t.compare(u)
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

  // Go's absolute calendar (time.go since Go 1.23): days and seconds counted as `uint64`
  // from March 1 of year -292277022400, so every division rounds down and every instant of
  // an `int64` Unix time has a date; arithmetic wraps exactly where Go's does.

  /// Years between the absolute zero instant and year 0 (0 mod 400).
  static let absoluteYears: UInt64 = 292_277_022_400
  /// Days from March 1 through December 31.
  static let marchThruDecember = 306
  static let unixToInternal: Int64 = (1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400
  /// `-(absoluteYears*365.2425 + marchThruDecember) * secondsPerDay`.
  static let absoluteToInternal: Int64 = -((292_277_022_400 * 3_652_425 / 10_000 + 306) * 86400)
  static let absoluteToUnix: Int64 = absoluteToInternal - unixToInternal
  static let unixToAbsolute: Int64 = unixToInternal - absoluteToInternal

  /// Go's `absSeconds` of a Unix time already shifted by the zone offset.
  static func absoluteSeconds(unix: Int64) -> UInt64 {
    UInt64(bitPattern: unix &+ unixToAbsolute)
  }

  /// Go's `dateToAbsDays`: days from the absolute epoch to a (normalised month) date; the
  /// day may be out of range.
  static func absoluteDays(year: Int, month: Int, day: Int) -> UInt64 {
    let janFeb: UInt32 = month < 3 ? 1 : 0
    let amonth = UInt32(truncatingIfNeeded: month) &+ 12 &* janFeb
    let y = UInt64(bitPattern: Int64(year)) &- UInt64(janFeb) &+ absoluteYears
    let ayday = (979 &* amonth &- 2919) >> 5
    let century = y / 100
    let cyear = UInt32(y % 100)
    let cday = 1461 * cyear / 4
    let centuryDays = (146097 &* century) / 4
    return centuryDays &+ UInt64(bitPattern: Int64(cday &+ ayday) &+ Int64(day) &- 1)
  }

  /// Go's `absDays.date` and `yearYday`: year, month, day and 1-based day of the year.
  static func date(absoluteDays days: UInt64) -> (year: Int, month: Int, day: Int, yearDay: Int) {
    let d = 4 &* days &+ 3
    let century = d / 146097
    let cd = UInt32(d % 146097) | 3
    let product = UInt64(2_939_745) * UInt64(cd)
    let cyear = Int(product >> 32)
    let ayday = Int(UInt32(truncatingIfNeeded: product) / 2_939_745 / 4)
    let m = 2141 &* UInt32(ayday) &+ 197913
    let amonth = Int(m >> 16)
    let mday = 1 + Int((m & 0xFFFF) / 2141)
    let janFeb = ayday >= marchThruDecember ? 1 : 0
    let year = Int(truncatingIfNeeded: century &* 100 &- absoluteYears) &+ cyear &+ janFeb
    let leap = (cyear % 4 == 0 && (cyear != 0 || century % 4 == 0)) ? 1 : 0
    let yday = ayday + (1 + 31 + 28) + (leap & ~janFeb) - 365 * janFeb
    return (year, amonth - 12 * janFeb, mday, yday)
  }

  /// Go's `absDays.weekday` (0 = Sunday): March 1 of the absolute year was a Wednesday.
  static func weekday(absoluteDays days: UInt64) -> Int {
    Int((days % 7 + 3) % 7)
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
