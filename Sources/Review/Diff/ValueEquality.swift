import GoLib
import Values

/// Deep equality of decoded values as the API server sees them: numbers compare by value
/// whatever their Go kind, maps by their entries, lists item by item.
enum ValueEquality {
  static func equal(_ a: Value, _ b: Value) -> Bool {
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.list(let x), .list(let y)):
      guard x.count == y.count else { return false }
      for i in x.indices where !equal(x[i], y[i]) { return false }
      return true
    case (.map(let x), .map(let y)):
      if x === y { return true }
      guard x.count == y.count else { return false }
      for (key, value) in x.storage {
        guard let other = y.storage[key], equal(value, other) else { return false }
      }
      return true
    default:
      if let x = number(a), let y = number(b) { return x == y }
      return false
    }
  }

  static func number(_ v: Value) -> Double? {
    switch v {
    case .int(let i): Double(i)
    case .int64(let i): Double(i)
    case .float(let f): f
    default: nil
    }
  }

  /// A canonical text of `value` (JSON with sorted keys), for hashing and sequence diffs.
  static func canonical(_ value: Value) -> String {
    (try? GoJSON.encode(value, escapeHTML: false)) ?? "\(value)"
  }
}
