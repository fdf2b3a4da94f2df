/// A Kubernetes resource quantity, with the semantics of apimachinery's `resource.Quantity`:
/// an exact decimal (never a float), the suffix family it was written in (its `format`),
/// Kubernetes' rounding on parse (up to 1n; binary values capped at 2⁶³-1), addition,
/// comparison, and the canonical string Kubernetes prints (`1.5` → `1500m`, `1536Mi`).
public struct Quantity: Sendable, Comparable, CustomStringConvertible {
  /// The suffix family a quantity is printed in.
  public enum Format: String, Sendable, Equatable {
    /// `12e6`
    case decimalExponent = "DecimalExponent"
    /// `12Mi` (12 × 2²⁰)
    case binarySI = "BinarySI"
    /// `12M` (12 × 10⁶)
    case decimalSI = "DecimalSI"
  }

  var negative: Bool
  /// The unscaled digits: the value is ±`magnitude` × 10^`exponent`.
  var magnitude: DecimalMagnitude
  var exponent: Int
  /// The suffix family it prints in; changing it drops the kept parsed text.
  public var format: Format {
    didSet { parsedText = nil }
  }
  /// The text the quantity was parsed from, when Kubernetes keeps it as the printed form.
  var parsedText: String?

  init(negative: Bool, magnitude: DecimalMagnitude, exponent: Int, format: Format, parsedText: String? = nil)
  {
    self.negative = negative && !magnitude.isZero
    self.magnitude = magnitude
    self.exponent = exponent
    self.format = format
    self.parsedText = parsedText
  }

  /// Zero, printed `0`.
  public static let zero = Quantity(negative: false, magnitude: .zero, exponent: 0, format: .decimalSI)

  /// An integer amount (a count, or bytes) in `format`.
  public init(_ value: Int, format: Format = .decimalSI) {
    self.init(
      negative: value < 0, magnitude: DecimalMagnitude(value.magnitude.toUInt64), exponent: 0, format: format)
  }

  /// `value` × 10^`exponent` (`Quantity(milli: 1500)` is 1500m).
  public init(milli value: Int, format: Format = .decimalSI) {
    self.init(
      negative: value < 0, magnitude: DecimalMagnitude(value.magnitude.toUInt64), exponent: -3, format: format
    )
  }

  /// Parses a quantity as Kubernetes does (`ParseQuantity`).
  public init(_ text: String) throws(QuantityError) {
    self = try QuantityParser.parse(text)
  }

  public var isZero: Bool { magnitude.isZero }

  /// -1, 0 or 1.
  public var sign: Int { isZero ? 0 : (negative ? -1 : 1) }

  /// The canonical string Kubernetes prints (`String()`).
  public var description: String { parsedText ?? QuantityFormatter.canonical(self) }

  /// The exact value as a plain decimal number (`1536`, `0.5`, `-0.001`).
  public var decimalString: String {
    let digits = magnitude.digits
    let sign = negative ? "-" : ""
    if isZero { return "0" }
    if exponent >= 0 { return sign + digits + String(repeating: "0", count: exponent) }
    let fraction = -exponent
    if digits.count > fraction {
      let cut = digits.index(digits.endIndex, offsetBy: -fraction)
      var text = String(digits[..<cut]) + "." + String(digits[cut...])
      while text.hasSuffix("0") { text.removeLast() }
      if text.hasSuffix(".") { text.removeLast() }
      return sign + text
    }
    var text = "0." + String(repeating: "0", count: fraction - digits.count) + digits
    while text.hasSuffix("0") { text.removeLast() }
    return sign + text
  }

  /// An approximation for ratios and percentages (never for sums or comparisons).
  public var approximateDouble: Double {
    let value = (Double(magnitude.digits) ?? .infinity) * pow10(exponent)
    return negative ? -value : value
  }

  private func pow10(_ e: Int) -> Double {
    var result = 1.0
    for _ in 0..<abs(e) { result *= 10 }
    return e < 0 ? 1 / result : result
  }

  /// Both magnitudes at the smaller of the two exponents.
  static func aligned(_ a: Quantity, _ b: Quantity) -> (DecimalMagnitude, DecimalMagnitude, Int) {
    let e = min(a.exponent, b.exponent)
    return (
      a.magnitude.shifted(byDecimalDigits: a.exponent - e),
      b.magnitude.shifted(byDecimalDigits: b.exponent - e), e
    )
  }

  /// `a + b`, in the format of `a` (of `b` when `a` is zero), as `Quantity.Add`.
  public static func + (a: Quantity, b: Quantity) -> Quantity {
    if b.isZero {
      return Quantity(negative: a.negative, magnitude: a.magnitude, exponent: a.exponent, format: a.format)
    }
    if a.isZero {
      return Quantity(negative: b.negative, magnitude: b.magnitude, exponent: b.exponent, format: b.format)
    }
    let (x, y, e) = aligned(a, b)
    if a.negative == b.negative {
      return Quantity(negative: a.negative, magnitude: x + y, exponent: e, format: a.format)
    }
    if x >= y { return Quantity(negative: a.negative, magnitude: x - y, exponent: e, format: a.format) }
    return Quantity(negative: b.negative, magnitude: y - x, exponent: e, format: a.format)
  }

  public static func += (a: inout Quantity, b: Quantity) { a = a + b }

  /// The negated value, in the same format.
  public static prefix func - (a: Quantity) -> Quantity {
    Quantity(negative: !a.negative, magnitude: a.magnitude, exponent: a.exponent, format: a.format)
  }

  /// `a - b`, in the format of `a` (of `b` when `a` is zero), as `Quantity.Sub`.
  public static func - (a: Quantity, b: Quantity) -> Quantity {
    let result = a + (-b)
    if a.isZero {
      return Quantity(
        negative: result.negative, magnitude: result.magnitude, exponent: result.exponent, format: b.format)
    }
    return result
  }

  /// The value times `factor`, in the same format (`Quantity.Mul`).
  public func multiplied(by factor: Int) -> Quantity {
    var product = DecimalMagnitude.zero
    var rest = factor.magnitude.toUInt64
    var place = magnitude
    // factor in base 2³² digits keeps each step within `multiplied(by:)`'s range
    while rest > 0 {
      let digit = rest & 0xFFFF_FFFF
      product = product + place.multiplied(by: digit)
      rest >>= 32
      place = place.multiplied(by: 1 << 32)
    }
    return Quantity(
      negative: negative != (factor < 0), magnitude: product, exponent: exponent, format: format)
  }

  /// The value rounded away from zero to a multiple of 10^`scale` (`RoundUp`), and whether
  /// that lost nothing.
  public func roundedUp(toScale scale: Int) -> (quantity: Quantity, exact: Bool) {
    if exponent >= scale { return (self, true) }
    let division = magnitude.dividedExactly(byDecimalDigits: scale - exponent)
    let q = division.exact ? division.quotient : division.quotient + DecimalMagnitude(1)
    return (Quantity(negative: negative, magnitude: q, exponent: scale, format: format), division.exact)
  }

  /// -1, 0 or 1 as `a` is less than, equal to or greater than `b` (`Quantity.Cmp`).
  public static func compare(_ a: Quantity, _ b: Quantity) -> Int {
    if a.sign != b.sign { return a.sign < b.sign ? -1 : 1 }
    if a.isZero { return 0 }
    // cheap check on orders of magnitude before aligning (exponents may be far apart)
    let aOrder = a.magnitude.digitCount + a.exponent
    let bOrder = b.magnitude.digitCount + b.exponent
    var result: Int
    if aOrder != bOrder {
      result = aOrder < bOrder ? -1 : 1
    } else {
      let (x, y, _) = aligned(a, b)
      result = x == y ? 0 : (x < y ? -1 : 1)
    }
    return a.negative ? -result : result
  }

  public static func < (a: Quantity, b: Quantity) -> Bool { compare(a, b) < 0 }
  public static func == (a: Quantity, b: Quantity) -> Bool { compare(a, b) == 0 }

  /// The larger of two quantities (the first when equal).
  public static func maximum(_ a: Quantity, _ b: Quantity) -> Quantity { compare(b, a) > 0 ? b : a }
}

extension UInt {
  var toUInt64: UInt64 { UInt64(self) }
}
