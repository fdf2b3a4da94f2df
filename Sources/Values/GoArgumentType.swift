/// Go parameter types beyond `GoParameterType`, checked as Go's reflect-based call checks
/// them. Used by `TemplateFunction.parameterOverrides` and `GoObject.parameterTypes(ofMethod:)`.
public enum GoArgumentType: Sendable, Equatable {
  /// One of the common types.
  case basic(GoParameterType)
  /// `uint32`: a literal argument must be an unsigned integer (`expected unsigned integer;
  /// found -1`); any other value is `wrong type for value; expected uint32; got T`. The
  /// function receives an `.int`.
  case uint32
  /// A named struct or pointer type such as `time.Time` or `*semver.Version`: accepts a
  /// value whose `goTypeName` is exactly this name; a literal argument fails with Go's
  /// `can't handle "x" for arg of type T`; nil is accepted only by pointer types (`*...`),
  /// otherwise `cannot assign nil to T`.
  case named(String)

  /// The Go spelling, as error messages print it.
  public var goName: String {
    switch self {
    case .basic(let t): return t.goName
    case .uint32: return "uint32"
    case .named(let name): return name
    }
  }
}
