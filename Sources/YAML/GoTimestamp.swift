/// go-yaml v2's `parseTimestamp`: whether text parses with one of its `time.Parse` layouts
/// (`2006-1-2T15:4:5.999999999Z07:00`, the same with `t`, `2006-1-2 15:4:5.999999999`,
/// `2006-1-2`), following Go's `time.Parse` leniency (1-2 digit fields, range checks).
enum GoTimestamp {
  static func isTimestamp(_ s: [UInt8]) -> Bool {
    var i = 0
    while i < s.count, s[i] >= 48, s[i] <= 57 { i += 1 }
    guard i == 4, i < s.count, s[i] == UInt8(ascii: "-") else { return false }
    return parse(s, sep: UInt8(ascii: "T"), zone: true) || parse(s, sep: UInt8(ascii: "t"), zone: true)
      || parse(s, sep: UInt8(ascii: " "), zone: false) || parseDateOnly(s)
  }

  private struct Cursor {
    let b: [UInt8]
    var i = 0
    init(_ b: [UInt8]) { self.b = b }
    var atEnd: Bool { i >= b.count }
    func isDigit(_ k: Int) -> Bool { k < b.count && b[k] >= 48 && b[k] <= 57 }
    mutating func num(fixed: Bool = false) -> Int? {
      guard isDigit(i) else { return nil }
      if !isDigit(i + 1) {
        if fixed { return nil }
        let v = Int(b[i] - 48)
        i += 1
        return v
      }
      let v = Int(b[i] - 48) * 10 + Int(b[i + 1] - 48)
      i += 2
      return v
    }
    mutating func lit(_ c: UInt8) -> Bool {
      guard i < b.count, b[i] == c else { return false }
      i += 1
      return true
    }
  }

  private static func daysIn(_ month: Int, _ year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  private static func date(_ c: inout Cursor) -> Bool {
    guard c.b.count >= 4 else { return false }
    let year = c.b[0..<4].reduce(0) { $0 * 10 + Int($1 - 48) }
    c.i = 4
    guard c.lit(UInt8(ascii: "-")), let month = c.num(), c.lit(UInt8(ascii: "-")), let day = c.num() else {
      return false
    }
    guard month >= 1, month <= 12, day >= 1, day <= daysIn(month, year) else { return false }
    return true
  }

  private static func parseDateOnly(_ s: [UInt8]) -> Bool {
    var c = Cursor(s)
    return date(&c) && c.atEnd
  }

  private static func parse(_ s: [UInt8], sep: UInt8, zone: Bool) -> Bool {
    var c = Cursor(s)
    guard date(&c) else { return false }
    if sep == UInt8(ascii: " ") {
      guard c.atEnd || c.b[c.i] == sep else { return false }
      while c.i < c.b.count, c.b[c.i] == sep { c.i += 1 }
    } else {
      guard c.lit(sep) else { return false }
    }
    guard let h = c.num(), h < 24, c.lit(UInt8(ascii: ":")), let m = c.num(), m < 60,
      c.lit(UInt8(ascii: ":")), let sec = c.num(), sec < 60
    else { return false }
    // Fractional seconds: '.' or ',' followed by a digit.
    if c.i + 1 < c.b.count, c.b[c.i] == UInt8(ascii: ".") || c.b[c.i] == UInt8(ascii: ","), c.isDigit(c.i + 1)
    {
      c.i += 1
      while c.isDigit(c.i) { c.i += 1 }
    }
    if zone {
      if c.lit(UInt8(ascii: "Z")) { return c.atEnd }
      let rest = c.b.count - c.i
      guard rest >= 6, c.b[c.i + 3] == UInt8(ascii: ":") else { return false }
      let sign = c.b[c.i]
      guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") else { return false }
      var hc = Cursor(Array(c.b[(c.i + 1)..<(c.i + 3)]))
      var mc = Cursor(Array(c.b[(c.i + 4)..<(c.i + 6)]))
      guard let zh = hc.num(fixed: true), let zm = mc.num(fixed: true), zh <= 24, zm <= 60 else {
        return false
      }
      c.i += 6
    }
    return c.atEnd
  }
}
