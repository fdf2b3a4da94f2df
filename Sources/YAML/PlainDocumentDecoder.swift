import Values

/// A document's value as sigs.k8s.io/yaml decodes it (go-yaml into `interface{}`, then the
/// JSON detour: numbers `float64`, maps `map[string]interface {}`), built straight from the
/// node tree in one walk, for the shape nearly every manifest has: no aliases, no merge keys,
/// string keys only, no NaN or infinity, no explicit tag that could fail, modest depth.
///
/// Nil means the document needs the full path (`GoYAMLDecoder`, then `YAMLToJSON`), which
/// also gives the errors; where this decoder answers, it answers what that path gives.
enum PlainDocumentDecoder {
  /// Deeper documents take the full path (which checks the thread's stack as it goes).
  static let maxDepth = 512

  static func value(of node: YAMLNode) -> Value? {
    value(of: node, depth: 0)
  }

  private static func value(of node: YAMLNode, depth: Int) -> Value? {
    guard depth < maxDepth else { return nil }
    switch node.kind {
    case .alias:
      return nil
    case .scalar:
      return scalar(node)
    case .sequence:
      var items: [Value] = []
      items.reserveCapacity(node.children.count)
      for child in node.children {
        guard let item = value(of: child, depth: depth + 1) else { return nil }
        items.append(item)
      }
      return .list(items)
    case .mapping:
      let children = node.children
      var storage: [String: Value] = [:]
      storage.reserveCapacity(children.count / 2)
      var i = 0
      while i + 1 < children.count {
        // A merge key, or a key that is not a string (stringified or refused on the full
        // path, where a later equal key may not win), takes the full path.
        guard children[i].kind == .scalar, !GoYAMLDecoder.isMerge(children[i]),
          case .string(let key)? = try? GoYAMLDecoder.resolveScalar(children[i]),
          let item = value(of: children[i + 1], depth: depth + 1)
        else { return nil }
        storage[key] = item  // Go map semantics: the last of equal keys wins
        i += 2
      }
      return .map(GoMap(storage))
    }
  }

  private static func scalar(_ node: YAMLNode) -> Value? {
    guard let resolved = try? GoYAMLDecoder.resolveScalar(node) else { return nil }
    return value(of: resolved)
  }

  /// An untagged plain scalar's value, as `value(of:)` gives a node holding `text`.
  static func plainScalar(_ text: String) -> Value? {
    value(of: resolvedPlain(text))
  }

  /// An untagged plain mapping key's string, where `value(of:)` accepts the key; nil for a
  /// merge key and for keys that do not resolve to strings.
  static func plainKey(_ text: String) -> String? {
    guard text != "<<", case .string(let key) = resolvedPlain(text) else { return nil }
    return key
  }

  /// What `GoYAMLDecoder.resolveScalar` gives an untagged plain scalar.
  private static func resolvedPlain(_ text: String) -> GoYAMLValue {
    GoYAMLDecoder.goValue(ScalarResolver.resolvePlain(text), text: text)
  }

  private static func value(of resolved: GoYAMLValue) -> Value? {
    switch resolved {
    case .null: return .null
    case .bool(let b): return .bool(b)
    case .int(let i): return .float(Double(i))
    case .uint(let u): return .float(Double(u))
    case .float(let f): return f.isFinite ? .float(f) : nil  // json.Marshal refuses NaN and ±Inf
    case .string(let s): return .string(s)
    case .list, .map: return nil  // never a scalar's
    }
  }
}
