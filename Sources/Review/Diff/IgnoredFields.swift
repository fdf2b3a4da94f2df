import Values

/// Removes the fields matching `--ignore-path` patterns from an object before it is compared.
struct IgnoredFields {
  let patterns: [FieldPattern]

  func pruned(_ value: Value) -> Value {
    patterns.isEmpty ? value : prune(value, FieldPath(), field: nil)
  }

  private func prune(_ value: Value, _ path: FieldPath, field: String?) -> Value {
    switch value {
    case .map(let map):
      let out = GoMap()
      for (key, item) in map.storage {
        let child = path.appending(.key(key))
        if patterns.contains(where: { $0.matches(child) }) { continue }
        out[key] = prune(item, child, field: key)
      }
      return .map(out)
    case .list(let items):
      let key = MergeKeys.key(forList: field, old: items, new: items)
      var out: [Value] = []
      for (i, item) in items.enumerated() {
        let child: FieldPath =
          if let key, let name = MergeKeys.value(of: item, key: key) {
            path.appending(.item(key: key, value: name, index: i))
          } else {
            path.appending(.index(i))
          }
        if patterns.contains(where: { $0.matches(child) }) { continue }
        out.append(prune(item, child, field: nil))
      }
      return .list(out)
    default:
      return value
    }
  }
}
