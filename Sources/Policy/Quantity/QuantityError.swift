/// Why a text is not a Kubernetes quantity, worded as apimachinery words it.
public enum QuantityError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The text does not have the shape of a quantity.
  case formatWrong
  /// The number part could not be read.
  case numeric
  /// The suffix is none Kubernetes knows.
  case suffix
  /// The exponent is too large for chartc to compute with (beyond ±10⁴).
  case exponentOutOfRange

  public var description: String {
    switch self {
    case .formatWrong:
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
    case .numeric: "unable to parse numeric part of quantity"
    case .suffix: "unable to parse quantity's suffix"
    case .exponentOutOfRange: "quantity exponent out of range"
    }
  }
}
