import Values

/// Plain reads of a decoded Kubernetes object: fields by path, strings, numbers, lists.
extension Value {
  /// The field at `keys` (map keys, or list indices written as numbers), nil when absent.
  func field(_ keys: String...) -> Value? { field(path: keys) }

  func field(path keys: [String]) -> Value? { descendant(at: keys) }

  /// The string held, or a scalar printed as Kubernetes prints it (numbers without `.0`).
  var text: String? {
    switch self {
    case .string(let s): return s
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .int64(let i): return String(i)
    case .float(let f): return f == f.rounded() && abs(f) < 1e15 ? String(Int64(f)) : String(f)
    default: return nil
    }
  }

  /// A number held as a number (manifest numbers decode as `.float`).
  var number: Double? {
    switch self {
    case .int(let i): return Double(i)
    case .int64(let i): return Double(i)
    case .float(let f): return f
    default: return nil
    }
  }

  /// A whole number held as a number.
  var integer: Int? { number.flatMap { $0 == $0.rounded() && abs($0) < 1e15 ? Int($0) : nil } }

  /// A boolean held as a boolean.
  var bool: Bool? {
    if case .bool(let b) = self { return b }
    return nil
  }

  /// The items of a list (empty for anything else).
  var items: [Value] { sliceItems ?? [] }

  /// The entries of a map as strings (non-scalar values dropped), e.g. labels.
  var stringMap: [String: String] {
    guard let m = mapValue else { return [:] }
    var out: [String: String] = [:]
    for (k, v) in m.storage { if let s = v.text { out[k] = s } }
    return out
  }

  /// Whether the map has no entries (or the value is not a map / absent).
  var isEmptyMap: Bool { (mapValue?.count ?? 0) == 0 }
}

/// JSON pointer helpers.
enum Pointer {
  /// `base` extended by `tokens`, each escaped as RFC 6901 says.
  static func join(_ base: String, _ tokens: String...) -> String {
    tokens.reduce(base) { $0 + "/" + escape($1) }
  }

  static func escape(_ token: String) -> String {
    JSONPointerToken.escape(token)
  }
}

extension Value {
  /// The field a JSON pointer designates (RFC 6901 escapes), nil when absent.
  func field(pointer: String) -> Value? {
    field(path: JSONPointerToken.keys(of: pointer))
  }
}
