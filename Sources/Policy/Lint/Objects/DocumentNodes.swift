import YAML

/// A walk over the YAML nodes of a rendered document, with the JSON pointer of each node.
enum DocumentNodes {
  /// One scalar of the document.
  struct Scalar {
    let node: YAMLNode
    /// Pointer of the value (for a key: of the value it keys).
    let pointer: String
    /// Whether the scalar is a mapping key.
    let isKey: Bool
  }

  /// Every scalar (keys and values), in document order. Aliases are not followed.
  static func scalars(of root: YAMLNode?) -> [Scalar] {
    var out: [Scalar] = []
    guard let root else { return out }
    walk(root, "", depth: 0) { out.append($0) }
    return out
  }

  private static func walk(_ node: YAMLNode, _ pointer: String, depth: Int, _ visit: (Scalar) -> Void) {
    guard depth < 200 else { return }
    switch node.kind {
    case .scalar:
      visit(Scalar(node: node, pointer: pointer, isKey: false))
    case .sequence:
      for (i, child) in node.children.enumerated() {
        walk(child, pointer + "/" + String(i), depth: depth + 1, visit)
      }
    case .mapping:
      for (key, value) in node.pairs {
        guard key.kind == .scalar else { continue }
        let child = Pointer.join(pointer, key.value)
        visit(Scalar(node: key, pointer: child, isKey: true))
        walk(value, child, depth: depth + 1, visit)
      }
    case .alias:
      break
    }
  }

  /// Every mapping node with its pointer.
  static func mappings(of root: YAMLNode?) -> [(node: YAMLNode, pointer: String)] {
    var out: [(YAMLNode, String)] = []
    func walk(_ node: YAMLNode, _ pointer: String, _ depth: Int) {
      guard depth < 200 else { return }
      switch node.kind {
      case .sequence:
        for (i, child) in node.children.enumerated() { walk(child, pointer + "/" + String(i), depth + 1) }
      case .mapping:
        out.append((node, pointer))
        for (key, value) in node.pairs where key.kind == .scalar {
          walk(value, Pointer.join(pointer, key.value), depth + 1)
        }
      default:
        break
      }
    }
    if let root { walk(root, "", 0) }
    return out
  }
}
