/// `resource.ParseQuantity`: splits a quantity into sign, digits and suffix, applies the
/// suffix, rounds a non-zero value up to 1n, caps binary values at 2⁶³-1, and keeps the text
/// as the printed form where Kubernetes keeps it (an already canonical spelling).
enum QuantityParser {
  /// The parts of a quantity text (`parseQuantityString`).
  struct Parts {
    var positive = true
    /// Integer digits, leading zeros removed (`0` when none).
    var number = ""
    /// Fraction digits.
    var fraction = ""
    var suffix = ""
  }

  static let suffixLetters = Set("eEinumkKMGTP".utf8)

  static func split(_ text: String) throws(QuantityError) -> Parts {
    let s = Array(text.utf8)
    var parts = Parts()
    var pos = 0
    let end = s.count
    if pos < end {
      if s[0] == UInt8(ascii: "-") {
        parts.positive = false
        pos += 1
      } else if s[0] == UInt8(ascii: "+") {
        pos += 1
      }
    }
    while pos < end && s[pos] == UInt8(ascii: "0") { pos += 1 }
    if pos >= end {
      parts.number = "0"
      return parts
    }
    let numberStart = pos
    while pos < end && isDigit(s[pos]) { pos += 1 }
    parts.number = String(decoding: s[numberStart..<pos], as: UTF8.self)
    if pos >= end { return parts }
    if parts.number.isEmpty { parts.number = "0" }
    if s[pos] == UInt8(ascii: ".") {
      pos += 1
      let fractionStart = pos
      while pos < end && isDigit(s[pos]) { pos += 1 }
      parts.fraction = String(decoding: s[fractionStart..<pos], as: UTF8.self)
      if pos >= end { return parts }
    }
    let suffixStart = pos
    while pos < end && suffixLetters.contains(s[pos]) { pos += 1 }
    if pos < end && (s[pos] == UInt8(ascii: "-") || s[pos] == UInt8(ascii: "+")) { pos += 1 }
    while pos < end && isDigit(s[pos]) { pos += 1 }
    guard pos >= end else { throw .formatWrong }
    parts.suffix = String(decoding: s[suffixStart..<end], as: UTF8.self)
    return parts
  }

  private static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

  /// What a suffix means: its base (10 or 2), exponent and format.
  static func interpret(_ suffix: String) throws(QuantityError) -> (
    base: Int, exponent: Int, format: Quantity.Format
  ) {
    if let i = decimalSuffixes.firstIndex(of: suffix) { return (10, (i - 3) * 3, .decimalSI) }
    if let i = binarySuffixes.firstIndex(of: suffix) { return (2, (i + 1) * 10, .binarySI) }
    guard suffix.count > 1, suffix.first == "e" || suffix.first == "E" else { throw .suffix }
    guard let exponent = goParseInt(suffix.dropFirst()) else { throw .suffix }
    guard abs(exponent) <= 10_000 else { throw .exponentOutOfRange }
    return (10, exponent, .decimalExponent)
  }

  /// The decimal SI suffixes, a factor of 1000 apart: `n` is 10^-9, none 10^0, `E` 10^18.
  private static let decimalSuffixes = ["n", "u", "m", "", "k", "M", "G", "T", "P", "E"]
  /// The binary SI suffixes, a factor of 1024 apart: `Ki` is 2^10, `Ei` 2^60.
  private static let binarySuffixes = ["Ki", "Mi", "Gi", "Ti", "Pi", "Ei"]

  /// Go's `strconv.ParseInt(s, 10, 64)`: optional sign, digits only.
  private static func goParseInt(_ s: Substring) -> Int? {
    var digits = s
    var negative = false
    if let first = digits.first, first == "+" || first == "-" {
      negative = first == "-"
      digits = digits.dropFirst()
    }
    guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    guard let value = Int(digits) else { return nil }
    return negative ? -value : value
  }

  static let maxInt64 = DecimalMagnitude(UInt64(Int64.max))

  static func parse(_ text: String) throws(QuantityError) -> Quantity {
    if text.isEmpty { throw .formatWrong }
    if text == "0" {
      return Quantity(negative: false, magnitude: .zero, exponent: 0, format: .decimalSI, parsedText: text)
    }
    let parts = try split(text)
    let (base, exponent, format) = try interpret(parts.suffix)
    let digits = parts.number + parts.fraction

    // Kubernetes' int64 fast path: its only visible effect is which texts are kept verbatim
    // as the printed form (values that needed no rounding or capping).
    var precision = -1
    var scale = 0
    var multiplier: UInt64 = 1
    switch format {
    case .decimalExponent, .decimalSI:
      scale = exponent
      precision = 18 - digits.count
    case .binarySI:
      if exponent >= 0 && parts.fraction.isEmpty {
        multiplier = 1 << UInt64(exponent)
        precision = 15 - parts.number.count - Int(Float(exponent) * 3 / 10) - 1
      }
    }
    if precision >= 0 {
      scale -= parts.fraction.count
      if scale >= -9, let value = Int64(digits) {
        let (product, overflow) = value.multipliedReportingOverflow(by: Int64(bitPattern: multiplier))
        if !overflow {
          let kept: Bool
          switch format {
          case .binarySI: kept = exponent % 10 == 0 && value & 0x07 != 0
          default: kept = scale % 3 == 0 && !digits.hasSuffix("000") && digits.first != "0"
          }
          return Quantity(
            negative: !parts.positive, magnitude: DecimalMagnitude(UInt64(product)), exponent: scale,
            format: format, parsedText: kept ? text : nil)
        }
      }
    }

    guard var magnitude = DecimalMagnitude(digits: digits) else { throw .numeric }
    var valueExponent = -parts.fraction.count
    if base == 10 {
      valueExponent += exponent
    } else {
      magnitude = magnitude.multiplied(byPowerOfTwo: exponent)
    }
    var amount = Quantity(negative: false, magnitude: magnitude, exponent: valueExponent, format: format)
    if !amount.isZero { amount = amount.roundedUp(toScale: -9).quantity }
    var resultFormat = format
    if format == .binarySI {
      if Quantity.compare(amount, Quantity(negative: false, magnitude: maxInt64, exponent: 0, format: format))
        > 0
      {
        amount = Quantity(negative: false, magnitude: maxInt64, exponent: 0, format: format)
      }
      if !amount.isZero && Quantity.compare(amount, Quantity(1)) < 0 { resultFormat = .decimalSI }
    }
    return Quantity(
      negative: !parts.positive, magnitude: amount.magnitude, exponent: amount.exponent, format: resultFormat)
  }
}
