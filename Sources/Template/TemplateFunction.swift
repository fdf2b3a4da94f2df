import Values

/// One entry of the function map: its Go signature and its implementation.
///
/// Errors thrown by `body` reach the user as Go's `error calling NAME: MESSAGE`.
public struct TemplateFunction: Sendable {
  public let parameters: [GoParameterType]
  /// The element type of a trailing `...T` parameter, or nil.
  public let variadic: GoParameterType?
  public let body: @Sendable (FunctionCall) throws -> Value
  /// Fixed parameters (by index) whose Go type `GoParameterType` cannot spell, such as
  /// `time.Time`, `*semver.Version` or `uint32`; they replace `parameters[index]`.
  public let parameterOverrides: [Int: GoArgumentType]
  /// The parameter types the executor checks arguments against, built once (a call used to
  /// build them again).
  let callSignature: CallSignature

  public init(
    _ parameters: [GoParameterType] = [], variadic: GoParameterType? = nil,
    body: @escaping @Sendable (FunctionCall) throws -> Value
  ) {
    self.init(parameters, variadic: variadic, overrides: [:], body: body)
  }

  /// A function with some fixed parameters of other Go types (see `GoArgumentType`).
  public init(
    _ parameters: [GoParameterType], variadic: GoParameterType? = nil, overrides: [Int: GoArgumentType],
    body: @escaping @Sendable (FunctionCall) throws -> Value
  ) {
    self.parameters = parameters
    self.variadic = variadic
    self.body = body
    self.parameterOverrides = overrides
    var fixed = parameters.map { ParameterType.go($0) }
    for (i, t) in overrides where i >= 0 && i < fixed.count { fixed[i] = ParameterType(t) }
    callSignature = (fixed, variadic.map { .go($0) })
  }
}

/// The arguments of one function call, already checked against the signature, plus the
/// executing engine for functions that need it (`include`, `tpl`, `required`).
public struct FunctionCall {
  public let name: String
  public let arguments: [Value]
  public let context: any ExecutionContext

  public init(name: String, arguments: [Value], context: any ExecutionContext) {
    self.name = name
    self.arguments = arguments
    self.context = context
  }

  public subscript(index: Int) -> Value { arguments[index] }
}

/// An error a template function returns (Go's non-nil `error` result, or a recovered panic).
public struct FunctionError: Error, Sendable, Equatable {
  public let message: String
  public init(_ message: String) { self.message = message }
}

/// A name → function table: Go's builtins, Sprig's library, Helm's own functions.
public struct FunctionTable: Sendable {
  public var functions: [String: TemplateFunction]
  public init(_ functions: [String: TemplateFunction] = [:]) { self.functions = functions }
  public subscript(name: String) -> TemplateFunction? {
    get { functions[name] }
    set { functions[name] = newValue }
  }
  /// Makes room for `count` functions in all, so that adding up to that many never grows
  /// (rehashes) the table.
  public mutating func reserveCapacity(_ count: Int) { functions.reserveCapacity(count) }

  /// Adds every entry of `other`, replacing same-named ones.
  public mutating func merge(_ other: FunctionTable) {
    functions.merge(other.functions) { _, new in new }
  }
}
