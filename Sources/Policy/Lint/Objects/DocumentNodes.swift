import YAML

/// A walk over the YAML nodes of a rendered document, with the JSON pointer of each node.
enum DocumentNodes {
  /// Calls `visit` with every node in document order (a mapping before its entries, a
  /// scalar key before its value), whether it is a mapping key, and a function that makes
  /// its pointer (only called for the few nodes a check reports; a key's pointer is the
  /// pointer of the value it keys). Aliases are not followed; non-scalar keys are skipped.
  static func forEachNode(
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
        visit(node, false, pointer)
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
}
