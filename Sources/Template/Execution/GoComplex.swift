import Values

/// A `complex128` template constant (`{{ 1i }}`), printed as Go prints it: `(0+1i)`.
public struct GoComplex: GoObject {
  public let real: Double
  public let imaginary: Double
  public var goTypeName: String { "complex128" }
  public var goKind: GoKind { .complex128 }
  public var isTruthy: Bool { real != 0 || imaginary != 0 }
  public func formatted(plus: Bool, sharp: Bool) -> String {
    let im = GoFormatterBridge.formatFloat(imaginary)
    let sign = im.hasPrefix("-") || im.hasPrefix("+") ? "" : "+"
    return "(" + GoFormatterBridge.formatFloat(real) + sign + im + "i)"
  }
}
