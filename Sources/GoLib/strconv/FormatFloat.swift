/// Go's `strconv` number formatting: `FormatFloat` with every format byte
/// (`b e E f g G x X`) and precision, and `FormatInt`.
///
/// Shortest conversions take their digits from Swift's own shortest round-trip printer
/// (the same digits Go's Ryu-based shortest conversion picks); fixed precisions use an exact
/// decimal expansion rounded half to even, as `strconv` does.
/// The layout of a Go float type (`strconv`'s `floatInfo`): `float32` or `float64`.
struct GoFloatInfo: Sendable {
  let mantissaBits: Int
  let exponentBits: Int
  let bias: Int

  static let float32 = GoFloatInfo(mantissaBits: 23, exponentBits: 8, bias: -127)
  static let float64 = GoFloatInfo(mantissaBits: 52, exponentBits: 11, bias: -1023)

  /// The info for `bitSize` 32 or 64 (anything else reads as 64).
  static func of(bitSize: Int) -> GoFloatInfo { bitSize == 32 ? .float32 : .float64 }
}

/// Go's `strconv` number formatting: `FormatFloat` with every format byte
/// (`b e E f g G x X`), precision and bit size.
///
/// Shortest conversions take their digits from Swift's own shortest round-trip printer
/// (the same digits Go's Ryu-based shortest conversion picks, for `Float` and `Double`);
/// fixed precisions use an exact decimal expansion rounded half to even, as `strconv` does.
public enum GoStrconv {
  /// `strconv.FormatFloat(f, fmt, prec, bitSize)`; `prec < 0` means the shortest
  /// representation; `bitSize` 32 formats `float32(f)`.
  public static func formatFloat(_ value: Double, fmt: UInt8, prec: Int, bitSize: Int = 64) -> String {
    var out: [UInt8] = []
    appendFloat(&out, value, fmt: fmt, prec: prec, bitSize: bitSize)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `strconv.AppendFloat(dst, f, fmt, prec, bitSize)` to `out`.
  public static func appendFloat(
    _ out: inout [UInt8], _ value: Double, fmt: UInt8, prec: Int, bitSize: Int = 64
  ) {
    let flt = GoFloatInfo.of(bitSize: bitSize)
    let (neg, special, mant, exp) = decompose(value, flt)
    if special {
      if mant != 0 {
        out.append(contentsOf: Array("NaN".utf8))
      } else {
        out.append(contentsOf: Array((neg ? "-Inf" : "+Inf").utf8))
      }
      return
    }
    switch fmt {
    case UInt8(ascii: "b"):
      appendBinary(&out, neg: neg, mant: mant, exp: exp, flt: flt)
      return
    case UInt8(ascii: "x"), UInt8(ascii: "X"):
      appendHex(&out, prec: prec, fmt: fmt, neg: neg, mant: mant, exp: exp, flt: flt)
      return
    default:
      break
    }
    var precision = prec
    let shortest = prec < 0
    var digs: StrconvDecimal
    if shortest {
      digs = shortestDigits(value, mant: mant, exp: exp, flt: flt)
      switch fmt {
      case UInt8(ascii: "e"), UInt8(ascii: "E"): precision = max(digs.nd - 1, 0)
      case UInt8(ascii: "f"): precision = max(digs.nd - digs.dp, 0)
      case UInt8(ascii: "g"), UInt8(ascii: "G"): precision = digs.nd
      default: break
      }
    } else {
      digs = StrconvDecimal(mantissa: mant, exponent2: exp - flt.mantissaBits)
      switch fmt {
      case UInt8(ascii: "e"), UInt8(ascii: "E"):
        digs.round(precision + 1)
      case UInt8(ascii: "f"):
        digs.round(digs.dp + precision)
      case UInt8(ascii: "g"), UInt8(ascii: "G"):
        if precision == 0 { precision = 1 }
        digs.round(precision)
      default:
        break
      }
    }
    formatDigits(&out, shortest: shortest, neg: neg, digs: digs, prec: precision, fmt: fmt)
  }

  /// The shortest decimal digits that read back as `value` (as a float of `bitSize` bits):
  /// `value = 0.d₁d₂…dₙ × 10^decimalPoint`, digits as ASCII without leading or trailing
  /// zeros (empty for zero); NaN and infinities give no digits.
  public static func shortestDecimal(_ value: Double, bitSize: Int = 64) -> (
    digits: [UInt8], decimalPoint: Int
  ) {
    let flt = GoFloatInfo.of(bitSize: bitSize)
    let (_, special, mant, exp) = decompose(value, flt)
    if special { return ([], 0) }
    let d = shortestDigits(value, mant: mant, exp: exp, flt: flt)
    return (d.digits, d.dp)
  }

  /// Sign, Inf/NaN flag, mantissa with its implicit bit, and unbiased exponent of
  /// `value` as a float of type `flt` (Go's `genericFtoa` preamble).
  private static func decompose(_ value: Double, _ flt: GoFloatInfo) -> (
    neg: Bool, special: Bool, mant: UInt64, exp: Int
  ) {
    let bits = flt.mantissaBits == 23 ? UInt64(Float(value).bitPattern) : value.bitPattern
    let neg = bits >> UInt64(flt.exponentBits + flt.mantissaBits) != 0
    var exp = Int(bits >> UInt64(flt.mantissaBits)) & (1 << flt.exponentBits - 1)
    var mant = bits & (UInt64(1) << UInt64(flt.mantissaBits) - 1)
    switch exp {
    case 1 << flt.exponentBits - 1:
      return (neg, true, mant, exp)
    case 0:
      exp += 1
    default:
      mant |= UInt64(1) << UInt64(flt.mantissaBits)
    }
    return (neg, false, mant, exp + flt.bias)
  }

  /// The shortest decimal digits that read back as `value` (finite).
  static func shortestDigits(_ value: Double, mant: UInt64, exp: Int, flt: GoFloatInfo) -> StrconvDecimal {
    var d = StrconvDecimal()
    if value == 0 { return d }
    // Swift's description is the shortest round-trip form: "1.0", "0.001", "1e-05", "5e-324".
    let text = (flt.mantissaBits == 23 ? Float(value).magnitude.description : value.magnitude.description)
      .utf8
    var digits: [UInt8] = []
    digits.reserveCapacity(20)
    var pointPos = -1
    var exponent = 0
    var sawE = false
    var expNeg = false
    for c in text {
      if sawE {
        if c == UInt8(ascii: "-") {
          expNeg = true
        } else if c >= 48 && c <= 57 {
          exponent = exponent * 10 + Int(c - 48)
        }
      } else if c == UInt8(ascii: ".") {
        pointPos = digits.count
      } else if c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
        sawE = true
      } else if c >= 48 && c <= 57 {
        digits.append(c)
      }
    }
    if expNeg { exponent = -exponent }
    if pointPos < 0 { pointPos = digits.count }
    var lead = 0
    while lead < digits.count && digits[lead] == 48 { lead += 1 }
    if lead == digits.count {
      // Unexpected form (or a float32 underflow to zero): the exact algorithm.
      var exact = StrconvDecimal(mantissa: mant, exponent2: exp - flt.mantissaBits)
      exact.roundShortest(mantissa: mant, exponent: exp, flt: flt)
      return exact
    }
    var end = digits.count
    while end > lead && digits[end - 1] == 48 { end -= 1 }
    d.digits = Array(digits[lead..<end])
    d.dp = pointPos - lead + exponent
    return d
  }

  /// The shortest digits computed with Go's exact `roundShortest` algorithm (slow; for checks).
  static func exactShortestDigits(_ value: Double, bitSize: Int = 64) -> (digits: String, dp: Int) {
    let flt = GoFloatInfo.of(bitSize: bitSize)
    let (_, _, mant, exp) = decompose(value, flt)
    var d = StrconvDecimal(mantissa: mant, exponent2: exp - flt.mantissaBits)
    d.roundShortest(mantissa: mant, exponent: exp, flt: flt)
    return (String(decoding: d.digits, as: UTF8.self), d.dp)
  }

  /// The same pair from the fast path, for comparison with `exactShortestDigits`.
  static func fastShortestDigits(_ value: Double, bitSize: Int = 64) -> (digits: String, dp: Int) {
    let d = shortestDecimal(value, bitSize: bitSize)
    return (String(decoding: d.digits, as: UTF8.self), d.decimalPoint)
  }

  private static func formatDigits(
    _ out: inout [UInt8], shortest: Bool, neg: Bool, digs: StrconvDecimal, prec: Int, fmt: UInt8
  ) {
    switch fmt {
    case UInt8(ascii: "e"), UInt8(ascii: "E"):
      appendE(&out, neg: neg, digs: digs, prec: prec, fmt: fmt)
    case UInt8(ascii: "f"):
      appendF(&out, neg: neg, digs: digs, prec: prec)
    case UInt8(ascii: "g"), UInt8(ascii: "G"):
      var eprec = prec
      if eprec > digs.nd && digs.nd >= digs.dp { eprec = digs.nd }
      if shortest { eprec = 6 }
      let exp = digs.dp - 1
      if exp < -4 || exp >= eprec {
        var p = prec
        if p > digs.nd { p = digs.nd }
        appendE(
          &out, neg: neg, digs: digs, prec: p - 1,
          fmt: fmt == UInt8(ascii: "G") ? UInt8(ascii: "E") : UInt8(ascii: "e"))
        return
      }
      var p = prec
      if p > digs.dp { p = digs.nd }
      appendF(&out, neg: neg, digs: digs, prec: max(p - digs.dp, 0))
    default:
      out.append(UInt8(ascii: "%"))
      out.append(fmt)
    }
  }

  private static func appendE(_ out: inout [UInt8], neg: Bool, digs: StrconvDecimal, prec: Int, fmt: UInt8) {
    if neg { out.append(UInt8(ascii: "-")) }
    out.append(digs.nd != 0 ? digs.digits[0] : 48)
    if prec > 0 {
      out.append(UInt8(ascii: "."))
      var i = 1
      let m = min(digs.nd, prec + 1)
      if i < m {
        out.append(contentsOf: digs.digits[i..<m])
        i = m
      }
      while i <= prec {
        out.append(48)
        i += 1
      }
    }
    out.append(fmt)
    appendExponent(&out, digs.nd == 0 ? 0 : digs.dp - 1)
  }

  /// The exponent's sign, then its digits, at least two.
  private static func appendExponent(_ out: inout [UInt8], _ exp: Int) {
    out.append(exp < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
    let digits = Array(String(exp.magnitude).utf8)
    if digits.count < 2 { out.append(48) }
    out.append(contentsOf: digits)
  }

  private static func appendF(_ out: inout [UInt8], neg: Bool, digs: StrconvDecimal, prec: Int) {
    if neg { out.append(UInt8(ascii: "-")) }
    if digs.dp > 0 {
      var m = min(digs.nd, digs.dp)
      out.append(contentsOf: digs.digits[0..<m])
      while m < digs.dp {
        out.append(48)
        m += 1
      }
    } else {
      out.append(48)
    }
    if prec > 0 {
      out.append(UInt8(ascii: "."))
      for i in 1...prec {
        let j = digs.dp + i - 1
        out.append((j >= 0 && j < digs.nd) ? digs.digits[j] : 48)
      }
    }
  }

  private static func appendBinary(_ out: inout [UInt8], neg: Bool, mant: UInt64, exp: Int, flt: GoFloatInfo)
  {
    if neg { out.append(UInt8(ascii: "-")) }
    out.append(contentsOf: Array(String(mant).utf8))
    out.append(UInt8(ascii: "p"))
    let e = exp - flt.mantissaBits
    if e >= 0 { out.append(UInt8(ascii: "+")) }
    out.append(contentsOf: Array(String(e).utf8))
  }

  private static func appendHex(
    _ out: inout [UInt8], prec: Int, fmt: UInt8, neg: Bool, mant inMant: UInt64, exp inExp: Int,
    flt: GoFloatInfo
  ) {
    var mant = inMant
    var exp = inExp
    if mant == 0 { exp = 0 }
    mant <<= UInt64(60 - flt.mantissaBits)
    while mant != 0 && mant & (1 << 60) == 0 {
      mant <<= 1
      exp -= 1
    }
    if prec >= 0 && prec < 15 {
      let shift = UInt64(prec * 4)
      let extra = (mant << shift) & ((1 << 60) - 1)
      mant >>= 60 - shift
      if extra | (mant & 1) > 1 << 59 {
        mant += 1
      }
      mant <<= 60 - shift
      if mant & (1 << 61) != 0 {
        mant >>= 1
        exp += 1
      }
    }
    let hex: [UInt8] =
      fmt == UInt8(ascii: "X") ? Array("0123456789ABCDEF".utf8) : Array("0123456789abcdef".utf8)
    if neg { out.append(UInt8(ascii: "-")) }
    out.append(48)
    out.append(fmt)
    out.append(48 + UInt8((mant >> 60) & 1))
    mant <<= 4
    if prec < 0 && mant != 0 {
      out.append(UInt8(ascii: "."))
      while mant != 0 {
        out.append(hex[Int((mant >> 60) & 15)])
        mant <<= 4
      }
    } else if prec > 0 {
      out.append(UInt8(ascii: "."))
      for _ in 0..<prec {
        out.append(hex[Int((mant >> 60) & 15)])
        mant <<= 4
      }
    }
    out.append(fmt == UInt8(ascii: "X") ? UInt8(ascii: "P") : UInt8(ascii: "p"))
    appendExponent(&out, exp)
  }
}
