/// gobwas/glob v0.2.3's compiler (`compiler/compiler.go`): a syntax tree to a matcher tree.
/// A pattern's pieces are compiled one by one, runs of them glued into a single matcher
/// where gobwas glues them (`GlobMatcherGluing`), and what remains split around its longest
/// fixed-length piece into a tree; the optimiser then turns simple trees into prefix, suffix
/// and contains matchers. Each choice changes which byte slices gobwas hands its matchers,
/// so the structure is kept exactly.
enum GlobCompiler {
  static func compile(_ node: GlobSyntaxNode, separators: [UInt32]) -> GlobMatcher {
    let matcher: GlobMatcher
    switch node {
    case .anyOf(let children):
      if let minimized = GlobAlternativesMinimizer.minimize(children) {
        return compile(minimized, separators: separators)
      }
      return .anyOf(children.map { optimize(compile($0, separators: separators)) })
    case .pattern(let children):
      if children.isEmpty { return .nothing }
      let matchers = children.map { optimize(compile($0, separators: separators)) }
      matcher = compileMatchers(GlobMatcherGluing.minimize(matchers))
    case .any: matcher = .any(separators: separators)
    case .super: matcher = .super
    case .single: matcher = .single(separators: separators)
    case .nothing: matcher = .nothing
    case .list(let chars, let not):
      matcher = .list(String(decoding: chars, as: UTF8.self).unicodeScalars.map(\.value), not: not)
    case .range(let lo, let hi, let not): matcher = .range(lo: lo, hi: hi, not: not)
    case .text(let text): matcher = .text(text)
    }
    return optimize(matcher)
  }

  /// gobwas's `compileMatchers`: one matcher as is, a gluable run glued, otherwise a tree
  /// around the last of the longest fixed-length matchers (or, with none, the first).
  static func compileMatchers(_ matchers: [GlobMatcher]) -> GlobMatcher {
    if matchers.count == 1 { return matchers[0] }
    if let glued = GlobMatcherGluing.glue(matchers) { return glued }
    var index = -1
    var maxLength = -1
    for (i, m) in matchers.enumerated() {
      let l = m.length
      if l != -1 && l >= maxLength {
        maxLength = l
        index = i
      }
    }
    if index == -1 {
      let right = compileMatchers(Array(matchers.dropFirst()))
      return .tree(GlobTree(value: matchers[0], left: nil, right: right))
    }
    let left = matchers[..<index]
    let right = matchers[(index + 1)...]
    return .tree(
      GlobTree(
        value: matchers[index],
        left: left.isEmpty ? nil : compileMatchers(Array(left)),
        right: right.isEmpty ? nil : compileMatchers(Array(right))))
  }

  /// gobwas's `optimizeMatcher`.
  static func optimize(_ matcher: GlobMatcher) -> GlobMatcher {
    switch matcher {
    case .any(let separators) where separators.isEmpty:
      return .super
    case .anyOf(let matchers) where matchers.count == 1:
      return matchers[0]
    case .list(let chars, let not) where !not && chars.count == 1:
      return .text(GoStringBytes.encode(chars[0]))
    case .tree(let tree):
      let left = tree.left.map(optimize)
      let right = tree.right.map(optimize)
      guard case .text(let text, _) = tree.value else {
        return .tree(tree.with(left: left, right: right))
      }
      switch (left, right) {
      case (nil, nil): return .text(text)
      case (.super?, .super?): return .contains(text, not: false)
      case (.super?, nil): return .suffix(text)
      case (nil, .super?): return .prefix(text)
      case (nil, .suffix(let suffix)?): return .prefixSuffix(text, suffix)
      case (.prefix(let prefix)?, nil): return .prefixSuffix(prefix, text)
      case (.any(let separators)?, nil): return .suffixAny(text, separators: separators)
      case (nil, .any(let separators)?): return .prefixAny(text, separators: separators)
      default: return .tree(tree.with(left: left, right: right))
      }
    default:
      return matcher
    }
  }
}
