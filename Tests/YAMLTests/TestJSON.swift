import GoLib
import Values

/// JSON test data, read as Helm reads values that travelled as JSON (`GoJSON.decode`:
/// objects become `map[string]interface {}`, every number a `.float`).
enum TestJSON {
  static func parse(_ text: String) -> Value? { try? GoJSON.decode(text) }
}

/// Structural equality of values, maps compared by content (test helper).
func valuesEqual(_ a: Value, _ b: Value) -> Bool {
  switch (a, b) {
  case (.null, .null): return true
  case (.bool(let x), .bool(let y)): return x == y
  case (.float(let x), .float(let y)): return x == y || (x.isNaN && y.isNaN)
  case (.string(let x), .string(let y)): return x == y
  case (.list(let x), .list(let y)): return x.count == y.count && zip(x, y).allSatisfy { valuesEqual($0, $1) }
  case (.map(let x), .map(let y)):
    guard x.count == y.count else { return false }
    for (k, v) in x.storage {
      guard let w = y.storage[k], valuesEqual(v, w) else { return false }
    }
    return true
  default: return false
  }
}
