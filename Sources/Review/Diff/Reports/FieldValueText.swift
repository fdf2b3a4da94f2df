import Values

/// A field value as reports print it: compact JSON (strings quoted), `(absent)` for a
/// missing field, shortened to `limit` characters.
enum FieldValueText {
  static func text(_ value: Value?, limit: Int = 120) -> String {
    guard let value else { return "(absent)" }
    let full = ValueEquality.canonical(integral(value))
    guard full.count > limit else { return full }
    return String(full.prefix(limit - 1)) + "…"
  }

  /// `old → new` for a field change; an order-only change reads `order: a, b → b, a`.
  static func change(_ field: FieldChange, limit: Int = 120) -> (old: String, new: String) {
    if field.isOrderOnly, case .list(let a)? = field.old, case .list(let b)? = field.new {
      return ("order " + items(a, limit), "order " + items(b, limit))
    }
    return (text(field.old, limit: limit), text(field.new, limit: limit))
  }

  private static func items(_ list: [Value], _ limit: Int) -> String {
    let joined = list.map { $0.stringValue ?? ValueEquality.canonical($0) }.joined(separator: ", ")
    return joined.count > limit ? String(joined.prefix(limit - 1)) + "…" : joined
  }

  /// Whole floats as integers, as the manifest wrote them.
  static func integral(_ value: Value) -> Value {
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
