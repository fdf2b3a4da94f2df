import Values

/// A Kubernetes label selector: the `matchLabels`/`matchExpressions` form, or a Service's
/// plain map. An empty selector selects everything; an absent one selects nothing.
struct LabelSelector: Sendable {
  struct Requirement: Sendable {
    let key: String
    let op: String
    let values: [String]
  }

  let labels: [String: String]
  let requirements: [Requirement]

  /// A Service's `spec.selector` (a plain map).
  init(plain: [String: String]) {
    labels = plain
    requirements = []
  }

  /// A `metav1.LabelSelector` value.
  init(_ value: Value) {
    labels = value.field("matchLabels")?.stringMap ?? [:]
    requirements = (value.field("matchExpressions")?.items ?? []).compactMap { e in
      guard let key = e.field("key")?.text, let op = e.field("operator")?.text else { return nil }
      return Requirement(key: key, op: op, values: e.field("values")?.items.compactMap(\.text) ?? [])
    }
  }

  var isEmpty: Bool { labels.isEmpty && requirements.isEmpty }

  /// Whether the selector selects a pod with `podLabels`; a key of `anyValueFor` has a
  /// value only known at runtime (a hash, a uid) and meets any requirement but
  /// `DoesNotExist`.
  func matches(_ podLabels: [String: String], anyValueFor runtime: Set<String> = []) -> Bool {
    for (k, v) in labels where podLabels[k] != v && !runtime.contains(k) { return false }
    for r in requirements {
      if runtime.contains(r.key) {
        if r.op == "DoesNotExist" { return false }
        continue
      }
      let value = podLabels[r.key]
      switch r.op {
      case "In": if value == nil || !r.values.contains(value!) { return false }
      case "NotIn": if let value, r.values.contains(value) { return false }
      case "Exists": if value == nil { return false }
      case "DoesNotExist": if value != nil { return false }
      default: return false
      }
    }
    return true
  }

  /// `k=v,k2=v2` for messages.
  var description: String {
    let plain = labels.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    let exprs = requirements.map { "\($0.key) \($0.op) (\($0.values.joined(separator: ",")))" }
    return (plain + exprs).joined(separator: ",")
  }
}
