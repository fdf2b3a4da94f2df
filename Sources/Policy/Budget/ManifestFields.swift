import Values

/// Field access on decoded manifests (maps of maps), as the budget reads them.
extension Value {
  /// The value at `keys` below this map, or nil where a step is missing or not a map.
  func at(_ keys: String...) -> Value? { at(keys) }

  func at(_ keys: [String]) -> Value? {
    var current = self
    for key in keys {
      guard case .map(let map) = current, let next = map[key] else { return nil }
      current = next
    }
    return current
  }

  /// A number field as an integer (YAML numbers decode as floats; `--set` ones as ints).
  var integer: Int? {
    switch self {
    case .int(let i): return i
    case .int64(let i): return Int(i)
    case .float(let f) where f.rounded() == f && abs(f) < 1e15: return Int(f)
    default: return nil
    }
  }

  /// A string, or the text of a scalar.
  var text: String? {
    switch self {
    case .string(let s): return s
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .float(let f): return try? GoJSON.formatFloat(f)
    default: return nil
    }
  }

  /// The items of a list (empty for anything else).
  var items: [Value] { sliceItems ?? [] }

  /// A map of strings (labels, annotations).
  var stringMap: [String: String] {
    guard case .map(let m) = self else { return [:] }
    var out: [String: String] = [:]
    for (k, v) in m.storage { if let t = v.text { out[k] = t } }
    return out
  }

  /// The value at a JSON pointer of plain map keys (`/spec/template/spec`).
  func at(pointer: String) -> Value? {
    at(pointer.split(separator: "/").map(String.init))
  }
}
