import Values

/// Go's `eq`, `lt`, `le` (and through them `ne`, `gt`, `ge`) with `basicKind` rules and
/// exact error texts.
enum Comparison {
  enum Kind { case invalid, bool, int, uint, float, string }

  static func basicKind(_ v: Operand) -> Kind {
    switch v.value {
    case .bool: return .bool
    case .int, .int64: return .int
    case .float: return .float
    case .string: return .string
    case .object(let o):
      switch o.goKind {
      case .bool: return .bool
      case .int, .int8, .int16, .int32, .int64: return .int
      case .uint, .uint8, .uint16, .uint32, .uint64, .uintptr:
        return o.unsignedIntegerValue != nil ? .uint : .invalid
      case .float32, .float64: return .float
      case .string: return .string
      default: return .invalid
      }
    default: return .invalid
    }
  }

  static func intValue(_ v: Value) -> Int64 {
    switch v {
    case .int(let i): return Int64(i)
    case .int64(let i): return i
    default: return 0
    }
  }

  static func uintValue(_ v: Value) -> UInt64 {
    if case .object(let o) = v, let u = o.unsignedIntegerValue { return u }
    return 0
  }

  /// Go 1.18+ compares signed and unsigned integers by value in `eq` and `lt`.
  static func mixedIntEqual(_ a: Operand, _ ka: Kind, _ b: Operand, _ kb: Kind) -> Bool? {
    switch (ka, kb) {
    case (.int, .uint):
      let x = intValue(a.value)
      return x >= 0 && UInt64(x) == uintValue(b.value)
    case (.uint, .int):
      let y = intValue(b.value)
      return y >= 0 && uintValue(a.value) == UInt64(y)
    default: return nil
    }
  }

  static func typeName(_ v: Operand) -> String { v.value.goTypeName }

  static func bad(_ a: Operand, _ b: Operand) -> FunctionError {
    FunctionError("incompatible types for comparison: \(typeName(a)) and \(typeName(b))")
  }

  static func isNil(_ v: Operand) -> Bool {
    if !v.isValid || v.value.isNil { return true }
    return false
  }

  static func eq(_ arg1: Operand, _ arg2: [Operand]) throws -> Bool {
    if arg2.isEmpty { throw FunctionError("missing argument for comparison") }
    let k1 = basicKind(arg1)
    for arg in arg2 {
      let k2 = basicKind(arg)
      var truth = false
      if let mixed = mixedIntEqual(arg1, k1, arg, k2) {
        truth = mixed
      } else if k1 != k2 {
        if !isNil(arg1) && !isNil(arg) { throw bad(arg1, arg) }
      } else {
        switch k1 {
        case .bool:
          if case .bool(let a) = arg1.value, case .bool(let b) = arg.value { truth = a == b }
        case .float:
          if case .float(let a) = arg1.value, case .float(let b) = arg.value { truth = a == b }
        case .int:
          truth = intValue(arg1.value) == intValue(arg.value)
        case .uint:
          truth = uintValue(arg1.value) == uintValue(arg.value)
        case .string:
          truth = arg1.value.stringValue == arg.value.stringValue
        case .invalid:
          if isNil(arg1) || isNil(arg) {
            truth = isNil(arg) == isNil(arg1)
          } else {
            let k1g = arg1.value.goKind
            let k2g = arg.value.goKind
            if k1g != k2g {
              throw FunctionError(
                "non-comparable types \(GoFormatterBridge.sprintf("%s", [arg1.value])): \(arg1.value.goTypeName), \(arg.value.goTypeName): \(GoFormatterBridge.formatV(arg.value))"
              )
            }
            if k1g == .slice || k1g == .map || k1g == .func {
              throw FunctionError(
                "non-comparable type \(GoFormatterBridge.sprintf("%s", [arg.value])): \(arg.value.goTypeName)"
              )
            }
            truth = sameComparable(arg1.value, arg.value)
          }
        }
      }
      if truth { return true }
    }
    return false
  }

  /// Go's `==` on two non-basic comparable values: pointers by identity, others by type
  /// and printed form.
  static func sameComparable(_ a: Value, _ b: Value) -> Bool {
    guard a.goTypeName == b.goTypeName else { return false }
    if case .object(let x) = a, case .object(let y) = b, x.goKind == .ptr {
      return type(of: x) is AnyClass && (x as AnyObject) === (y as AnyObject)
    }
    return GoFormatterBridge.formatV(a) == GoFormatterBridge.formatV(b)
  }

  static func lt(_ arg1: Operand, _ arg2: Operand) throws -> Bool {
    let k1 = basicKind(arg1)
    if k1 == .invalid { throw FunctionError("invalid type for comparison") }
    let k2 = basicKind(arg2)
    if k2 == .invalid { throw FunctionError("invalid type for comparison") }
    if k1 == .int && k2 == .uint {
      let x = intValue(arg1.value)
      return x < 0 || UInt64(x) < uintValue(arg2.value)
    }
    if k1 == .uint && k2 == .int {
      let y = intValue(arg2.value)
      return y >= 0 && uintValue(arg1.value) < UInt64(y)
    }
    if k1 != k2 { throw bad(arg1, arg2) }
    switch k1 {
    case .bool, .invalid: throw FunctionError("invalid type for comparison")
    case .float:
      if case .float(let a) = arg1.value, case .float(let b) = arg2.value { return a < b }
      return false
    case .int: return intValue(arg1.value) < intValue(arg2.value)
    case .uint: return uintValue(arg1.value) < uintValue(arg2.value)
    case .string: return goStringLess(arg1.value.stringValue ?? "", arg2.value.stringValue ?? "")
    }
  }

  static func le(_ arg1: Operand, _ arg2: Operand) throws -> Bool {
    if try lt(arg1, arg2) { return true }
    return try eq(arg1, [arg2])
  }
}
