/// A node of gobwas/glob's syntax tree (`syntax/ast`): a pattern is a sequence of
/// children, `{a,b}` an any-of whose children are patterns. Equality is gobwas's `Equal`
/// (kind, value and children), which its compiler uses to find common parts of
/// alternatives.
indirect enum GlobSyntaxNode: Equatable {
  case nothing
  case pattern([GlobSyntaxNode])
  /// `[abc]` / `[!abc]`: the characters as UTF-8.
  case list(chars: [UInt8], not: Bool)
  /// `[a-z]` / `[!a-z]`.
  case range(lo: UInt32, hi: UInt32, not: Bool)
  case text([UInt8])
  /// `*`
  case any
  /// `**`
  case `super`
  /// `?`
  case single
  case anyOf([GlobSyntaxNode])

  var children: [GlobSyntaxNode] {
    switch self {
    case .pattern(let children), .anyOf(let children): return children
    default: return []
    }
  }

  var isPattern: Bool {
    if case .pattern = self { return true }
    return false
  }

  var isNothing: Bool {
    if case .nothing = self { return true }
    return false
  }
}
