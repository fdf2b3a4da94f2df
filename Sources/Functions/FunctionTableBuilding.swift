import Template
import Values

extension FunctionTable {
  /// Registers `name` with its Go signature.
  mutating func define(
    _ name: String, _ parameters: [GoParameterType], variadic: GoParameterType? = nil,
    _ body: @escaping @Sendable (FunctionCall) throws -> Value
  ) {
    self[name] = TemplateFunction(parameters, variadic: variadic, body: body)
  }
}

/// Typed access to arguments the executor has already checked against the signature.
extension FunctionCall {
  func string(_ i: Int) -> String {
    guard i < arguments.count else { return "" }
    if case .string(let s) = arguments[i] { return s }
    return GoStringify.strval(arguments[i])
  }

  func int(_ i: Int) -> Int {
    guard i < arguments.count else { return 0 }
    switch arguments[i] {
    case .int(let v): return v
    case .int64(let v): return Int(v)
    default: return GoCast.toInt(arguments[i])
    }
  }

  func bool(_ i: Int) -> Bool {
    guard i < arguments.count else { return false }
    if case .bool(let b) = arguments[i] { return b }
    return false
  }

  func float(_ i: Int) -> Double {
    guard i < arguments.count else { return 0 }
    if case .float(let f) = arguments[i] { return f }
    return GoCast.toFloat64(arguments[i])
  }

  /// A `map[string]interface {}` argument; nil stands for Go's nil map.
  func map(_ i: Int) -> GoMap? {
    guard i < arguments.count else { return nil }
    return arguments[i].mapValue
  }

  func value(_ i: Int) -> Value { i < arguments.count ? arguments[i] : .null }

  /// The arguments from index `i` on (a variadic tail).
  func rest(from i: Int) -> ArraySlice<Value> {
    i < arguments.count ? arguments[i...] : []
  }
}

extension Value {
  /// Go's `reflect.Kind` name used in Sprig's `Cannot ... on type %s` errors.
  var kindName: String { goKind.rawValue }
}
