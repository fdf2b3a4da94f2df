import YAML

/// A walk over the YAML nodes of a rendered document, with the JSON pointer of each node.
enum DocumentNodes {
  /// Calls `visit` with every scalar (keys and values), in document order, whether it is a
  /// mapping key, and a function that makes its pointer (only called for the few scalars a
  /// check reports). Aliases are not followed.
  static func forEachScalar(
    of root: YAMLNode?, _ visit: (_ node: YAMLNode, _ isKey: Bool, _ pointer: () -> String) -> Void
  ) {
    guard let root else { return }
    var tokens: [String] = []
    func pointer() -> String { tokens.reduce("") { $0 + "/" + Pointer.escape($1) } }
    func walk(_ node: YAMLNode, depth: Int) {
      guard depth < 200 else { return }
      switch node.kind {
      case .scalar:
        visit(node, false, pointer)
      case .sequence:
        for (i, child) in node.children.enumerated() {
          tokens.append(String(i))
          walk(child, depth: depth + 1)
          tokens.removeLast()
        }
      case .mapping:
        var i = 0
        let children = node.children
        while i + 1 < children.count {
          let key = children[i]
          if key.kind == .scalar {
            tokens.append(key.value)
            visit(key, true, pointer)
            walk(children[i + 1], depth: depth + 1)
            tokens.removeLast()
          }
          i += 2
        }
      case .alias:
        break
      }
    }
    walk(root, depth: 0)
  }

  /// Calls `visit` with every mapping node and a function that makes its pointer.
  static func forEachMapping(of root: YAMLNode?, _ visit: (_ node: YAMLNode, _ pointer: () -> String) -> Void)
  {
    guard let root else { return }
    var tokens: [String] = []
    func pointer() -> String { tokens.reduce("") { $0 + "/" + Pointer.escape($1) } }
    func walk(_ node: YAMLNode, depth: Int) {
      guard depth < 200 else { return }
      switch node.kind {
      case .sequence:
        for (i, child) in node.children.enumerated() {
          tokens.append(String(i))
          walk(child, depth: depth + 1)
          tokens.removeLast()
        }
      case .mapping:
        visit(node, pointer)
        var i = 0
        let children = node.children
        while i + 1 < children.count {
          if children[i].kind == .scalar {
            tokens.append(children[i].value)
            walk(children[i + 1], depth: depth + 1)
            tokens.removeLast()
          }
          i += 2
        }
      default:
        break
      }
    }
    walk(root, depth: 0)
  }
}
