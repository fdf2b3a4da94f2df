/// gobwas/glob v0.2.3's `minimizeTreeAnyOf`: alternatives `{…}` whose patterns share
/// leading or trailing pieces are rewritten as the common pieces around the alternatives
/// of what differs (an alternative left empty becomes nothing). The rewritten pattern
/// compiles to a different matcher tree, so the rewrite is kept exactly, quirks included.
enum GlobAlternativesMinimizer {
  /// The rewritten pattern for an any-of with these children, or nil to keep it.
  static func minimize(_ children: [GlobSyntaxNode]) -> GlobSyntaxNode? {
    guard children.allSatisfy(\.isPattern) else { return nil }
    let (commonLeft, commonRight) = commonChildren(children.map(\.children))
    if commonLeft.isEmpty && commonRight.isEmpty { return nil }
    var result: [GlobSyntaxNode] = []
    if !commonLeft.isEmpty { result.append(.pattern(commonLeft)) }
    var alternatives: [GlobSyntaxNode] = []
    for child in children {
      let pieces = child.children
      let reuse = pieces[commonLeft.count..<(pieces.count - commonRight.count)]
      let node: GlobSyntaxNode = reuse.isEmpty ? .nothing : .pattern(Array(reuse))
      if !alternatives.contains(node) { alternatives.append(node) }
    }
    if alternatives.count == 1 && !alternatives[0].isNothing {
      result.append(alternatives[0])
    } else if alternatives.count > 1 {
      result.append(.anyOf(alternatives))
    }
    if !commonRight.isEmpty { result.append(.pattern(commonRight)) }
    return .pattern(result)
  }

  /// gobwas's `commonChildren`: the pieces all patterns share from the left and from the
  /// right, measured against the pattern with fewest pieces (the first of them).
  private static func commonChildren(_ nodes: [[GlobSyntaxNode]]) -> ([GlobSyntaxNode], [GlobSyntaxNode]) {
    if nodes.count <= 1 { return ([], []) }
    var idx = 0
    for (i, n) in nodes.enumerated() where n.count < nodes[idx].count { idx = i }
    let tree = nodes[idx]
    let treeLength = tree.count
    var commonLeft: [GlobSyntaxNode] = []
    var commonRight = [GlobSyntaxNode?](repeating: nil, count: treeLength)
    var lastRight = treeLength
    var breakLeft = false
    var breakRight = false
    var commonTotal = 0
    var i = 0
    var j = treeLength - 1
    while commonTotal < treeLength && j >= 0 && !(breakLeft && breakRight) {
      let treeLeft = tree[i]
      let treeRight = tree[j]
      var k = 0
      while k < nodes.count && !(breakLeft && breakRight) {
        defer { k += 1 }
        if k == idx { continue }
        let restLeft = nodes[k][i]
        let restRight = nodes[k][j + nodes[k].count - treeLength]
        breakLeft = breakLeft || treeLeft != restLeft
        breakRight = breakRight || (!breakLeft && j <= i)
        breakRight = breakRight || treeRight != restRight
      }
      if !breakLeft {
        commonTotal += 1
        commonLeft.append(treeLeft)
      }
      if !breakRight {
        commonTotal += 1
        lastRight = j
        commonRight[j] = treeRight
      }
      i += 1
      j -= 1
    }
    return (commonLeft, commonRight[lastRight...].compactMap { $0 })
  }
}
