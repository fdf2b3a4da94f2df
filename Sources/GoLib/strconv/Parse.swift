/// The parsing half of Go's `strconv` that Sprig's conversions depend on, with Go's exact
/// acceptance rules (sign, base prefixes, `_` separators, overflow as an error).
public enum GoStrconvParsing {
  /// `strconv.ParseInt(s, base, 64)` for base 0 (Go literal prefixes and `_`) or 2...36.
  /// Returns nil on a syntax error; on overflow returns the clamped value with `overflow` set.
  public static func parseInt(_ s: String, base: Int) -> (value: Int64, overflow: Bool)? {
    var bytes = Array(s.utf8)
    if bytes.isEmpty { return nil }
    var negative = false
    if bytes[0] == UInt8(ascii: "+") || bytes[0] == UInt8(ascii: "-") {
      negative = bytes[0] == UInt8(ascii: "-")
      bytes.removeFirst()
    }
    guard let (magnitude, overflow) = parseUint(bytes, base: base, original: s) else { return nil }
    let cutoff: UInt64 = 1 << 63
    if !negative && magnitude >= cutoff { return (Int64.max, true) }
    if negative && magnitude > cutoff { return (Int64.min, true) }
    if overflow { return (negative ? Int64.min : Int64.max, true) }
    let value = negative ? Int64(bitPattern: 0 &- magnitude) : Int64(magnitude)
    return (value, false)
  }

  /// `strconv.ParseUint(s, base, 64)` for base 0 (Go literal prefixes and `_`) or 2...36:
  /// no sign allowed. Returns nil on a syntax error; on overflow returns `UInt64.max` with
  /// `overflow` set.
  public static func parseUint(_ s: String, base: Int) -> (value: UInt64, overflow: Bool)? {
    parseUint(Array(s.utf8), base: base, original: s)
  }

  /// `strconv.ParseUint` over the bytes after the sign. `original` is the full text
  /// (Go checks underscores against it).
  private static func parseUint(_ input: [UInt8], base requested: Int, original: String) -> (UInt64, Bool)? {
    if input.isEmpty { return nil }
    var s = input[...]
    var base = requested
    let base0 = requested == 0
    if base0 {
      base = 10
      if s[s.startIndex] == UInt8(ascii: "0") {
        let next = s.count >= 3 ? lower(s[s.startIndex + 1]) : 0
        if next == UInt8(ascii: "b") {
          base = 2; s = s.dropFirst(2)
        } else if next == UInt8(ascii: "o") {
          base = 8; s = s.dropFirst(2)
        } else if next == UInt8(ascii: "x") {
          base = 16; s = s.dropFirst(2)
        } else {
          base = 8; s = s.dropFirst(1)
        }
      }
    }
    var n: UInt64 = 0
    var overflow = false
    var underscores = false
    for c in s {
      let d: UInt8
      if c == UInt8(ascii: "_") && base0 {
        underscores = true
        continue
      } else if c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") {
        d = c - UInt8(ascii: "0")
      } else if lower(c) >= UInt8(ascii: "a") && lower(c) <= UInt8(ascii: "z") {
        d = lower(c) - UInt8(ascii: "a") + 10
      } else {
        return nil
      }
      if Int(d) >= base { return nil }
      if overflow { continue }
      let (m, o1) = n.multipliedReportingOverflow(by: UInt64(base))
      let (a, o2) = m.addingReportingOverflow(UInt64(d))
      if o1 || o2 { overflow = true; n = UInt64.max } else { n = a }
    }
    if underscores && !underscoreOK(original) { return nil }
    return (n, overflow)
  }

  private static func lower(_ c: UInt8) -> UInt8 { c | 0x20 }

  /// Go's `underscoreOK`: underscores only between digits or after a base prefix.
  static func underscoreOK(_ text: String) -> Bool {
    var s = Array(text.utf8)[...]
    var saw: UInt8 = UInt8(ascii: "^")
    if let first = s.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") { s = s.dropFirst() }
    var hex = false
    var i = s.startIndex
    if s.count >= 2 && s[i] == UInt8(ascii: "0") {
      let p = lower(s[i + 1])
      if p == UInt8(ascii: "b") || p == UInt8(ascii: "o") || p == UInt8(ascii: "x") {
        i += 2
        saw = UInt8(ascii: "0")
        hex = p == UInt8(ascii: "x")
      }
    }
    while i < s.endIndex {
      let c = s[i]
      i += 1
      if (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
        || (hex && lower(c) >= UInt8(ascii: "a") && lower(c) <= UInt8(ascii: "f"))
      {
        saw = UInt8(ascii: "0")
        continue
      }
      if c == UInt8(ascii: "_") {
        if saw != UInt8(ascii: "0") { return false }
        saw = UInt8(ascii: "_")
        continue
      }
      if saw == UInt8(ascii: "_") { return false }
      saw = UInt8(ascii: "!")
    }
    return saw != UInt8(ascii: "_")
  }

  /// `strconv.Atoi`: base 10, optional sign, no prefixes or underscores. On overflow Go
  /// returns the clamped value (and an error Sprig ignores); on a syntax error 0.
  public static func atoi(_ s: String) -> Int {
    guard let (value, _) = parseInt(s, base: 10) else { return 0 }
    return Int(value)
  }

  /// `strconv.ParseFloat(s, 64)`: decimal and hexadecimal (with `p` exponent) floats,
  /// `_` between digits, `inf`/`infinity`/`nan` in any case. Nil on any error,
  /// including out of range.
  public static func parseFloat(_ text: String) -> Double? {
    var body = Substring(text)
    var negative = false
    if let f = body.first, f == "+" || f == "-" {
      negative = f == "-"
      body = body.dropFirst()
    }
    let lowered = body.lowercased()
    if lowered == "inf" || lowered == "infinity" { return negative ? -.infinity : .infinity }
    if lowered == "nan" {
      // Go accepts a sign only before inf, not before nan.
      return text.first == "+" || text.first == "-" ? nil : .nan
    }
    let bytes = Array(body.utf8)
    if bytes.isEmpty { return nil }
    if bytes.contains(UInt8(ascii: "_")) && !underscoreOK(text) { return nil }
    let cleaned = bytes.filter { $0 != UInt8(ascii: "_") }
    if cleaned.count >= 2 && cleaned[0] == UInt8(ascii: "0") && lower(cleaned[1]) == UInt8(ascii: "x") {
      return parseHexFloat(Array(cleaned.dropFirst(2)), negative: negative)
    }
    // Decimal: digits [. digits] [e [sign] digits], at least one mantissa digit.
    var i = 0
    var mantissaDigits = 0
    while i < cleaned.count, isDigit(cleaned[i]) { i += 1; mantissaDigits += 1 }
    if i < cleaned.count, cleaned[i] == UInt8(ascii: ".") {
      i += 1
      while i < cleaned.count, isDigit(cleaned[i]) { i += 1; mantissaDigits += 1 }
    }
    if mantissaDigits == 0 { return nil }
    if i < cleaned.count, lower(cleaned[i]) == UInt8(ascii: "e") {
      i += 1
      if i < cleaned.count, cleaned[i] == UInt8(ascii: "+") || cleaned[i] == UInt8(ascii: "-") { i += 1 }
      var expDigits = 0
      while i < cleaned.count, isDigit(cleaned[i]) { i += 1; expDigits += 1 }
      if expDigits == 0 { return nil }
    }
    if i != cleaned.count { return nil }
    guard let value = Double(String(decoding: cleaned, as: UTF8.self)) else { return nil }
    if value.isInfinite { return nil }
    return negative ? -value : value
  }

  private static func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

  private static func parseHexFloat(_ bytes: [UInt8], negative: Bool) -> Double? {
    var mantissa: Double = 0
    var exponent = 0
    var digits = 0
    var i = 0
    var seenDot = false
    while i < bytes.count {
      let c = bytes[i]
      if c == UInt8(ascii: ".") {
        if seenDot { return nil }
        seenDot = true
        i += 1
        continue
      }
      guard let d = hexValue(c) else { break }
      mantissa = mantissa * 16 + Double(d)
      if seenDot { exponent -= 4 }
      digits += 1
      i += 1
    }
    if digits == 0 { return nil }
    guard i < bytes.count, lower(bytes[i]) == UInt8(ascii: "p") else { return nil }
    i += 1
    var expNegative = false
    if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") {
      expNegative = bytes[i] == UInt8(ascii: "-")
      i += 1
    }
    var e = 0
    var expDigits = 0
    while i < bytes.count, isDigit(bytes[i]) {
      e = min(e * 10 + Int(bytes[i] - UInt8(ascii: "0")), 100_000)
      i += 1
      expDigits += 1
    }
    if expDigits == 0 || i != bytes.count { return nil }
    exponent += expNegative ? -e : e
    let value = mantissa * pow2(exponent)
    if value.isInfinite { return nil }
    return negative ? -value : value
  }

  private static func pow2(_ e: Int) -> Double {
    var result = 1.0
    var remaining = e
    while remaining > 0 {
      let step = min(remaining, 1000); result *= Double(sign: .plus, exponent: step, significand: 1);
      remaining -= step
    }
    while remaining < 0 {
      let step = max(remaining, -1000); result *= Double(sign: .plus, exponent: step, significand: 1);
      remaining -= step
    }
    return result
  }

  private static func hexValue(_ c: UInt8) -> Int? {
    if isDigit(c) { return Int(c - UInt8(ascii: "0")) }
    let l = lower(c)
    if l >= UInt8(ascii: "a") && l <= UInt8(ascii: "f") { return Int(l - UInt8(ascii: "a")) + 10 }
    return nil
  }
}
