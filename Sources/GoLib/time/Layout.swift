/// Go's reference-time layouts (`Mon Jan 2 15:04:05 MST 2006`): `Time.Format` and
/// `time.ParseInLocation`, with Go's chunk recognition and parse error texts.
public enum GoTimeLayout {
  enum Std: Equatable, Sendable {
    case longMonth, month, numMonth, zeroMonth
    case longWeekDay, weekDay
    case day, underDay, zeroDay, underYearDay, zeroYearDay
    case hour, hour12, zeroHour12, minute, zeroMinute, second, zeroSecond
    case longYear, year, pm, lowerPM, tz
    case iso8601TZ, iso8601SecondsTZ, iso8601ShortTZ, iso8601ColonTZ, iso8601ColonSecondsTZ
    case numTZ, numSecondsTZ, numShortTZ, numColonTZ, numColonSecondsTZ
    case fracSecond0(digits: Int, separator: UInt8)
    case fracSecond9(digits: Int, separator: UInt8)
  }

  static let shortDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  static let shortMonths = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// The zone offsets after `-` (numeric) or `Z` (ISO 8601, `Z` for UTC), longest first as
  /// Go tries them.
  static let zoneLayouts: [(text: String, numeric: Std, iso8601: Std)] = [
    ("070000", .numSecondsTZ, .iso8601SecondsTZ),
    ("07:00:00", .numColonSecondsTZ, .iso8601ColonSecondsTZ),
    ("0700", .numTZ, .iso8601TZ),
    ("07:00", .numColonTZ, .iso8601ColonTZ),
    ("07", .numShortTZ, .iso8601ShortTZ),
  ]

  /// `nextStdChunk`: (prefix, std, suffix) over layout bytes.
  static func nextChunk(_ l: ArraySlice<UInt8>) -> (ArraySlice<UInt8>, Std?, ArraySlice<UInt8>) {
    let b = l.startIndex
    func at(_ i: Int, _ s: String) -> Bool {
      let u = Array(s.utf8)
      return i + u.count <= l.endIndex && Array(l[i..<(i + u.count)]) == u
    }
    func lowerAt(_ i: Int) -> Bool { i < l.endIndex && l[i] >= 97 && l[i] <= 122 }
    func isDigitAt(_ i: Int) -> Bool { i < l.endIndex && l[i] >= 48 && l[i] <= 57 }
    var i = b
    while i < l.endIndex {
      let c = l[i]
      func ret(_ std: Std, _ len: Int) -> (ArraySlice<UInt8>, Std?, ArraySlice<UInt8>) {
        (l[b..<i], std, l[(i + len)...])
      }
      switch c {
      case UInt8(ascii: "J"):
        if at(i, "Jan") {
          if at(i, "January") { return ret(.longMonth, 7) }
          if !lowerAt(i + 3) { return ret(.month, 3) }
        }
      case UInt8(ascii: "M"):
        if at(i, "Mon") {
          if at(i, "Monday") { return ret(.longWeekDay, 6) }
          if !lowerAt(i + 3) { return ret(.weekDay, 3) }
        }
        if at(i, "MST") { return ret(.tz, 3) }
      case UInt8(ascii: "0"):
        if i + 1 < l.endIndex, l[i + 1] >= 49, l[i + 1] <= 54 {
          let std: [Std] = [.zeroMonth, .zeroDay, .zeroHour12, .zeroMinute, .zeroSecond, .year]
          return ret(std[Int(l[i + 1] - 49)], 2)
        }
        if at(i, "002") { return ret(.zeroYearDay, 3) }
      case UInt8(ascii: "1"):
        if at(i, "15") { return ret(.hour, 2) }
        return ret(.numMonth, 1)
      case UInt8(ascii: "2"):
        if at(i, "2006") { return ret(.longYear, 4) }
        return ret(.day, 1)
      case UInt8(ascii: "_"):
        if at(i, "_2") {
          if at(i + 1, "2006") { return (l[b..<(i + 1)], .longYear, l[(i + 5)...]) }
          return ret(.underDay, 2)
        }
        if at(i, "__2") { return ret(.underYearDay, 3) }
      case UInt8(ascii: "3"): return ret(.hour12, 1)
      case UInt8(ascii: "4"): return ret(.minute, 1)
      case UInt8(ascii: "5"): return ret(.second, 1)
      case UInt8(ascii: "P"):
        if at(i, "PM") { return ret(.pm, 2) }
      case UInt8(ascii: "p"):
        if at(i, "pm") { return ret(.lowerPM, 2) }
      case UInt8(ascii: "-"), UInt8(ascii: "Z"):
        for zone in zoneLayouts where at(i + 1, zone.text) {
          return ret(c == UInt8(ascii: "Z") ? zone.iso8601 : zone.numeric, zone.text.utf8.count + 1)
        }
      case UInt8(ascii: "."), UInt8(ascii: ","):
        if i + 1 < l.endIndex, l[i + 1] == 48 || l[i + 1] == 57 {
          let ch = l[i + 1]
          var j = i + 1
          while j < l.endIndex, l[j] == ch { j += 1 }
          if !isDigitAt(j) {
            let n = j - (i + 1)
            let std: Std =
              ch == 48 ? .fracSecond0(digits: n, separator: c) : .fracSecond9(digits: n, separator: c)
            return (l[b..<i], std, l[j...])
          }
        }
      default: break
      }
      i += 1
    }
    return (l, nil, l[l.endIndex...])
  }

  static func pad(_ v: Int, _ width: Int, _ ch: Character = "0") -> String {
    var s = String(v.magnitude)
    while s.count < width { s.insert(ch, at: s.startIndex) }
    return v < 0 ? "-" + s : s
  }

  static func format(_ t: GoTime, _ layout: String) -> String {
    let c = t.civil
    var out: [UInt8] = []
    var rest = Array(layout.utf8)[...]
    while !rest.isEmpty {
      let (prefix, std, suffix) = nextChunk(rest)
      out.append(contentsOf: prefix)
      guard let std else { break }
      rest = suffix
      var s = ""
      switch std {
      case .year: s = pad(abs(c.year % 100), 2)
      case .longYear: s = pad(c.year, 4)
      case .month: s = shortMonths[c.month - 1]
      case .longMonth: s = GoCalendar.longMonths[c.month - 1]
      case .numMonth: s = String(c.month)
      case .zeroMonth: s = pad(c.month, 2)
      case .weekDay: s = shortDays[c.weekday]
      case .longWeekDay: s = GoCalendar.longDays[c.weekday]
      case .day: s = String(c.day)
      case .underDay: s = pad(c.day, 2, " ")
      case .zeroDay: s = pad(c.day, 2)
      case .underYearDay: s = pad(c.yearDay, 3, " ")
      case .zeroYearDay: s = pad(c.yearDay, 3)
      case .hour: s = pad(c.hour, 2)
      case .hour12: s = String(c.hour % 12 == 0 ? 12 : c.hour % 12)
      case .zeroHour12: s = pad(c.hour % 12 == 0 ? 12 : c.hour % 12, 2)
      case .minute: s = String(c.minute)
      case .zeroMinute: s = pad(c.minute, 2)
      case .second: s = String(c.second)
      case .zeroSecond: s = pad(c.second, 2)
      case .pm: s = c.hour >= 12 ? "PM" : "AM"
      case .lowerPM: s = c.hour >= 12 ? "pm" : "am"
      case .iso8601TZ, .iso8601ColonTZ, .iso8601SecondsTZ, .iso8601ShortTZ, .iso8601ColonSecondsTZ,
        .numTZ, .numColonTZ, .numSecondsTZ, .numShortTZ, .numColonSecondsTZ:
        let iso = [
          Std.iso8601TZ, .iso8601ColonTZ, .iso8601SecondsTZ, .iso8601ShortTZ, .iso8601ColonSecondsTZ,
        ].contains(std)
        if c.offset == 0 && iso {
          s = "Z"
          break
        }
        var zone = c.offset / 60
        var absOffset = c.offset
        if zone < 0 {
          s = "-"
          zone = -zone
          absOffset = -absOffset
        } else {
          s = "+"
        }
        s += pad(zone / 60, 2)
        if [Std.iso8601ColonTZ, .numColonTZ, .iso8601ColonSecondsTZ, .numColonSecondsTZ].contains(std) {
          s += ":"
        }
        if std != .numShortTZ && std != .iso8601ShortTZ { s += pad(zone % 60, 2) }
        if [Std.iso8601SecondsTZ, .numSecondsTZ, .numColonSecondsTZ, .iso8601ColonSecondsTZ].contains(std) {
          if std == .numColonSecondsTZ || std == .iso8601ColonSecondsTZ { s += ":" }
          s += pad(absOffset % 60, 2)
        }
      case .tz:
        if !c.zoneName.isEmpty {
          s = c.zoneName
          break
        }
        var zone = c.offset / 60
        if zone < 0 {
          s = "-"
          zone = -zone
        } else {
          s = "+"
        }
        s += pad(zone / 60, 2) + pad(zone % 60, 2)
      case .fracSecond0(let n, let sep):
        s = String(UnicodeScalar(sep)) + String(pad(t.nanos, 9).prefix(n))
      case .fracSecond9(let n, let sep):
        var digits = String(pad(t.nanos, 9).prefix(n))
        while digits.hasSuffix("0") { digits.removeLast() }
        s = digits.isEmpty ? "" : String(UnicodeScalar(sep)) + digits
      }
      out.append(contentsOf: Array(s.utf8))
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Go's `time.quote` for parse errors.
  static func quote(_ s: String) -> String {
    var out = "\""
    for u in s.unicodeScalars {
      if u.value >= 0x80 || u.value < 0x20 {
        for byte in String(u).utf8 {
          let h = String(byte, radix: 16)
          out += "\\x" + (h.count < 2 ? "0" + h : h)
        }
      } else {
        if u == "\"" || u == "\\" { out += "\\" }
        out.unicodeScalars.append(u)
      }
    }
    return out + "\""
  }

  /// A `time.Parse` failure, with Go's text.
  public struct ParseError: Error {
    public let message: String
  }

  /// `time.ParseInLocation(layout, value, loc)` with `time.Local` = `local`.
  public static func parse(
    _ layoutText: String, _ valueText: String, in defaultLoc: GoLocation, local: GoLocation = .local
  )
    throws(ParseError) -> GoTime
  {
    let alayout = layoutText
    let avalue = valueText
    var layout = Array(layoutText.utf8)[...]
    var value = Array(valueText.utf8)[...]
    func str(_ s: ArraySlice<UInt8>) -> String { String(decoding: s, as: UTF8.self) }
    func err(_ layoutElem: String, _ valueElem: ArraySlice<UInt8>, _ message: String) -> ParseError {
      if message.isEmpty {
        return ParseError(
          message:
            "parsing time \(quote(avalue)) as \(quote(alayout)): cannot parse \(quote(str(valueElem))) as \(quote(layoutElem))"
        )
      }
      return ParseError(message: "parsing time \(quote(avalue))" + message)
    }
    var rangeErr = ""
    var amSet = false
    var pmSet = false
    var year = 0, month = -1, day = -1, yday = -1, hour = 0, minute = 0, sec = 0, nsec = 0
    var z: GoLocation? = nil
    var zoneOffset = -1
    var zoneName = ""

    func isDigit(_ s: ArraySlice<UInt8>, _ k: Int) -> Bool {
      let i = s.startIndex + k
      return i < s.endIndex && s[i] >= 48 && s[i] <= 57
    }
    func getnum(_ s: ArraySlice<UInt8>, _ fixed: Bool) -> (Int, ArraySlice<UInt8>)? {
      guard isDigit(s, 0) else { return nil }
      let a = Int(s[s.startIndex] - 48)
      if !isDigit(s, 1) {
        if fixed { return nil }
        return (a, s.dropFirst())
      }
      return (a * 10 + Int(s[s.startIndex + 1] - 48), s.dropFirst(2))
    }
    /// A one- or two-digit field taken off `value`; out of `valid`, it is the range error.
    func field(_ fixed: Bool, _ name: String, _ valid: ClosedRange<Int>) -> Int? {
      guard let (n, rest) = getnum(value, fixed) else { return nil }
      value = rest
      if !valid.contains(n) { rangeErr = name }
      return n
    }
    func getnum3(_ s: ArraySlice<UInt8>, _ fixed: Bool) -> (Int, ArraySlice<UInt8>)? {
      var n = 0
      var i = 0
      while i < 3, isDigit(s, i) {
        n = n * 10 + Int(s[s.startIndex + i] - 48)
        i += 1
      }
      if i == 0 || (fixed && i != 3) { return nil }
      return (n, s.dropFirst(i))
    }
    func lookup(_ tab: [String], _ s: ArraySlice<UInt8>) -> (Int, ArraySlice<UInt8>)? {
      for (k, name) in tab.enumerated() {
        let u = Array(name.utf8)
        if s.count >= u.count {
          var ok = true
          for j in 0..<u.count {
            var c1 = s[s.startIndex + j]
            var c2 = u[j]
            if c1 >= 65 && c1 <= 90 { c1 |= 0x20 }
            if c2 >= 65 && c2 <= 90 { c2 |= 0x20 }
            if c1 != c2 { ok = false; break }
          }
          if ok { return (k, s.dropFirst(u.count)) }
        }
      }
      return nil
    }
    func parseNanos(_ s: ArraySlice<UInt8>, _ nbytes0: Int) -> (Int, String)? {
      guard let f = s.first, f == 46 || f == 44 else { return nil }
      let nbytes = min(nbytes0, 10)
      var ns = 0
      for k in 1..<nbytes {
        guard isDigit(s, k) else { return nil }
        ns = ns * 10 + Int(s[s.startIndex + k] - 48)
      }
      for _ in nbytes..<10 { ns *= 10 }
      return (ns, "")
    }

    while true {
      let (prefix, std, suffix) = nextChunk(layout)
      let stdstr = str(layout[prefix.endIndex..<suffix.startIndex])
      // skip(value, prefix)
      var p = prefix
      var skipFailed = false
      while let pc = p.first {
        if pc == 32 {
          if let vc = value.first, vc != 32 { skipFailed = true; break }
          while p.first == 32 { p = p.dropFirst() }
          while value.first == 32 { value = value.dropFirst() }
          continue
        }
        guard let vc = value.first, vc == pc else { skipFailed = true; break }
        p = p.dropFirst()
        value = value.dropFirst()
      }
      if skipFailed { throw err(str(prefix), value, "") }
      guard let std else {
        if !value.isEmpty { throw err("", value, ": extra text: " + quote(str(value))) }
        break
      }
      layout = suffix
      let hold = value
      var bad = false
      switch std {
      case .year:
        guard value.count >= 2, let (y, r) = getnum(value, true) else { bad = true; break }
        value = r
        year = y >= 69 ? y + 1900 : y + 2000
      case .longYear:
        guard value.count >= 4, isDigit(value, 0), isDigit(value, 1), isDigit(value, 2), isDigit(value, 3)
        else { bad = true; break }
        year = value.prefix(4).reduce(0) { $0 * 10 + Int($1 - 48) }
        value = value.dropFirst(4)
      case .month, .longMonth:
        guard let (m, r) = lookup(std == .month ? shortMonths : GoCalendar.longMonths, value) else {
          bad = true; break
        }
        month = m + 1
        value = r
      case .numMonth, .zeroMonth:
        guard let m = field(std == .zeroMonth, "month", 1...12) else { bad = true; break }
        month = m
      case .weekDay, .longWeekDay:
        guard let (_, r) = lookup(std == .weekDay ? shortDays : GoCalendar.longDays, value) else {
          bad = true; break
        }
        value = r
      case .day, .underDay, .zeroDay:
        if std == .underDay, value.first == 32 { value = value.dropFirst() }
        guard let (d, r) = getnum(value, std == .zeroDay) else { bad = true; break }
        day = d
        value = r
      case .underYearDay, .zeroYearDay:
        for _ in 0..<2 where std == .underYearDay && value.first == 32 { value = value.dropFirst() }
        guard let (d, r) = getnum3(value, std == .zeroYearDay) else { bad = true; break }
        yday = d
        value = r
      case .hour:
        guard let h = field(false, "hour", 0...23) else { bad = true; break }
        hour = h
      case .hour12, .zeroHour12:
        guard let h = field(std == .zeroHour12, "hour", 0...12) else { bad = true; break }
        hour = h
      case .minute, .zeroMinute:
        guard let m = field(std == .zeroMinute, "minute", 0...59) else { bad = true; break }
        minute = m
      case .second, .zeroSecond:
        guard let s = field(std == .zeroSecond, "second", 0...59) else { bad = true; break }
        sec = s
        if s >= 60 { break }
        if value.count >= 2, value.first == 46 || value.first == 44, isDigit(value, 1) {
          let (_, next, _) = nextChunk(layout)
          if case .fracSecond0? = next { break }
          if case .fracSecond9? = next { break }
          var n = 2
          while n < value.count, isDigit(value, n) { n += 1 }
          guard let (ns, _) = parseNanos(value, n) else { bad = true; break }
          nsec = ns
          value = value.dropFirst(n)
        }
      case .pm, .lowerPM:
        guard value.count >= 2 else { bad = true; break }
        let v = str(value.prefix(2))
        value = value.dropFirst(2)
        if v == (std == .pm ? "PM" : "pm") {
          pmSet = true
        } else if v == (std == .pm ? "AM" : "am") {
          amSet = true
        } else {
          bad = true
        }
      case .iso8601TZ, .iso8601ShortTZ, .iso8601ColonTZ, .iso8601SecondsTZ, .iso8601ColonSecondsTZ,
        .numTZ, .numShortTZ, .numColonTZ, .numSecondsTZ, .numColonSecondsTZ:
        if [Std.iso8601TZ, .iso8601ShortTZ, .iso8601ColonTZ, .iso8601SecondsTZ, .iso8601ColonSecondsTZ]
          .contains(std),
          value.first == UInt8(ascii: "Z")
        {
          value = value.dropFirst()
          z = .utc
          break
        }
        let v = Array(value)
        var parts: (Int, [UInt8], [UInt8], [UInt8], Int) = (0, [], [], [], 0)
        switch std {
        case .iso8601ColonTZ, .numColonTZ:
          guard v.count >= 6, v[3] == 58 else { bad = true; break }
          parts = (Int(v[0]), Array(v[1..<3]), Array(v[4..<6]), [48, 48], 6)
        case .numShortTZ, .iso8601ShortTZ:
          guard v.count >= 3 else { bad = true; break }
          parts = (Int(v[0]), Array(v[1..<3]), [48, 48], [48, 48], 3)
        case .iso8601ColonSecondsTZ, .numColonSecondsTZ:
          guard v.count >= 9, v[3] == 58, v[6] == 58 else { bad = true; break }
          parts = (Int(v[0]), Array(v[1..<3]), Array(v[4..<6]), Array(v[7..<9]), 9)
        case .iso8601SecondsTZ, .numSecondsTZ:
          guard v.count >= 7 else { bad = true; break }
          parts = (Int(v[0]), Array(v[1..<3]), Array(v[3..<5]), Array(v[5..<7]), 7)
        default:
          guard v.count >= 5 else { bad = true; break }
          parts = (Int(v[0]), Array(v[1..<3]), Array(v[3..<5]), [48, 48], 5)
        }
        if bad { break }
        guard let (hr, _) = getnum(parts.1[...], true), let (mm, _) = getnum(parts.2[...], true),
          let (ss, _) = getnum(parts.3[...], true)
        else { bad = true; break }
        value = value.dropFirst(parts.4)
        if hr > 24 { rangeErr = "time zone offset hour" }
        if mm > 60 { rangeErr = "time zone offset minute" }
        if ss > 60 { rangeErr = "time zone offset second" }
        zoneOffset = (hr * 60 + mm) * 60 + ss
        if parts.0 == 45 {
          zoneOffset = -zoneOffset
        } else if parts.0 != 43 {
          bad = true
        }
      case .tz:
        if value.count >= 3, str(value.prefix(3)) == "UTC" {
          z = .utc
          value = value.dropFirst(3)
          break
        }
        guard let n = parseTimeZone(Array(value)) else { bad = true; break }
        zoneName = str(value.prefix(n))
        value = value.dropFirst(n)
      case .fracSecond0(let digits, _):
        let ndigit = 1 + digits
        guard value.count >= ndigit, let (ns, _) = parseNanos(value, ndigit) else { bad = true; break }
        nsec = ns
        value = value.dropFirst(ndigit)
      case .fracSecond9:
        guard value.count >= 2, value.first == 46 || value.first == 44, isDigit(value, 1) else { break }
        var i = 0
        while i + 1 < value.count, isDigit(value, i + 1) { i += 1 }
        guard let (ns, _) = parseNanos(value, 1 + i) else { bad = true; break }
        nsec = ns
        value = value.dropFirst(1 + i)
      }
      if !rangeErr.isEmpty { throw err(stdstr, value, ": " + rangeErr + " out of range") }
      if bad { throw err(stdstr, hold, "") }
    }
    if pmSet && hour < 12 {
      hour += 12
    } else if amSet && hour == 12 {
      hour = 0
    }
    if yday >= 0 {
      var d = 0
      var m = 0
      var yd = yday
      if GoCalendar.isLeap(year) {
        if yd == 31 + 29 {
          m = 2
          d = 29
        } else if yd > 31 + 29 {
          yd -= 1
        }
      }
      if yd < 1 || yd > 365 { throw err("", value, ": day-of-year out of range") }
      if m == 0 {
        let before = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365]
        m = (yd - 1) / 31 + 1
        if before[m] < yd { m += 1 }
        d = yd - before[m - 1]
      }
      if month >= 0 && month != m { throw err("", value, ": day-of-year does not match month") }
      month = m
      if day >= 0 && day != d { throw err("", value, ": day-of-year does not match day") }
      day = d
    } else {
      if month < 0 { month = 1 }
      if day < 0 { day = 1 }
    }
    if day < 1 || day > GoCalendar.daysIn(month, year) { throw err("", value, ": day out of range") }
    if let z { return GoTime.date(year, month, day, hour, minute, sec, nsec, z) }
    if zoneOffset != -1 {
      var t = GoTime.date(year, month, day, hour, minute, sec, nsec, .utc)
      t = GoTime(unix: t.unix &- Int64(zoneOffset), nanos: t.nanos, location: .utc)
      let l = local.lookup(t.unix)
      if l.offset == zoneOffset && (zoneName.isEmpty || l.name == zoneName) {
        return t.inLocation(local)
      }
      return t.inLocation(.fixed(zoneName, zoneOffset))
    }
    if !zoneName.isEmpty {
      let t = GoTime.date(year, month, day, hour, minute, sec, nsec, .utc)
      if let offset = local.lookupName(zoneName, t.unix) {
        return GoTime(unix: t.unix &- Int64(offset), nanos: t.nanos, location: local)
      }
      var offset = 0
      if zoneName.count > 3, zoneName.hasPrefix("GMT") { offset = (Int(zoneName.dropFirst(3)) ?? 0) * 3600 }
      return t.inLocation(.fixed(zoneName, offset))
    }
    return GoTime.date(year, month, day, hour, minute, sec, nsec, defaultLoc)
  }

  /// Go's `parseTimeZone`: length of a zone abbreviation at the start of `v`, or nil.
  static func parseTimeZone(_ v: [UInt8]) -> Int? {
    guard v.count >= 3 else { return nil }
    let s4 = v.count >= 4 ? String(decoding: v[0..<4], as: UTF8.self) : ""
    if s4 == "ChST" || s4 == "MeST" { return 4 }
    if String(decoding: v[0..<3], as: UTF8.self) == "GMT" {
      // parseGMT: GMT followed by an optional signed hour offset.
      var n = 3
      if v.count > 3, v[3] == 43 || v[3] == 45 {
        var k = 4
        var num = 0
        while k < v.count, v[k] >= 48, v[k] <= 57 {
          num = num * 10 + Int(v[k] - 48)
          k += 1
          if num > 1000 { break }
        }
        if k > 4 && num <= 23 { n = k }
      }
      return n
    }
    if v[0] == 43 || v[0] == 45 {
      var k = 1
      var num = 0
      while k < v.count, v[k] >= 48, v[k] <= 57, k < 3 {
        num = num * 10 + Int(v[k] - 48)
        k += 1
      }
      if k == 1 || num > 23 { return nil }
      return k
    }
    var nUpper = 0
    while nUpper < 6, nUpper < v.count, v[nUpper] >= 65, v[nUpper] <= 90 { nUpper += 1 }
    switch nUpper {
    case 3: return 3
    case 4:
      return (v[3] == UInt8(ascii: "T") || String(decoding: v[0..<4], as: UTF8.self) == "WITA") ? 4 : nil
    case 5: return v[4] == UInt8(ascii: "T") ? 5 : nil
    default: return nil
    }
  }
}
