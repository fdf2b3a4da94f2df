import Values

/// A value during execution together with what Go's `reflect.Value` would know about it:
/// whether it is valid at all (Go's "no value") and whether its static type is the empty
/// interface (a map or slice element), which changes error texts and nil handling.
struct Operand {
  var value: Value
  /// The static type is `interface {}` (the value came out of a map, slice or function).
  var isInterface: Bool

  /// Go's invalid `reflect.Value`: printed as `<no value>`.
  static let invalid = Operand(value: .null, isInterface: false)

  static func concrete(_ v: Value) -> Operand { Operand(value: v, isInterface: false) }
  static func element(_ v: Value) -> Operand { Operand(value: v, isInterface: true) }

  var isValid: Bool { !(value.isNil && !isInterface) }

  /// The static Go type, as `can't evaluate field X in type T` prints it.
  var staticTypeName: String { isInterface ? "interface {}" : value.goTypeName }

  /// Go's unwrapping at the end of each pipeline command: an interface becomes the value
  /// inside it, and a nil interface becomes invalid.
  var unwrapped: Operand { Operand(value: value, isInterface: false) }
}
