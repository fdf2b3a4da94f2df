import Values

/// What reading a key of a Go map yields, by the map's element type: for
/// `map[string]string` a string (the zero value `""` when absent); for
/// `map[string]interface {}` and its named variants an interface (nil when absent,
/// Go's `missingkey=zero`).
enum MapElements {
  static func element(of m: GoMap, key: String) -> Operand {
    let v = m.storage[key]
    if m.goTypeName == "map[string]string" {
      return .concrete(v ?? .string(""))
    }
    return .element(v ?? .null)
  }

  /// A present element during `range`.
  static func element(of m: GoMap, value: Value) -> Operand {
    m.goTypeName == "map[string]string" ? .concrete(value) : .element(value)
  }
}
