/// Go's `math` functions whose special cases differ from C's: `Max`, `Min` (NaN wins,
/// signed zeros ordered) and `Pow` (computed by repeated squaring for integer exponents,
/// as Go does, so results match bit for bit).
enum GoMath {
  static func max(_ x: Double, _ y: Double) -> Double {
    if x.isInfinite && x > 0 || y.isInfinite && y > 0 { return .infinity }
    if x.isNaN || y.isNaN { return .nan }
    if x == 0 && x == y { return x.sign == .minus ? y : x }
    return x > y ? x : y
  }

  static func min(_ x: Double, _ y: Double) -> Double {
    if x.isInfinite && x < 0 || y.isInfinite && y < 0 { return -.infinity }
    if x.isNaN || y.isNaN { return .nan }
    if x == 0 && x == y { return x.sign == .minus ? x : y }
    return x < y ? x : y
  }

  /// `math.Frexp`: frac in [0.5, 1) and exp with f = frac × 2^exp.
  static func frexp(_ f: Double) -> (Double, Int) {
    if f == 0 || f.isNaN || f.isInfinite { return (f, 0) }
    let e = Int(f.exponent) + 1
    return (Double(sign: f.sign, exponent: -1, significand: f.significand), e)
  }

  static func ldexp(_ frac: Double, _ exp: Int) -> Double {
    if frac == 0 || frac.isNaN || frac.isInfinite { return frac }
    var result = frac
    var e = exp
    while e > 1000 { result *= Double(sign: .plus, exponent: 1000, significand: 1); e -= 1000 }
    while e < -1000 { result *= Double(sign: .plus, exponent: -1000, significand: 1); e += 1000 }
    return result * Double(sign: .plus, exponent: e, significand: 1)
  }

  /// `math.Pow` for integral exponents (the only ones Sprig's `round` passes), by Go's
  /// repeated squaring so results match bit for bit.
  static func pow(_ x: Double, _ y: Double) -> Double {
    if y == 0 || x == 1 { return 1 }
    if y == 1 { return x }
    if x.isNaN || y.isNaN || y != y.rounded(.towardZero) { return .nan }
    if x == 0 { return y < 0 ? .infinity : 0 }
    if x.isInfinite || y.isInfinite || abs(y) > 9.2e18 {
      if abs(x) > 1 { return y < 0 ? 0 : .infinity }
      return y < 0 ? .infinity : 0
    }
    var a1 = 1.0
    var ae = 0
    var (x1, xe) = frexp(x)
    var i = Int64(abs(y))
    while i != 0 {
      if xe < -(1 << 12) || 1 << 12 < xe {
        ae += xe
        break
      }
      if i & 1 == 1 {
        a1 *= x1
        ae += xe
      }
      x1 *= x1
      xe <<= 1
      if x1 < 0.5 {
        x1 += x1
        xe -= 1
      }
      i >>= 1
    }
    if y < 0 {
      a1 = 1 / a1
      ae = -ae
    }
    return ldexp(a1, ae)
  }
}
