import GoLib
import Template
import Values

/// Sprig's date functions (v3.3.0 `date.go`), local zone UTC.
///
/// Go-typed parameters the contract cannot express (`time.Time` for `dateModify`,
/// `unixEpoch`...) are declared `.any` and checked here; the error then reads
/// `error calling NAME: can't handle ...` instead of Go's argument-type error.
enum DateFunctions {
  static func str(_ v: Value) -> String { v.stringValue ?? "" }

  /// The `date interface{}` argument of `date`/`dateInZone`/`htmlDate`: times, Unix seconds
  /// as int, int64 or int32; anything else is now.
  static func timeArgument(_ v: Value) -> GoTime {
    switch v {
    case .object(let o):
      if let t = o as? GoTime { return t }
      return .now()
    case .int(let i): return GoTime(unix: Int64(i))
    case .int64(let i): return GoTime(unix: i)
    default: return .now()
    }
  }

  static func requireTime(_ v: Value) throws -> GoTime {
    if case .object(let o) = v, let t = o as? GoTime { return t }
    let shown = v.stringValue.map { GoStrconv.quote($0) } ?? GoFormatter.formatV(v)
    throw FunctionError("can't handle \(shown) for arg of type time.Time")
  }

  static func dateInZone(_ layout: String, _ date: Value, _ zone: String) -> String {
    let t = timeArgument(date)
    let loc = GoLocation.load(zone) ?? .utc
    return t.inLocation(loc).format(layout)
  }

  static var table: FunctionTable {
    var t = FunctionTable()
    t["now"] = TemplateFunction([]) { _ in .object(GoTime.now()) }
    t["date"] = TemplateFunction([.string, .any]) { c in .string(dateInZone(str(c[0]), c[1], "Local")) }
    t["htmlDate"] = TemplateFunction([.any]) { c in .string(dateInZone("2006-01-02", c[0], "Local")) }
    t["htmlDateInZone"] = TemplateFunction([.any, .string]) { c in
      .string(dateInZone("2006-01-02", c[0], str(c[1])))
    }
    let inZone = TemplateFunction([.string, .any, .string]) { c in
      .string(dateInZone(str(c[0]), c[1], str(c[2])))
    }
    t["dateInZone"] = inZone
    t["date_in_zone"] = inZone
    let modify = TemplateFunction([.string, .any], overrides: [1: .named("time.Time")]) { c in
      let time = try requireTime(c[1])
      guard let d = try? GoDuration.parse(str(c[0])) else { return .object(time) }
      return .object(time.adding(nanoseconds: d))
    }
    t["dateModify"] = modify
    t["date_modify"] = modify
    let mustModify = TemplateFunction([.string, .any], overrides: [1: .named("time.Time")]) { c in
      let time = try requireTime(c[1])
      switch Result(catching: { () throws(GoDuration.ParseError) in try GoDuration.parse(str(c[0])) }) {
      case .success(let d): return .object(time.adding(nanoseconds: d))
      case .failure(let e): throw FunctionError(e.message)
      }
    }
    t["mustDateModify"] = mustModify
    t["must_date_modify"] = mustModify
    t["ago"] = TemplateFunction([.any]) { c in
      let then: GoTime
      switch c[0] {
      case .object(let o): then = (o as? GoTime) ?? .now()
      case .int(let i): then = GoTime(unix: Int64(i))
      case .int64(let i): then = GoTime(unix: i)
      default: then = .now()
      }
      return .string(GoDuration.string(roundToSecond(GoTime.now().sub(then))))
    }
    t["duration"] = TemplateFunction([.any]) { c in
      var n: Int64 = 0
      switch c[0] {
      case .string(let s): n = goParseInt64(s) ?? 0
      case .int64(let i): n = i
      default: n = 0
      }
      return .string(GoDuration.string(n &* 1_000_000_000))
    }
    t["durationRound"] = TemplateFunction([.any]) { c in
      var d: Int64 = 0
      switch c[0] {
      case .string(let s): d = (try? GoDuration.parse(s)) ?? 0
      case .int64(let i): d = i
      case .object(let o):
        if let then = o as? GoTime { d = GoTime.now().sub(then) }
      default: d = 0
      }
      return .string(durationRound(d))
    }
    let toDate = TemplateFunction([.string, .string]) { c in
      .object((try? GoTimeLayout.parse(str(c[0]), str(c[1]), in: .local)) ?? .zero)
    }
    t["toDate"] = toDate
    t["mustToDate"] = TemplateFunction([.string, .string]) { c in
      switch Result(catching: { () throws(GoTimeLayout.ParseError) in
        try GoTimeLayout.parse(str(c[0]), str(c[1]), in: .local)
      }) {
      case .success(let time): return .object(time)
      case .failure(let e): throw FunctionError(e.message)
      }
    }
    t["unixEpoch"] = TemplateFunction([.any], overrides: [0: .named("time.Time")]) { c in
      .string(String(try requireTime(c[0]).unix))
    }
    return t
  }

  /// `strconv.ParseInt(s, 10, 64)`: nil on a syntax error; on overflow the clamped value
  /// Go returns with its range error, which Sprig keeps.
  static func goParseInt64(_ s: String) -> Int64? { GoStrconvParsing.parseInt(s, base: 10)?.value }

  /// `Duration.Round(time.Second)`.
  static func roundToSecond(_ d: Int64) -> Int64 { GoDurationValue.round(d, 1_000_000_000) }

  /// Sprig's `durationRound` text: the largest whole unit strictly exceeded.
  static func durationRound(_ d: Int64) -> String {
    var u = UInt64(bitPattern: d)
    if d < 0 { u = 0 &- u }
    let second: UInt64 = 1_000_000_000
    let minute = 60 * second, hour = 60 * minute, day = 24 * hour
    let month = 30 * day, year = 365 * day
    if u > year { return String(u / year) + "y" }
    if u > month { return String(u / month) + "mo" }
    if u > day { return String(u / day) + "d" }
    if u > hour { return String(u / hour) + "h" }
    if u > minute { return String(u / minute) + "m" }
    if u > second { return String(u / second) + "s" }
    return "0s"
  }
}
