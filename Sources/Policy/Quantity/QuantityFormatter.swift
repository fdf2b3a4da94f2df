/// The canonical string of a quantity (`Quantity.String()` / `CanonicalizeBytes`): the largest
/// suffix that keeps the number whole and exact, in the quantity's format; a binary value
/// below 1024 in magnitude, or not a whole number, is printed in decimal SI.
enum QuantityFormatter {
  static let decimalSuffixes: [Int: String] = [
    -9: "n", -6: "u", -3: "m", 0: "", 3: "k", 6: "M", 9: "G", 12: "T", 15: "P", 18: "E",
  ]
  static let binarySuffixes: [Int: String] = [10: "Ki", 20: "Mi", 30: "Gi", 40: "Ti", 50: "Pi", 60: "Ei"]

  static func canonical(_ q: Quantity) -> String {
    if q.isZero { return "0" }
    let sign = q.negative ? "-" : ""
    var format = q.format
    var whole: DecimalMagnitude? = nil
    if format == .binarySI {
      if Quantity.compare(q, Quantity(-1024)) > 0 && Quantity.compare(q, Quantity(1024)) < 0 {
        format = .decimalSI
      } else {
        let (rounded, exact) = q.roundedUp(toScale: 0)
        if exact {
          whole = rounded.magnitude.shifted(byDecimalDigits: rounded.exponent)
        } else {
          format = .decimalSI
        }
      }
    }
    if format == .binarySI, var amount = whole {
      var times = 0
      while true {
        let (quotient, remainder) = amount.divided(by: 1024)
        if remainder != 0 || amount.isZero { break }
        amount = quotient
        times += 1
      }
      return sign + amount.digits + (binarySuffixes[times * 10] ?? "")
    }
    let (mantissa, exponent) = decimalMantissa(q)
    let suffix: String
    if format == .decimalExponent {
      suffix = exponent == 0 ? "" : "e\(exponent)"
    } else {
      suffix = decimalSuffixes[exponent] ?? ""
    }
    return sign + mantissa.digits + suffix
  }

  /// The value as mantissa × 10^exponent with no factor of 10 left in the mantissa beyond
  /// what makes the exponent a multiple of 3.
  static func decimalMantissa(_ q: Quantity) -> (DecimalMagnitude, Int) {
    let zeros = q.magnitude.trailingDecimalZeros
    var mantissa = q.magnitude.dividedExactly(byDecimalDigits: zeros).quotient
    var exponent = q.exponent + zeros
    while exponent % 3 != 0 {
      mantissa = mantissa.multiplied(by: 10)
      exponent -= 1
    }
    return (mantissa, exponent)
  }
}
