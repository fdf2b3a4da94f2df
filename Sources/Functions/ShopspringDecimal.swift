import GoLib
import Template

/// The part of shopspring/decimal that Sprig's float functions (`addf`, `subf`, `mulf`,
/// `divf`, `add1f`) use: exact decimal sums and products of the shortest decimal forms of
/// float64 inputs, division rounded half away from zero to 16 decimal places, and the
/// nearest float64 of the result.
struct ShopspringDecimal {
  /// |value| = coefficient × 10^exponent; coefficient digits are little-endian base 10.
  var negative: Bool
  var digits: [UInt8]
  var exponent: Int

  static let divisionPrecision = 16

  /// `decimal.NewFromFloat`, which panics on NaN and infinities.
  init(_ f: Double) throws {
    guard f.isFinite else {
      throw FunctionError("Cannot create a Decimal from \(f.isNaN ? "NaN" : (f < 0 ? "-Inf" : "+Inf"))")
    }
    negative = f.sign == .minus && f != 0
    let (ascii, point) = GoStrconv.shortestDecimal(f)
    digits = ascii.reversed().map { $0 &- UInt8(ascii: "0") }
    exponent = point - ascii.count
    normalize()
  }

  private init(negative: Bool, digits: [UInt8], exponent: Int) {
    self.negative = negative
    self.digits = digits
    self.exponent = exponent
    normalize()
  }

  private mutating func normalize() {
    while digits.count > 1, digits.last == 0 { digits.removeLast() }
    if digits.isEmpty { digits = [0] }
    if isZero { negative = false }
  }

  var isZero: Bool { digits.allSatisfy { $0 == 0 } }

  /// The nearest float64.
  var doubleValue: Double {
    let text = String(decoding: digits.reversed().map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
    let value = Double("\(text)e\(exponent)") ?? 0
    return negative ? -value : value
  }

  // MARK: Arithmetic

  static func + (a: ShopspringDecimal, b: ShopspringDecimal) -> ShopspringDecimal {
    let e = min(a.exponent, b.exponent)
    let x = Digits.shifted(a.digits, by: a.exponent - e)
    let y = Digits.shifted(b.digits, by: b.exponent - e)
    if a.negative == b.negative {
      return ShopspringDecimal(negative: a.negative, digits: Digits.add(x, y), exponent: e)
    }
    if Digits.compare(x, y) >= 0 {
      return ShopspringDecimal(negative: a.negative, digits: Digits.subtract(x, y), exponent: e)
    }
    return ShopspringDecimal(negative: b.negative, digits: Digits.subtract(y, x), exponent: e)
  }

  static prefix func - (a: ShopspringDecimal) -> ShopspringDecimal {
    ShopspringDecimal(negative: !a.negative, digits: a.digits, exponent: a.exponent)
  }

  static func - (a: ShopspringDecimal, b: ShopspringDecimal) -> ShopspringDecimal { a + (-b) }

  static func * (a: ShopspringDecimal, b: ShopspringDecimal) -> ShopspringDecimal {
    ShopspringDecimal(
      negative: a.negative != b.negative, digits: Digits.multiply(a.digits, b.digits),
      exponent: a.exponent + b.exponent)
  }

  /// `Decimal.Div`: `DivRound(d2, 16)`.
  func divided(by d: ShopspringDecimal) throws -> ShopspringDecimal {
    if d.isZero { throw FunctionError("decimal division by 0") }
    // value = a·10^ea / (b·10^eb); scale to 16 fractional digits.
    let shift = exponent - d.exponent + ShopspringDecimal.divisionPrecision
    if abs(shift) > 100_000 { throw FunctionError("overflow in decimal QuoRem") }
    let numerator = shift >= 0 ? Digits.shifted(digits, by: shift) : digits
    let denominator = shift < 0 ? Digits.shifted(d.digits, by: -shift) : d.digits
    var (q, r) = Digits.divide(numerator, denominator)
    if Digits.compare(Digits.add(r, r), denominator) >= 0 { q = Digits.add(q, [1]) }
    return ShopspringDecimal(
      negative: negative != d.negative, digits: q, exponent: -ShopspringDecimal.divisionPrecision)
  }
}

/// Unsigned arbitrary-precision integers as little-endian decimal digit arrays.
private enum Digits {
  static func shifted(_ a: [UInt8], by n: Int) -> [UInt8] {
    n <= 0 ? a : [UInt8](repeating: 0, count: n) + a
  }

  static func trimmed(_ a: [UInt8]) -> [UInt8] {
    var a = a
    while a.count > 1, a.last == 0 { a.removeLast() }
    return a.isEmpty ? [0] : a
  }

  static func compare(_ x: [UInt8], _ y: [UInt8]) -> Int {
    let a = trimmed(x)
    let b = trimmed(y)
    if a.count != b.count { return a.count < b.count ? -1 : 1 }
    for i in stride(from: a.count - 1, through: 0, by: -1) where a[i] != b[i] {
      return a[i] < b[i] ? -1 : 1
    }
    return 0
  }

  static func add(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity(max(a.count, b.count) + 1)
    var carry: UInt8 = 0
    for i in 0..<max(a.count, b.count) {
      let s = (i < a.count ? a[i] : 0) + (i < b.count ? b[i] : 0) + carry
      out.append(s % 10)
      carry = s / 10
    }
    if carry > 0 { out.append(carry) }
    return trimmed(out)
  }

  /// a - b for a ≥ b.
  static func subtract(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    var borrow = 0
    for i in 0..<a.count {
      var d = Int(a[i]) - borrow - Int(i < b.count ? b[i] : 0)
      borrow = 0
      if d < 0 {
        d += 10
        borrow = 1
      }
      out.append(UInt8(d))
    }
    return trimmed(out)
  }

  static func multiply(_ a: [UInt8], _ b: [UInt8]) -> [UInt8] {
    var acc = [Int](repeating: 0, count: a.count + b.count + 1)
    for (i, x) in a.enumerated() where x != 0 {
      for (j, y) in b.enumerated() { acc[i + j] += Int(x) * Int(y) }
    }
    var carry = 0
    var out: [UInt8] = []
    for v in acc {
      let s = v + carry
      out.append(UInt8(s % 10))
      carry = s / 10
    }
    while carry > 0 {
      out.append(UInt8(carry % 10))
      carry /= 10
    }
    return trimmed(out)
  }

  /// Long division: quotient and remainder.
  static func divide(_ a: [UInt8], _ b: [UInt8]) -> ([UInt8], [UInt8]) {
    var quotient = [UInt8](repeating: 0, count: a.count)
    var remainder: [UInt8] = [0]
    for i in stride(from: a.count - 1, through: 0, by: -1) {
      remainder = trimmed([a[i]] + remainder)
      var q: UInt8 = 0
      while compare(remainder, b) >= 0 {
        remainder = subtract(remainder, b)
        q += 1
      }
      quotient[i] = q
    }
    return (trimmed(quotient), remainder)
  }
}
