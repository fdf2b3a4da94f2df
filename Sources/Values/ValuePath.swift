extension Value {
  /// The value below this one along `keys`: map keys, or list indexes written as decimal
  /// numbers (the tokens of a JSON pointer); nil when a step is absent.
  public func descendant(at keys: [String]) -> Value? {
    var current = self
    for key in keys {
      guard let next = current.child(key) else { return nil }
      current = next
    }
    return current
  }

  /// The member `key` of a map, or the element at index `key` of a list; nil when absent.
  public func child(_ key: String) -> Value? {
    switch self {
    case .map(let m): return m[key]
    case .list(let items):
      guard let i = Int(key), items.indices.contains(i) else { return nil }
      return items[i]
    default: return nil
    }
  }
}
