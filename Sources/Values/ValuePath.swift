extension Value {
  /// The value below this one along `keys`: map keys, or list indexes written as decimal
  /// numbers (the tokens of a JSON pointer); nil when a step is absent.
  public func descendant(at keys: [String]) -> Value? {
    var current = self
    for key in keys {
      switch current {
      case .map(let m):
        guard let next = m[key] else { return nil }
        current = next
      case .list(let items):
        guard let i = Int(key), items.indices.contains(i) else { return nil }
        current = items[i]
      default:
        return nil
      }
    }
    return current
  }
}
