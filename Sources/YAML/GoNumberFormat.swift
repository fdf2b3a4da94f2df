/// Go's `strconv.FormatFloat` for the formats the YAML and JSON paths use: `'g'` and `'f'`/`'e'`
/// with the shortest precision (`-1`), for 64- and 32-bit floats.
enum GoNumberFormat {
  /// Shortest decimal digits and decimal-point position of `f` (`0.0125` → ("125", -1)).
  /// `f` must be finite and non-zero.
  static func shortestDigits(_ f: Double, bits32: Bool) -> (digits: [UInt8], point: Int) {
    let text = bits32 ? Float(f).description : f.magnitude.description
    var digits: [UInt8] = []
    var point = 0
    var seenPoint = false
    var exponent = 0
    var iter = Array(text.utf8)
    if iter.first == UInt8(ascii: "-") { iter.removeFirst() }
    if let e = iter.firstIndex(where: { $0 == UInt8(ascii: "e") || $0 == UInt8(ascii: "E") }) {
      exponent = Int(String(decoding: iter[(e + 1)...], as: UTF8.self)) ?? 0
      iter = Array(iter[..<e])
    }
    for c in iter {
      if c == UInt8(ascii: ".") { seenPoint = true; continue }
      digits.append(c)
      if !seenPoint { point += 1 }
    }
    // Strip leading zeros (each moves the point left) and trailing zeros.
    while let first = digits.first, first == UInt8(ascii: "0"), digits.count > 1 {
      digits.removeFirst()
      point -= 1
    }
    while let last = digits.last, last == UInt8(ascii: "0"), digits.count > 1 {
      digits.removeLast()
    }
    return (digits, point + exponent)
  }

  /// `strconv.FormatFloat(f, 'g', -1, 64|32)`.
  static func formatG(_ f: Double, bits32: Bool = false) -> String {
    if f.isNaN { return "NaN" }
    if f.isInfinite { return f < 0 ? "-Inf" : "+Inf" }
    let neg = f.sign == .minus
    if f == 0 { return neg ? "-0" : "0" }
    let (digits, point) = shortestDigits(f, bits32: bits32)
    let exp = point - 1
    // Shortest 'g' uses %e when the exponent is < -4 or >= 6 (Go's eprec for precision -1).
    if exp < -4 || exp >= 6 {
      return (neg ? "-" : "") + formatE(digits, exp)
    }
    return (neg ? "-" : "") + formatF(digits, point)
  }

  /// Go's JSON float text (`encoding/json` floatEncoder, 64-bit).
  static func jsonFloat(_ f: Double) -> String {
    if f == f.rounded(.towardZero), f.magnitude < 9.007_199_254_740_992e15, f != 0 {
      return String(Int64(f))
    }
    let abs = f.magnitude
    if abs != 0 && (abs < 1e-6 || abs >= 1e21) {
      let neg = f.sign == .minus
      let (digits, point) = shortestDigits(f, bits32: false)
      var s = (neg ? "-" : "") + formatE(digits, point - 1)
      // e-09 → e-9
      var b = Array(s.utf8)
      let n = b.count
      if n >= 4 && b[n - 4] == UInt8(ascii: "e") && b[n - 3] == UInt8(ascii: "-")
        && b[n - 2] == UInt8(ascii: "0")
      {
        b[n - 2] = b[n - 1]
        b.removeLast()
        s = String(decoding: b, as: UTF8.self)
      }
      return s
    }
    if f == 0 { return f.sign == .minus ? "-0" : "0" }
    let (digits, point) = shortestDigits(f, bits32: false)
    return (f.sign == .minus ? "-" : "") + formatF(digits, point)
  }

  private static func formatE(_ digits: [UInt8], _ exp: Int) -> String {
    var out = [digits[0]]
    if digits.count > 1 {
      out.append(UInt8(ascii: "."))
      out.append(contentsOf: digits[1...])
    }
    out.append(UInt8(ascii: "e"))
    out.append(exp < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
    let e = Swift.abs(exp)
    if e < 10 { out.append(UInt8(ascii: "0")) }
    out.append(contentsOf: Array(String(e).utf8))
    return String(decoding: out, as: UTF8.self)
  }

  private static func formatF(_ digits: [UInt8], _ point: Int) -> String {
    var out: [UInt8] = []
    if point <= 0 {
      out.append(UInt8(ascii: "0"))
      out.append(UInt8(ascii: "."))
      out.append(contentsOf: Array(repeating: UInt8(ascii: "0"), count: -point))
      out.append(contentsOf: digits)
    } else if point >= digits.count {
      out.append(contentsOf: digits)
      out.append(contentsOf: Array(repeating: UInt8(ascii: "0"), count: point - digits.count))
    } else {
      out.append(contentsOf: digits[..<point])
      out.append(UInt8(ascii: "."))
      out.append(contentsOf: digits[point...])
    }
    return String(decoding: out, as: UTF8.self)
  }
}
