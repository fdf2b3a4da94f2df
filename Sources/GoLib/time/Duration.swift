/// Go's `time.Duration` text forms: `ParseDuration` and `Duration.String()`.
public enum GoDuration {
  /// A `time.ParseDuration` failure, with Go's text.
  public struct ParseError: Error {
    public let message: String
  }

  static let units: [String: UInt64] = [
    "ns": 1, "us": 1000, "\u{00B5}s": 1000, "\u{03BC}s": 1000, "ms": 1_000_000, "s": 1_000_000_000,
    "m": 60_000_000_000, "h": 3_600_000_000_000,
  ]

  /// `time.ParseDuration`.
  public static func parse(_ orig: String) throws(ParseError) -> Int64 {
    var s = Array(orig.utf8)[...]
    let invalid = ParseError(message: "time: invalid duration " + GoTimeLayout.quote(orig))
    var d: UInt64 = 0
    var neg = false
    if let c = s.first, c == 45 || c == 43 {
      neg = c == 45
      s = s.dropFirst()
    }
    if s.count == 1 && s.first == 48 { return 0 }
    if s.isEmpty { throw invalid }
    func isDigit(_ c: UInt8) -> Bool { c >= 48 && c <= 57 }
    while let c0 = s.first {
      var v: UInt64 = 0
      var f: UInt64 = 0
      var scale: Double = 1
      guard c0 == 46 || isDigit(c0) else { throw invalid }
      let pl = s.count
      while let c = s.first, isDigit(c) {
        if v > (1 << 63 - 1) / 10 { throw invalid }
        v = v * 10 + UInt64(c - 48)
        if v > 1 << 63 { throw invalid }
        s = s.dropFirst()
      }
      let pre = pl != s.count
      var post = false
      if s.first == 46 {
        s = s.dropFirst()
        let pl2 = s.count
        var overflow = false
        while let c = s.first, isDigit(c) {
          if !overflow {
            if f > (1 << 63 - 1) / 10 {
              overflow = true
            } else {
              let y = f * 10 + UInt64(c - 48)
              if y > 1 << 63 {
                overflow = true
              } else {
                f = y
                scale *= 10
              }
            }
          }
          s = s.dropFirst()
        }
        post = pl2 != s.count
      }
      if !pre && !post { throw invalid }
      var i = s.startIndex
      while i < s.endIndex, !(s[i] == 46 || isDigit(s[i])) { i += 1 }
      if i == s.startIndex {
        throw ParseError(message: "time: missing unit in duration " + GoTimeLayout.quote(orig))
      }
      let u = String(decoding: s[s.startIndex..<i], as: UTF8.self)
      s = s[i...]
      guard let unit = units[u] else {
        throw ParseError(
          message: "time: unknown unit " + GoTimeLayout.quote(u) + " in duration " + GoTimeLayout.quote(orig))
      }
      if v > (1 << 63) / unit { throw invalid }
      v *= unit
      if f > 0 {
        v += UInt64(Double(f) * (Double(unit) / scale))
        if v > 1 << 63 { throw invalid }
      }
      d += v
      if d > 1 << 63 { throw invalid }
    }
    if neg { return Int64(bitPattern: 0 &- d) }
    if d > UInt64(Int64.max) { throw invalid }
    return Int64(d)
  }

  /// `Duration.String()`: `1h2m3.5s`, `1.5ms`, `0s`.
  public static func string(_ d: Int64) -> String {
    var u = UInt64(bitPattern: d)
    let neg = d < 0
    if neg { u = 0 &- u }
    var out = ""
    func frac(_ v: UInt64, _ prec: Int) -> (String, UInt64) {
      var v = v
      var digits = ""
      var printed = false
      for _ in 0..<prec {
        let digit = v % 10
        printed = printed || digit != 0
        if printed { digits = String(digit) + digits }
        v /= 10
      }
      return (printed ? "." + digits : "", v)
    }
    if u < 1_000_000_000 {
      if u == 0 { return "0s" }
      let (unit, prec): (String, Int) = u < 1000 ? ("ns", 0) : (u < 1_000_000 ? ("\u{00B5}s", 3) : ("ms", 6))
      let (f, whole) = frac(u, prec)
      out = String(whole) + f + unit
    } else {
      let (f, secs) = frac(u, 9)
      out = String(secs % 60) + f + "s"
      let mins = secs / 60
      if mins > 0 {
        out = String(mins % 60) + "m" + out
        let hours = mins / 60
        if hours > 0 { out = String(hours) + "h" + out }
      }
    }
    return neg ? "-" + out : out
  }
}
