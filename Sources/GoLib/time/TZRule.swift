/// POSIX TZ rules (`EST5EDT,M3.2.0,M11.1.0`) as Go's `tzset` evaluates a TZif footer.
enum GoTZRule {
  enum Kind { case julian, dayOfYear, monthWeekDay }
  struct Rule {
    var kind: Kind
    var day = 0, week = 0, month = 0
    var time = 7200
  }

  static func name(_ s: inout Substring) -> String? {
    if s.first == "<" {
      guard let close = s.firstIndex(of: ">") else { return nil }
      let n = String(s[s.index(after: s.startIndex)..<close])
      s = s[s.index(after: close)...]
      return n
    }
    var n = ""
    while let c = s.first, !(c.isASCII && c.isNumber), c != ",", c != "-", c != "+" {
      n.append(c)
      s = s.dropFirst()
    }
    return n.count >= 3 ? n : nil
  }

  static func num(_ s: inout Substring, _ lo: Int, _ hi: Int) -> Int? {
    var v = 0
    var n = 0
    while let c = s.first, let d = c.wholeNumberValue, c.isASCII {
      v = v * 10 + d
      n += 1
      s = s.dropFirst()
      if v > hi { return nil }
    }
    return n > 0 && v >= lo ? v : nil
  }

  static func offset(_ s: inout Substring) -> Int? {
    var neg = false
    if s.first == "+" {
      s = s.dropFirst()
    } else if s.first == "-" {
      neg = true
      s = s.dropFirst()
    }
    guard let h = num(&s, 0, 24 * 7) else { return nil }
    var off = h * 3600
    if s.first == ":" {
      s = s.dropFirst()
      guard let m = num(&s, 0, 59) else { return nil }
      off += m * 60
      if s.first == ":" {
        s = s.dropFirst()
        guard let sec = num(&s, 0, 59) else { return nil }
        off += sec
      }
    }
    return neg ? -off : off
  }

  static func rule(_ s: inout Substring) -> Rule? {
    var r: Rule
    if s.first == "J" {
      s = s.dropFirst()
      guard let d = num(&s, 1, 365) else { return nil }
      r = Rule(kind: .julian, day: d)
    } else if s.first == "M" {
      s = s.dropFirst()
      guard let m = num(&s, 1, 12), s.first == "." else { return nil }
      s = s.dropFirst()
      guard let w = num(&s, 1, 5), s.first == "." else { return nil }
      s = s.dropFirst()
      guard let d = num(&s, 0, 6) else { return nil }
      r = Rule(kind: .monthWeekDay, day: d, week: w, month: m)
    } else {
      guard let d = num(&s, 0, 365) else { return nil }
      r = Rule(kind: .dayOfYear, day: d)
    }
    if s.first == "/" {
      s = s.dropFirst()
      guard let t = offset(&s) else { return nil }
      r.time = t
    }
    return r
  }

  static func ruleTime(_ year: Int, _ r: Rule, _ off: Int) -> Int {
    var s: Int
    switch r.kind {
    case .julian:
      s = (r.day - 1) * 86400
      if GoCalendar.isLeap(year) && r.day >= 60 { s += 86400 }
    case .dayOfYear:
      s = r.day * 86400
    case .monthWeekDay:
      let m1 = (r.month + 9) % 12 + 1
      var yy0 = year
      if r.month <= 2 { yy0 -= 1 }
      let yy1 = yy0 / 100
      let yy2 = yy0 % 100
      var dow = ((26 * m1 - 2) / 10 + 1 + yy2 + yy2 / 4 + yy1 / 4 - 2 * yy1) % 7
      if dow < 0 { dow += 7 }
      var d = r.day - dow
      if d < 0 { d += 7 }
      for _ in 1..<max(r.week, 1) {
        if d + 7 >= GoCalendar.daysIn(r.month, year) { break }
        d += 7
      }
      d += [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][r.month - 1]
      if GoCalendar.isLeap(year) && r.month > 2 { d += 1 }
      s = d * 86400
    }
    return s + r.time - off
  }

  /// Go's `tzset(s, lastTxSec, sec)`.
  static func evaluate(_ text: String, lastTransition: Int64, _ sec: Int64)
    -> (name: String, offset: Int, start: Int64, end: Int64)?
  {
    var s = Substring(text)
    guard var stdName = name(&s), let stdOff = offset(&s) else { return nil }
    var stdOffset = -stdOff
    if s.isEmpty || s.first == "," { return (stdName, stdOffset, lastTransition, .max) }
    guard var dstName = name(&s) else { return nil }
    var dstOffset: Int
    if s.isEmpty || s.first == "," {
      dstOffset = stdOffset + 3600
    } else {
      guard let o = offset(&s) else { return nil }
      dstOffset = -o
    }
    if s.isEmpty { s = ",M3.2.0,M11.1.0" }
    guard s.first == "," || s.first == ";" else { return nil }
    s = s.dropFirst()
    guard let startRule = rule(&s), s.first == "," else { return nil }
    s = s.dropFirst()
    guard let endRule = rule(&s), s.isEmpty else { return nil }
    let date = GoCalendar.date(absoluteDays: GoCalendar.absoluteSeconds(unix: sec) / 86400)
    let year = date.year
    let ysec = Int64(date.yearDay &- 1) &* 86400 &+ sec % 86400
    let ystart = sec &- ysec
    var startSec = Int64(ruleTime(year, startRule, stdOffset))
    var endSec = Int64(ruleTime(year, endRule, dstOffset))
    if endSec < startSec {
      swap(&startSec, &endSec)
      swap(&stdName, &dstName)
      swap(&stdOffset, &dstOffset)
    }
    if ysec < startSec { return (stdName, stdOffset, ystart, startSec &+ ystart) }
    if ysec >= endSec { return (stdName, stdOffset, endSec &+ ystart, ystart &+ 365 * 86400) }
    return (dstName, dstOffset, startSec &+ ystart, endSec &+ ystart)
  }
}
