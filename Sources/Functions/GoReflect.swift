import Values

/// Go reflection semantics Sprig relies on: `reflect.DeepEqual` and Sprig's `empty`.
enum GoReflect {
  /// `reflect.DeepEqual`: same dynamic type and deeply equal contents. NaN is unequal
  /// to itself; `common.Values` and `map[string]interface {}` are different types.
  static func deepEqual(_ a: Value, _ b: Value, depth: Int = 0) -> Bool {
    if depth > Mergo.maximumDepth { return false }
    switch (a, b) {
    case (.null, .null): return true
    case (.bool(let x), .bool(let y)): return x == y
    case (.int(let x), .int(let y)): return x == y
    case (.int64(let x), .int64(let y)): return x == y
    case (.float(let x), .float(let y)): return x == y
    case (.string(let x), .string(let y)): return x == y
    case (.list(let x), .list(let y)):
      return x.count == y.count && zip(x, y).allSatisfy { deepEqual($0, $1, depth: depth + 1) }
    case (.map(let x), .map(let y)):
      if x === y { return true }
      guard x.goTypeName == y.goTypeName, x.count == y.count else { return false }
      for (k, v) in x.storage {
        guard let w = y.storage[k], deepEqual(v, w, depth: depth + 1) else { return false }
      }
      return true
    case (.object(let x), .object(let y)):
      guard x.goTypeName == y.goTypeName else { return false }
      if let xi = x.sliceItems, let yi = y.sliceItems {
        return xi.count == yi.count && zip(xi, yi).allSatisfy { deepEqual($0, $1, depth: depth + 1) }
      }
      return x.formatted(plus: true, sharp: true) == y.formatted(plus: true, sharp: true)
    default: return false
    }
  }

  /// Sprig's `empty`: nil, false, 0, and zero-length strings, slices and maps. Structs
  /// and non-nil pointers are never empty.
  static func isEmpty(_ v: Value) -> Bool {
    switch v {
    case .null: return true
    case .bool(let b): return !b
    case .int(let i): return i == 0
    case .int64(let i): return i == 0
    case .float(let f): return f == 0
    case .string(let s): return s.isEmpty
    case .list(let l): return l.isEmpty
    case .map(let m): return m.count == 0
    case .object(let o):
      if let items = o.sliceItems { return items.isEmpty }
      switch o.goKind {
      case .map, .slice, .array, .string: return !o.isTruthy
      default: return false
      }
    }
  }

  /// Go's `%T`/`reflect.Type.String()` of a value, as `typeOf` prints it.
  static func typeName(_ v: Value) -> String { v.goTypeName }
}
