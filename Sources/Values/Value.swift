/// A Go value as Helm's template engine sees it.
///
/// The cases mirror the Go kinds a chart meets: `int` (template literals, `len`, `--set`),
/// `int64` (Sprig math), `float64` (every number read from YAML or JSON), strings, slices
/// (`[]interface {}`), maps (`map[string]interface {}` and its named variants, shared by
/// reference as in Go), and `object` for anything with its own Go type, fields and methods
/// (`.Capabilities`, `.Files`, `*semver.Version`, `[]string`, `[]uint8`, `time.Time`...).
public enum Value: Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case int64(Int64)
  case float(Double)
  case string(String)
  case list([Value])
  case map(GoMap)
  indirect case object(any GoObject)
}

extension Value {
  /// A new empty `map[string]interface {}`.
  public static func emptyMap() -> Value { .map(GoMap()) }

  /// A new `map[string]interface {}` holding `entries`.
  public static func map(_ entries: [String: Value]) -> Value { .map(GoMap(entries)) }

  /// True for `.null`.
  public var isNil: Bool {
    if case .null = self { return true }
    return false
  }

  /// The string held, or nil for any other kind.
  public var stringValue: String? {
    if case .string(let s) = self { return s }
    return nil
  }

  /// The map held, or nil for any other kind.
  public var mapValue: GoMap? {
    if case .map(let m) = self { return m }
    return nil
  }

  /// The elements of any Go slice or array: `[]interface {}` and typed slices alike.
  public var sliceItems: [Value]? {
    switch self {
    case .list(let items): return items
    case .object(let o): return o.sliceItems
    default: return nil
    }
  }

  /// Go's `reflect.Kind` name of the value, as Sprig's `kindOf` prints it.
  public var goKind: GoKind {
    switch self {
    case .null: return .invalid
    case .bool: return .bool
    case .int: return .int
    case .int64: return .int64
    case .float: return .float64
    case .string: return .string
    case .list: return .slice
    case .map: return .map
    case .object(let o): return o.goKind
    }
  }

  /// Go's `%T` type name of the value (`<nil>` for nil), as Sprig's `typeOf` prints it.
  public var goTypeName: String {
    switch self {
    case .null: return "<nil>"
    case .bool: return "bool"
    case .int: return "int"
    case .int64: return "int64"
    case .float: return "float64"
    case .string: return "string"
    case .list: return "[]interface {}"
    case .map(let m): return m.goTypeName
    case .object(let o): return o.goTypeName
    }
  }

  /// Go's notion of truth used by `if`, `with`, `and`, `or` and `not`: false for the zero
  /// value of the kind, nil, and empty collections.
  public var isTruthy: Bool {
    switch self {
    case .null: return false
    case .bool(let b): return b
    case .int(let i): return i != 0
    case .int64(let i): return i != 0
    case .float(let f): return f != 0
    case .string(let s): return !s.isEmpty
    case .list(let l): return !l.isEmpty
    case .map(let m): return m.count > 0
    case .object(let o): return o.isTruthy
    }
  }

  /// A deep copy: maps are duplicated recursively, so the copy shares nothing mutable.
  public func deepCopy() -> Value {
    switch self {
    case .list(let items): return .list(items.map { $0.deepCopy() })
    case .map(let m): return .map(m.deepCopy())
    default: return self
    }
  }
}
