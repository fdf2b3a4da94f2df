import Template

/// The Go runtime panics and library errors Sprig functions end in, with Go's exact text.
/// `text/template` recovers a panic in a function and reports it as
/// `error calling NAME: MESSAGE`, so each is a `FunctionError`.
enum FunctionErrors {
  static let nilDereference = FunctionError(
    "runtime error: invalid memory address or nil pointer dereference")
  static let integerDivideByZero = FunctionError("runtime error: integer divide by zero")
  static let negativeRepeat = FunctionError("strings: negative Repeat count")
  static let repeatOverflow = FunctionError("strings: Repeat output length overflow")
  static let makesliceLength = FunctionError("runtime error: makeslice: len out of range")
  static let reflectSliceBounds = FunctionError("reflect.Value.Slice: slice index out of bounds")
  static let zeroValueType = FunctionError("reflect: call of reflect.Value.Type on zero Value")
  static let nilMapAssignment = FunctionError("assignment to entry in nil map")
  static let recursionLimit = FunctionError("runtime error: stack overflow (nesting deeper than 1000 levels)")

  /// Go's slice-expression panic: `slice bounds out of range [4:2]`,
  /// `[:5] with length 3` or `[7:] with length 3`.
  static func sliceBounds(low: Int, high: Int) -> FunctionError {
    FunctionError("runtime error: slice bounds out of range [\(low):\(high)]")
  }
  static func sliceBoundsHigh(_ high: Int, length: Int) -> FunctionError {
    FunctionError("runtime error: slice bounds out of range [:\(high)] with length \(length)")
  }
  static func sliceBoundsLow(_ low: Int, length: Int) -> FunctionError {
    FunctionError("runtime error: slice bounds out of range [\(low):\(length)]")
  }
  static func sliceBoundsLowOnly(_ low: Int, length: Int) -> FunctionError {
    FunctionError("runtime error: slice bounds out of range [\(low):] with length \(length)")
  }

  /// A failed Go type assertion: `interface conversion: interface {} is int, not string`.
  static func interfaceConversion(actual: String, expected: String) -> FunctionError {
    FunctionError(
      "interface conversion: interface {} is \(actual == "<nil>" ? "nil" : actual), not \(expected)")
  }
}
