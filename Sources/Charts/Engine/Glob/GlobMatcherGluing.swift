/// How gobwas/glob v0.2.3's compiler glues neighbouring matchers of a pattern into one:
/// a run of `*`, `**`, `?` and negated lists sharing one separator set becomes a rune-count
/// check (`glueMatchersAsEvery`), a run of fixed-length matchers a row
/// (`glueMatchersAsRow`); `minimizeMatchers` picks which runs to glue.
enum GlobMatcherGluing {
  static func glue(_ matchers: [GlobMatcher]) -> GlobMatcher? {
    glueAsEvery(matchers) ?? glueAsRow(matchers)
  }

  static func glueAsRow(_ matchers: [GlobMatcher]) -> GlobMatcher? {
    if matchers.count <= 1 { return nil }
    var length = 0
    for m in matchers {
      let l = m.length
      if l == -1 { return nil }
      length += l
    }
    return .row(matchers, runes: length)
  }

  static func glueAsEvery(_ matchers: [GlobMatcher]) -> GlobMatcher? {
    if matchers.count <= 1 { return nil }
    var hasAny = false
    var hasSuper = false
    var hasSingle = false
    var min = 0
    var separator: [UInt32] = []
    for (i, m) in matchers.enumerated() {
      let sep: [UInt32]
      switch m {
      case .super:
        sep = []
        hasSuper = true
      case .any(let separators):
        sep = separators
        hasAny = true
      case .single(let separators):
        sep = separators
        hasSingle = true
        min += 1
      case .list(let chars, let not) where not:
        sep = chars
        hasSingle = true
        min += 1
      default:
        return nil
      }
      if i == 0 { separator = sep }
      if sep != separator { return nil }
    }
    if hasSuper && !hasAny && !hasSingle { return .super }
    if hasAny && !hasSuper && !hasSingle { return .any(separators: separator) }
    if (hasAny || hasSuper) && min > 0 && separator.isEmpty { return .min(min) }
    var every: [GlobMatcher] = []
    if min > 0 {
      every.append(.min(min))
      if !hasAny && !hasSuper { every.append(.max(min)) }
    }
    if !separator.isEmpty {
      // gobwas looks for the separators as one string, not for each of them.
      every.append(.contains(separator.flatMap(GoStringBytes.encode), not: true))
    }
    return .everyOf(every)
  }

  /// gobwas's `minimizeMatchers`: glues the longest gluable run (preferring, among runs of
  /// the same size, a longer fixed length), then again on the result, until nothing glues.
  static func minimize(_ matchers: [GlobMatcher]) -> [GlobMatcher] {
    var done: GlobMatcher?
    var left = 0
    var right = 0
    var count = 0
    for l in 0..<matchers.count {
      var r = matchers.count
      while r > l {
        if let glued = glue(Array(matchers[l..<r])) {
          var swap: Bool
          if let current = done {
            let cl = current.length
            let gl = glued.length
            swap = cl > -1 && gl > -1 && gl > cl
            swap = swap || count < r - l
          } else {
            swap = true
          }
          if swap {
            done = glued
            left = l
            right = r
            count = r - l
          }
        }
        r -= 1
      }
    }
    guard let done else { return matchers }
    let next = Array(matchers[..<left]) + [done] + Array(matchers[right...])
    if next.count == matchers.count { return next }
    return minimize(next)
  }
}
