import Values
import YAML

/// An object as the YAML a reviewer reads in a text diff: keys sorted, whole numbers
/// written as integers (manifest numbers decode as float64, which `toYaml` would print as
/// `1e+06`).
enum DocumentText {
  static func yaml(_ value: Value) -> String {
    YAMLWriter.toYaml(integral(value)) ?? ""
  }

  private static func integral(_ value: Value) -> Value {
    switch value {
    case .float(let f) where f.rounded() == f && abs(f) < 9.0e15: return .int(Int(f))
    case .list(let items): return .list(items.map(integral))
    case .map(let map):
      let out = GoMap()
      for (key, item) in map.storage { out[key] = integral(item) }
      return .map(out)
    default: return value
    }
  }
}
