/// An exact decimal number `0.d₁d₂…dₙ × 10^dp`, as Go's `strconv` uses to convert a binary
/// float to decimal digits when fast paths do not apply.
///
/// Digits are ASCII bytes without leading or trailing zeros; `digits.isEmpty` means zero.
/// Unlike Go's fixed 800-digit buffer the digits grow as needed, so every float64 converts
/// exactly (Go's buffer is also large enough for float64, so results are the same).
struct StrconvDecimal {
  var digits: [UInt8] = []
  var dp: Int = 0

  init() {}

  /// The exact value `mantissa × 2^exponent`.
  init(mantissa: UInt64, exponent2: Int) {
    assign(mantissa)
    shift(exponent2)
  }

  var nd: Int { digits.count }

  mutating func assign(_ value: UInt64) {
    var v = value
    var reversed: [UInt8] = []
    while v > 0 {
      reversed.append(UInt8(v % 10) + 48)
      v /= 10
    }
    digits = reversed.reversed()
    dp = digits.count
    trim()
  }

  private mutating func trim() {
    while let last = digits.last, last == 48 { digits.removeLast() }
    if digits.isEmpty { dp = 0 }
  }

  /// Multiplies by `2^k` (k > 0) or divides by `2^-k` (k < 0), exactly.
  mutating func shift(_ k: Int) {
    if digits.isEmpty { return }
    var remaining = k
    while remaining > 0 {
      let step = min(remaining, 60)
      leftShift(step)
      remaining -= step
    }
    while remaining < 0 {
      let step = min(-remaining, 60)
      rightShift(step)
      remaining += step
    }
  }

  private mutating func leftShift(_ k: Int) {
    var out: [UInt8] = []
    out.reserveCapacity(digits.count + 20)
    var carry: UInt64 = 0
    for d in digits.reversed() {
      let n = (UInt64(d - 48) << UInt64(k)) + carry
      out.append(UInt8(n % 10) + 48)
      carry = n / 10
    }
    var added = 0
    while carry > 0 {
      out.append(UInt8(carry % 10) + 48)
      carry /= 10
      added += 1
    }
    digits = out.reversed()
    dp += added
    trim()
  }

  private mutating func rightShift(_ k: Int) {
    let mask: UInt64 = (1 << UInt64(k)) - 1
    var out: [UInt8] = []
    out.reserveCapacity(digits.count + k)
    var rem: UInt64 = 0
    for d in digits {
      let n = rem * 10 + UInt64(d - 48)
      out.append(UInt8(n >> UInt64(k)) + 48)
      rem = n & mask
    }
    while rem > 0 {
      let n = rem * 10
      out.append(UInt8(n >> UInt64(k)) + 48)
      rem = n & mask
    }
    var lead = 0
    while lead < out.count && out[lead] == 48 { lead += 1 }
    digits = Array(out[lead...])
    dp -= lead
    trim()
  }

  /// Whether rounding to `nd` digits should round up (half to even on the exact value).
  private func shouldRoundUp(_ n: Int) -> Bool {
    if digits[n] == 53 && n + 1 == digits.count {
      return n > 0 && (digits[n - 1] - 48) % 2 == 1
    }
    return digits[n] >= 53
  }

  /// Rounds to `n` significant digits, half to even.
  mutating func round(_ n: Int) {
    if n < 0 || n >= digits.count { return }
    if shouldRoundUp(n) { roundUp(n) } else { roundDown(n) }
  }

  mutating func roundDown(_ n: Int) {
    if n < 0 || n >= digits.count { return }
    digits.removeLast(digits.count - n)
    trim()
  }

  mutating func roundUp(_ n: Int) {
    if n < 0 || n >= digits.count { return }
    var i = n - 1
    while i >= 0 {
      if digits[i] < 57 {
        digits[i] += 1
        digits.removeLast(digits.count - (i + 1))
        return
      }
      i -= 1
    }
    // All nines: becomes 1 followed by zeros.
    digits = [49]
    dp += 1
  }

  /// Go's `roundShortest`: the fewest digits that still read back as the float
  /// `mantissa × 2^exponent` (mantissa with its implicit bit, exponent unbiased) of the
  /// float type `flt`.
  mutating func roundShortest(mantissa mant: UInt64, exponent exp: Int, flt: GoFloatInfo) {
    if mant == 0 {
      digits = []
      dp = 0
      return
    }
    let mantbits = flt.mantissaBits
    let minexp = flt.bias + 1
    if exp > minexp && 332 * (dp - nd) >= 100 * (exp - mantbits) {
      return
    }
    let upper = StrconvDecimal(mantissa: mant &* 2 &+ 1, exponent2: exp - mantbits - 1)
    var mantlo: UInt64
    var explo: Int
    if mant > 1 << UInt64(mantbits) || exp == minexp {
      mantlo = mant - 1
      explo = exp
    } else {
      mantlo = mant * 2 - 1
      explo = exp - 1
    }
    let lower = StrconvDecimal(mantissa: mantlo &* 2 &+ 1, exponent2: explo - mantbits - 1)
    let inclusive = mant % 2 == 0
    var upperdelta = 0
    var ui = 0
    while true {
      let mi = ui - upper.dp + dp
      if mi >= nd { break }
      let li = ui - upper.dp + lower.dp
      let l: UInt8 = (li >= 0 && li < lower.nd) ? lower.digits[li] : 48
      let m: UInt8 = mi >= 0 ? digits[mi] : 48
      let u: UInt8 = ui < upper.nd ? upper.digits[ui] : 48
      let okdown = l != m || (inclusive && li + 1 == lower.nd)
      if upperdelta == 0 && m + 1 < u {
        upperdelta = 2
      } else if upperdelta == 0 && m != u {
        upperdelta = 1
      } else if upperdelta == 1 && (m != 57 || u != 48) {
        upperdelta = 2
      }
      let okup = upperdelta > 0 && (inclusive || upperdelta > 1 || ui + 1 < upper.nd)
      if okdown && okup {
        round(mi + 1)
        return
      } else if okdown {
        roundDown(mi + 1)
        return
      } else if okup {
        roundUp(mi + 1)
        return
      }
      ui += 1
    }
  }
}
