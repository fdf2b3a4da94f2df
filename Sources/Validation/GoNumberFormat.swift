/// Number spellings of the Go libraries whose messages chartc reproduces: `%v` of a float64,
/// the same through golang.org/x/text's English printer (digit grouping, `1×10⁰⁶`), and
/// `encoding/json`'s float64 encoding.
enum GoNumberFormat {
  /// Shortest round-trip decimal digits of `d`: value = 0.digits × 10^point.
  struct Digits {
    var negative: Bool
    var digits: [Character]
    var point: Int
  }

  static func digits(_ d: Double) -> Digits {
    var text = abs(d).description
    var exponent = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      exponent = Int(text[text.index(after: e)...]) ?? 0
      text = String(text[..<e])
    }
    var intPart = text
    var fracPart = ""
    if let dot = text.firstIndex(of: ".") {
      intPart = String(text[..<dot])
      fracPart = String(text[text.index(after: dot)...])
    }
    var all = Array(intPart + fracPart)
    var point = intPart.count + exponent
    while all.first == "0" {
      all.removeFirst()
      point -= 1
    }
    while all.last == "0" { all.removeLast() }
    if all.isEmpty { return Digits(negative: d.sign == .minus && d != 0, digits: ["0"], point: 1) }
    return Digits(negative: d < 0, digits: all, point: point)
  }

  /// Fixed notation of `digits` (no exponent).
  static func fixed(_ x: Digits) -> (integer: String, fraction: String) {
    let n = x.digits.count
    if x.point <= 0 {
      return ("0", String(repeating: "0", count: -x.point) + String(x.digits))
    }
    if x.point >= n {
      return (String(x.digits) + String(repeating: "0", count: x.point - n), "")
    }
    return (String(x.digits[0..<x.point]), String(x.digits[x.point...]))
  }

  /// golang.org/x/text/message English `%v` of a float64: `123,456`, `12,345.5`,
  /// `1.234567×10⁰⁶`, `1×10⁻⁰⁵`.
  static func printerFloat(_ d: Double) -> String {
    guard d.isFinite else { return d.isNaN ? "NaN" : (d < 0 ? "-∞" : "∞") }
    let x = digits(d)
    let exp = x.point - 1
    let sign = x.negative ? "-" : ""
    if exp < -4 || exp >= 6 {
      var mantissa = String(x.digits[0])
      if x.digits.count > 1 { mantissa += "." + String(x.digits[1...]) }
      return sign + mantissa + "×10" + superscript(exp)
    }
    let (i, f) = fixed(x)
    return sign + grouped(i) + (f.isEmpty ? "" : "." + f)
  }

  /// golang.org/x/text/message English `%d`: `1,234`.
  static func printerInt(_ i: Int) -> String {
    (i < 0 ? "-" : "") + grouped(String(i.magnitude))
  }

  /// `encoding/json` float64: fixed unless |d| < 1e-6 or |d| >= 1e21 (then `1e-07`, `1e+21`).
  static func jsonFloat(_ d: Double) -> String {
    guard d.isFinite else { return "null" }
    if d == 0 { return "0" }
    let x = digits(d)
    let sign = x.negative ? "-" : ""
    let a = abs(d)
    if a < 1e-6 || a >= 1e21 {
      let exp = x.point - 1
      var mantissa = String(x.digits[0])
      if x.digits.count > 1 { mantissa += "." + String(x.digits[1...]) }
      let e = String(abs(exp))
      return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + (e.count < 2 ? "0" + e : e)
    }
    let (i, f) = fixed(x)
    return sign + i + (f.isEmpty ? "" : "." + f)
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
