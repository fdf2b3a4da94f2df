import YAML

/// go-yaml's strict mode: the first mapping key written twice in one mapping.
enum YAMLDuplicateKeys {
  static func first(in text: String) -> (key: String, line: Int)? {
    guard let document = try? ManifestReader.readDocument(text), let root = document.root else { return nil }
    return first(in: root)
  }

  private static func first(in node: YAMLNode) -> (key: String, line: Int)? {
    switch node.kind {
    case .mapping:
      var seen: Set<String> = []
      for (key, value) in node.pairs {
        if key.kind == .scalar {
          if seen.contains(key.value) { return (key.value, key.mark.line) }
          seen.insert(key.value)
        }
        if let found = first(in: value) { return found }
      }
      return nil
    case .sequence:
      for child in node.children { if let found = first(in: child) { return found } }
      return nil
    default:
      return nil
    }
  }
}
