/// The Go type of a template function's parameter, used for the argument checks that Go's
/// `text/template` makes through reflection before a call: `wrong type for value; expected
/// string; got int`, `invalid value; expected string` (nil for a non-interface type), and
/// `wrong number of args for NAME: want N got M`.
public enum GoParameterType: Sendable, Equatable {
  /// `interface {}`: accepts anything, nil included.
  case any
  case string
  case bool
  case int
  case int64
  case float64
  /// `[]interface {}`.
  case list
  /// `[]string`.
  case stringList
  /// `map[string]interface {}` (and named map types with that underlying type, such as
  /// `common.Values`).
  case map

  /// The Go spelling, as error messages print it.
  public var goName: String {
    switch self {
    case .any: return "interface {}"
    case .string: return "string"
    case .bool: return "bool"
    case .int: return "int"
    case .int64: return "int64"
    case .float64: return "float64"
    case .list: return "[]interface {}"
    case .stringList: return "[]string"
    case .map: return "map[string]interface {}"
    }
  }
}
