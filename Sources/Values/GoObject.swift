/// A value with its own Go type: struct-like objects with fields and methods
/// (`.Capabilities`, `.Files`, `*semver.Version`) and typed slices (`[]string`, `[]uint8`).
///
/// The template executor resolves `.Field` and `.Method args` through `member(named:)`;
/// printers use `formatted(verb:)` for Go's `%v` family.
public protocol GoObject: Sendable {
  /// Go's `%T` name, e.g. `*common.Capabilities`, `[]string`.
  var goTypeName: String { get }
  /// Go's `reflect.Kind`.
  var goKind: GoKind { get }
  /// Whether `if` treats the object as true. Defaults to true (non-nil pointer, struct).
  var isTruthy: Bool { get }
  /// The elements, for objects that are Go slices or arrays.
  var sliceItems: [Value]? { get }
  /// The entries in Go's sorted key order, for objects that are Go maps (`.Files`).
  var mapEntries: [(key: String, value: Value)]? { get }
  /// A field or method named `name`, or nil if the type has none.
  func member(named name: String) -> GoMember?
  /// How Go's `fmt` prints the object for `%v` (`plus`: `%+v`, `sharp`: `%#v`).
  func formatted(plus: Bool, sharp: Bool) -> String
  /// The value of an object holding a Go unsigned integer (`uint64` from
  /// `(*semver.Version).Major` and friends), nil for any other: comparisons, Sprig's numeric
  /// casts and `fmt` read it. A requirement rather than a protocol to cast to: a cast to a
  /// protocol is answered, at its first use for a type, by scanning the binary's whole
  /// conformance table (0.5 M instructions in a cold process).
  var unsignedIntegerValue: UInt64? { get }
  /// The Go signature of the method `name`, so that a template's call to it is checked as
  /// Go's reflect-based call checks it (`expected string; found 5`, `wrong type for value;
  /// expected string; got int`); nil (the default) types every parameter `interface {}`,
  /// with only the arity checked. A requirement, not a protocol to cast to, for the reason
  /// given at `unsignedIntegerValue`.
  func parameterTypes(ofMethod name: String) -> (fixed: [GoArgumentType], variadic: GoArgumentType?)?
}

extension GoObject {
  public var isTruthy: Bool {
    if let items = sliceItems { return !items.isEmpty }
    return true
  }
  public var sliceItems: [Value]? { nil }
  public var mapEntries: [(key: String, value: Value)]? { nil }
  public func member(named name: String) -> GoMember? { nil }
  public var unsignedIntegerValue: UInt64? { nil }
  public func parameterTypes(ofMethod name: String) -> (fixed: [GoArgumentType], variadic: GoArgumentType?)? {
    nil
  }
}

/// A field value, or a method to call with the template's arguments.
public enum GoMember: Sendable {
  case field(Value)
  case method(GoMethod)
}

/// A Go method bound to its receiver, callable from a template.
public struct GoMethod: Sendable {
  /// Number of parameters (Go's `reflect` arity check: `wrong number of args for X: want N got M`).
  public let arity: Int
  /// Go type names of the parameters (`string`, `interface {}`...), for the argument checks
  /// text/template makes; empty means "accept anything".
  public let parameterTypes: [String]
  /// Whether the Go signature has a trailing `error` result.
  public let returnsError: Bool
  public let call: @Sendable ([Value]) throws -> Value

  public init(
    arity: Int, parameterTypes: [String] = [], returnsError: Bool = false,
    call: @escaping @Sendable ([Value]) throws -> Value
  ) {
    self.arity = arity
    self.parameterTypes = parameterTypes
    self.returnsError = returnsError
    self.call = call
  }
}
