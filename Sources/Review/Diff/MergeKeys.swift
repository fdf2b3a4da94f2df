import GoLib
import Values

/// How list items are named in field paths: by the merge key Kubernetes' strategic merge
/// patch uses for the list (`containers` by `name`, `volumeMounts` by `mountPath`, container
/// `ports` by `containerPort`...), else by `name`, else by position. A key is used only when
/// every item of both lists has it as a scalar and no two items of a list share it.
enum MergeKeys {
  /// List field name → candidate keys, in order of preference (dotted for nested keys).
  static let table: [String: [String]] = [
    "containers": ["name"],
    "initContainers": ["name"],
    "ephemeralContainers": ["name"],
    "volumes": ["name"],
    "volumeMounts": ["mountPath"],
    "volumeDevices": ["devicePath"],
    "env": ["name"],
    "ports": ["containerPort", "port", "name"],
    "imagePullSecrets": ["name"],
    "hostAliases": ["ip"],
    "topologySpreadConstraints": ["topologyKey"],
    "resourceClaims": ["name"],
    "conditions": ["type"],
    "volumeClaimTemplates": ["metadata.name"],
    "webhooks": ["name"],
    "paths": ["path"],
    "rules": ["host"],
    "endpoints": ["port"],
    "podMetricsEndpoints": ["port"],
    "items": ["key"],
    "secrets": ["name"],
    "finalizers": [],
    "tolerations": [],
    "accessModes": [],
  ]

  /// The key naming the items of the list field `field`, given both sides' items.
  static func key(forList field: String?, old: [Value], new: [Value]) -> String? {
    let candidates = (field.flatMap { table[$0] } ?? []) + ["name"]
    for candidate in candidates where usable(candidate, old) && usable(candidate, new) {
      return candidate
    }
    return nil
  }

  /// The key value of `item` as paths print it.
  static func value(of item: Value, key: String) -> String? {
    var current = item
    for part in key.split(separator: ".") {
      guard case .map(let map) = current, let next = map[String(part)] else { return nil }
      current = next
    }
    switch current {
    case .string(let s): return s
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .int64(let i): return String(i)
    case .float(let f):
      if f.rounded() == f, abs(f) < 1e15 { return String(Int64(f)) }
      return (try? GoJSON.formatFloat(f)) ?? String(f)
    default: return nil
    }
  }

  private static func usable(_ key: String, _ items: [Value]) -> Bool {
    var seen = Set<String>()
    for item in items {
      guard let value = value(of: item, key: key), seen.insert(value).inserted else { return false }
    }
    return true
  }
}
