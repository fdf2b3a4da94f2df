import GoLib

/// Number spellings of the Go libraries whose messages chartc reproduces: the same float64
/// through golang.org/x/text's English printer (digit grouping, `1×10⁰⁶`), and the fixed or
/// exponent form jsonschema v6 shows for a float64 in `enum`/`const` messages. Digits come
/// from `GoStrconv`.
enum MessageNumbers {
  /// golang.org/x/text/message English `%v` of a float64: `123,456`, `12,345.5`,
  /// `1.234567×10⁰⁶`, `1×10⁻⁰⁵`.
  static func printerFloat(_ d: Double) -> String {
    guard d.isFinite else { return d.isNaN ? "NaN" : (d < 0 ? "-∞" : "∞") }
    if d == 0 { return "0" }
    let (digits, point) = GoStrconv.shortestDecimal(d)
    let exp = point - 1
    let sign = d < 0 ? "-" : ""
    if exp < -4 || exp >= 6 {
      var mantissa = String(UnicodeScalar(digits[0]))
      if digits.count > 1 { mantissa += "." + String(decoding: digits[1...], as: UTF8.self) }
      return sign + mantissa + "×10" + superscript(exp)
    }
    let fixed = GoStrconv.formatFloat(d.magnitude, fmt: UInt8(ascii: "f"), prec: -1)
    let parts = fixed.split(separator: ".", maxSplits: 1)
    return sign + grouped(String(parts[0])) + (parts.count > 1 ? "." + parts[1] : "")
  }

  /// golang.org/x/text/message English `%d`: `1,234`.
  static func printerInt(_ i: Int) -> String {
    (i < 0 ? "-" : "") + grouped(String(i.magnitude))
  }

  /// A float64 in jsonschema messages: fixed unless |d| < 1e-6 or |d| >= 1e21 (then
  /// `strconv`'s `'e'` form, `1e-07`, `1e+21`); zero is `0`.
  static func jsonFloat(_ d: Double) -> String {
    guard d.isFinite else { return "null" }
    if d == 0 { return "0" }
    let a = abs(d)
    let format = a < 1e-6 || a >= 1e21 ? UInt8(ascii: "e") : UInt8(ascii: "f")
    return GoStrconv.formatFloat(d, fmt: format, prec: -1)
  }

  static func grouped(_ digits: String) -> String {
    let chars = Array(digits)
    var out = ""
    for (i, c) in chars.enumerated() {
      if i > 0, (chars.count - i) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return out
  }

  static func superscript(_ exp: Int) -> String {
    let map: [Character: Character] = [
      "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
    ]
    var e = String(abs(exp))
    if e.count < 2 { e = "0" + e }
    return (exp < 0 ? "⁻" : "") + String(e.map { map[$0] ?? $0 })
  }
}
