/// A non-negative integer of any size, held in base-10⁹ limbs (least significant first): the
/// unscaled digits of a `Quantity`, which may exceed 64 bits before Kubernetes caps or rounds it.
struct DecimalMagnitude: Sendable, Hashable, Comparable {
  static let limbBase: UInt64 = 1_000_000_000
  /// Limbs, least significant first, no leading zero limbs (zero is `[]`).
  private(set) var limbs: [UInt32]

  static let zero = DecimalMagnitude(limbs: [])

  private init(limbs: [UInt32]) {
    self.limbs = limbs
    trim()
  }

  init(_ value: UInt64) {
    var limbs: [UInt32] = []
    var v = value
    while v > 0 {
      limbs.append(UInt32(v % Self.limbBase))
      v /= Self.limbBase
    }
    self.init(limbs: limbs)
  }

  /// Parses a string of ASCII digits (empty means zero); nil when a character is not a digit.
  init?<S: StringProtocol>(digits: S) {
    var limbs: [UInt32] = []
    let bytes = Array(digits.utf8)
    var end = bytes.count
    while end > 0 {
      let start = max(0, end - 9)
      var limb: UInt32 = 0
      for b in bytes[start..<end] {
        guard b >= 48 && b <= 57 else { return nil }
        limb = limb * 10 + UInt32(b - 48)
      }
      limbs.append(limb)
      end = start
    }
    self.init(limbs: limbs)
  }

  private mutating func trim() {
    while let last = limbs.last, last == 0 { limbs.removeLast() }
  }

  var isZero: Bool { limbs.isEmpty }

  /// The value when it fits in a `UInt64`.
  var uint64: UInt64? {
    var result: UInt64 = 0
    for limb in limbs.reversed() {
      let (m, o1) = result.multipliedReportingOverflow(by: Self.limbBase)
      let (a, o2) = m.addingReportingOverflow(UInt64(limb))
      if o1 || o2 { return nil }
      result = a
    }
    return result
  }

  /// Decimal digits, without leading zeros (`0` for zero).
  var digits: String {
    guard let top = limbs.last else { return "0" }
    var text = String(top)
    for limb in limbs.dropLast().reversed() {
      let part = String(limb)
      text += String(repeating: "0", count: 9 - part.count) + part
    }
    return text
  }

  /// Number of decimal digits (0 for zero).
  var digitCount: Int {
    guard let top = limbs.last else { return 0 }
    return (limbs.count - 1) * 9 + String(top).count
  }

  static func + (a: DecimalMagnitude, b: DecimalMagnitude) -> DecimalMagnitude {
    var result: [UInt32] = []
    result.reserveCapacity(max(a.limbs.count, b.limbs.count) + 1)
    var carry: UInt64 = 0
    for i in 0..<max(a.limbs.count, b.limbs.count) {
      let sum =
        (i < a.limbs.count ? UInt64(a.limbs[i]) : 0) + (i < b.limbs.count ? UInt64(b.limbs[i]) : 0) + carry
      result.append(UInt32(sum % limbBase))
      carry = sum / limbBase
    }
    if carry > 0 { result.append(UInt32(carry)) }
    return DecimalMagnitude(limbs: result)
  }

  /// `a - b`; `a` must not be smaller than `b`.
  static func - (a: DecimalMagnitude, b: DecimalMagnitude) -> DecimalMagnitude {
    precondition(a >= b, "magnitude subtraction below zero")
    var result: [UInt32] = []
    var borrow: Int64 = 0
    for i in 0..<a.limbs.count {
      var d = Int64(a.limbs[i]) - (i < b.limbs.count ? Int64(b.limbs[i]) : 0) - borrow
      if d < 0 {
        d += Int64(limbBase)
        borrow = 1
      } else {
        borrow = 0
      }
      result.append(UInt32(d))
    }
    return DecimalMagnitude(limbs: result)
  }

  /// The product with a small factor (at most 2³²).
  func multiplied(by factor: UInt64) -> DecimalMagnitude {
    precondition(factor <= 1 << 32)
    if factor == 0 || isZero { return .zero }
    var result: [UInt32] = []
    result.reserveCapacity(limbs.count + 2)
    var carry: UInt64 = 0
    for limb in limbs {
      let p = UInt64(limb) * factor + carry
      result.append(UInt32(p % Self.limbBase))
      carry = p / Self.limbBase
    }
    while carry > 0 {
      result.append(UInt32(carry % Self.limbBase))
      carry /= Self.limbBase
    }
    return DecimalMagnitude(limbs: result)
  }

  /// The product with 10^`power`.
  func shifted(byDecimalDigits power: Int) -> DecimalMagnitude {
    if isZero || power == 0 { return self }
    var result = self
    let whole = power / 9
    if whole > 0 { result.limbs.insert(contentsOf: repeatElement(0, count: whole), at: 0) }
    var rest = power % 9
    var factor: UInt64 = 1
    while rest > 0 {
      factor *= 10
      rest -= 1
    }
    return factor == 1 ? result : result.multiplied(by: factor)
  }

  /// The product with 2^`power`.
  func multiplied(byPowerOfTwo power: Int) -> DecimalMagnitude {
    var result = self
    var rest = power
    while rest > 0 {
      let step = min(rest, 30)
      result = result.multiplied(by: 1 << UInt64(step))
      rest -= step
    }
    return result
  }

  /// Quotient and remainder of the division by a small divisor (at most 2³²).
  func divided(by divisor: UInt64) -> (quotient: DecimalMagnitude, remainder: UInt64) {
    precondition(divisor > 0 && divisor <= 1 << 32)
    var result = [UInt32](repeating: 0, count: limbs.count)
    var remainder: UInt64 = 0
    for i in stride(from: limbs.count - 1, through: 0, by: -1) {
      let current = remainder * Self.limbBase + UInt64(limbs[i])
      result[i] = UInt32(current / divisor)
      remainder = current % divisor
    }
    return (DecimalMagnitude(limbs: result), remainder)
  }

  /// Quotient of the division by 10^`power` and whether the remainder is zero.
  func dividedExactly(byDecimalDigits power: Int) -> (quotient: DecimalMagnitude, exact: Bool) {
    if power <= 0 { return (self, true) }
    var exact = true
    let whole = power / 9
    var result = self
    if whole > 0 {
      if whole >= limbs.count { return (.zero, isZero) }
      if result.limbs[0..<whole].contains(where: { $0 != 0 }) { exact = false }
      result.limbs.removeFirst(whole)
    }
    var rest = power % 9
    var factor: UInt64 = 1
    while rest > 0 {
      factor *= 10
      rest -= 1
    }
    if factor > 1 {
      let (q, r) = result.divided(by: factor)
      if r != 0 { exact = false }
      result = q
    }
    return (result, exact)
  }

  /// How many times 10 divides the value (0 for zero).
  var trailingDecimalZeros: Int {
    guard !isZero else { return 0 }
    var count = 0
    for limb in limbs {
      if limb == 0 {
        count += 9
        continue
      }
      var l = limb
      while l % 10 == 0 {
        count += 1
        l /= 10
      }
      break
    }
    return count
  }

  static func < (a: DecimalMagnitude, b: DecimalMagnitude) -> Bool {
    if a.limbs.count != b.limbs.count { return a.limbs.count < b.limbs.count }
    for i in stride(from: a.limbs.count - 1, through: 0, by: -1) where a.limbs[i] != b.limbs[i] {
      return a.limbs[i] < b.limbs[i]
    }
    return false
  }
}
