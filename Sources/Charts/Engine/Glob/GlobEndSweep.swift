/// The places where a matcher can end, given the places where it may start, found in one
/// pass over the name: `ends(m, from: starts)[b]` is true when some `a` with `starts[a]` has
/// `m` matching the name's bytes `a..<b` exactly as gobwas's `Match` would.
///
/// It covers the matchers whose answer on a slice splits at the slice's ends: literal
/// pieces, `*` and `**` and the prefix, suffix and contains matchers gobwas makes of them,
/// alternatives of such, and trees around a literal whose sides have no fixed length (there
/// gobwas's `BTree` tries every occurrence of the literal between the slice's ends, so the
/// tree ends where its right side ends after an occurrence that follows an end of its left
/// side). From a single start, any other matcher that cannot panic is asked slice by slice.
/// A `*a*b*c*` chain is then matched in time linear in the name for each start, where
/// gobwas's loop retries each occurrence against each prefix.
extension GlobMatching {
  /// Whether `ends` answers for `m` in one pass (from one start, or from any set of
  /// them), without asking a matcher that could panic about a slice gobwas never gives it.
  static func sweepCovers(_ m: GlobMatcher, fromOneStart: Bool) -> Bool {
    if m.canPanic { return false }
    switch m {
    case .super, .nothing, .text, .prefix, .suffix, .prefixSuffix, .contains:
      return true
    case .any(let separators), .prefixAny(_, let separators), .suffixAny(_, let separators):
      // U+FFFD as a separator finds bad bytes by decoding, which depends on where the slice starts.
      return fromOneStart || !separators.contains(GoStringBytes.runeError)
    case .anyOf(let matchers):
      return matchers.allSatisfy { sweepCovers($0, fromOneStart: fromOneStart) }
    case .tree(let tree):
      return fromOneStart || splitsInOnePass(tree, fromOneStart: false)
    case .single, .list, .range, .min, .max, .row, .everyOf:
      return fromOneStart
    }
  }

  /// A tree around a literal whose sides have no fixed length: it ends where its right side
  /// ends after an occurrence of the literal that follows an end of its left side.
  static func splitsInOnePass(_ tree: GlobTree, fromOneStart: Bool) -> Bool {
    guard case .text = tree.value else { return false }
    if let left = tree.left, left.length != -1 || !sweepCovers(left, fromOneStart: fromOneStart) {
      return false
    }
    if let right = tree.right, right.length != -1 || !sweepCovers(right, fromOneStart: false) {
      return false
    }
    return true
  }

  /// The ends (offsets `0...name.count` from the name's start) reachable from `starts`.
  mutating func ends(_ m: GlobMatcher, from starts: [Bool]) throws(SlicePanic) -> [Bool] {
    let n = index.name.count
    var out = [Bool](repeating: false, count: n + 1)
    switch m {
    case .super:
      if let first = starts.firstIndex(of: true) {
        for b in first...n { out[b] = true }
      }
    case .nothing:
      return starts
    case .text(let text, _):
      for a in 0...n where starts[a] && index.occurs(text, at: a) { out[a + text.count] = true }
    case .any(let separators):
      if separators.contains(GoStringBytes.runeError) { return try endsSliceBySlice(m, from: starts) }
      let blocked = lastBlocked(separators)
      var latest = -1
      for b in 0...n {
        if starts[b] { latest = b }
        out[b] = latest >= 0 && blocked[b] < latest
      }
    case .prefix(let prefix):
      if let a = (0...n).first(where: { starts[$0] && index.occurs(prefix, at: $0) }) {
        for b in (a + prefix.count)...n { out[b] = true }
      }
    case .suffix(let suffix):
      if let first = starts.firstIndex(of: true) {
        for b in 0...n where b - suffix.count >= first && index.occurs(suffix, at: b - suffix.count) {
          out[b] = true
        }
      }
    case .prefixSuffix(let prefix, let suffix):
      if let a = (0...n).first(where: { starts[$0] && index.occurs(prefix, at: $0) }) {
        let from = a + Swift.max(prefix.count, suffix.count)
        for b in 0...n where b >= from && index.occurs(suffix, at: b - suffix.count) { out[b] = true }
      }
    case .prefixAny(let prefix, let separators):
      if separators.contains(GoStringBytes.runeError) { return try endsSliceBySlice(m, from: starts) }
      let blocked = lastBlocked(separators)
      var latest = -1  // the latest end of the prefix after a start
      for b in 0...n {
        let a = b - prefix.count
        if a >= 0 && starts[a] && index.occurs(prefix, at: a) { latest = b }
        out[b] = latest >= 0 && blocked[b] < latest
      }
    case .suffixAny(let suffix, let separators):
      if separators.contains(GoStringBytes.runeError) { return try endsSliceBySlice(m, from: starts) }
      let blocked = lastBlocked(separators)
      var latest = -1
      for c in 0...n {
        if starts[c] { latest = c }
        let b = c + suffix.count
        if b <= n && latest >= 0 && blocked[c] < latest && index.occurs(suffix, at: c) { out[b] = true }
      }
    case .contains(let needle, let not):
      let found = index.lastOccurrence(needle)
      if not {
        var latest = -1
        for b in 0...n {
          if starts[b] { latest = b }
          out[b] = latest >= 0 && found[b] < latest
        }
      } else if let first = starts.firstIndex(of: true) {
        for b in 0...n { out[b] = found[b] >= first }
      }
    case .anyOf(let matchers):
      for child in matchers {
        for (b, reached) in try ends(child, from: starts).enumerated() where reached { out[b] = true }
      }
    case .tree(let tree):
      let oneStart = starts.lazy.filter { $0 }.count == 1
      guard case .text(let text, _) = tree.value, Self.splitsInOnePass(tree, fromOneStart: oneStart) else {
        return try endsSliceBySlice(m, from: starts)
      }
      let leftEnds = try tree.left.map { l throws(SlicePanic) in try ends(l, from: starts) } ?? starts
      var afterValue = [Bool](repeating: false, count: n + 1)
      for p in 0...n where leftEnds[p] && index.occurs(text, at: p) { afterValue[p + text.count] = true }
      return try tree.right.map { r throws(SlicePanic) in try ends(r, from: afterValue) } ?? afterValue
    case .single, .list, .range, .min, .max, .row, .everyOf:
      return try endsSliceBySlice(m, from: starts)
    }
    return out
  }

  /// Any matcher from a single start: each slice from it asked in turn.
  private mutating func endsSliceBySlice(_ m: GlobMatcher, from starts: [Bool]) throws(SlicePanic) -> [Bool] {
    let n = index.name.count
    var out = [Bool](repeating: false, count: n + 1)
    let base = index.name.startIndex
    for a in 0...n where starts[a] {
      for b in a...n where !out[b] {
        out[b] = try matches(m, index.name[(base + a)..<(base + b)])
      }
    }
    return out
  }

  /// For each offset, the start of the last separator wholly before it (as
  /// `strings.IndexRune` finds one: its UTF-8 bytes anywhere), or -1.
  private mutating func lastBlocked(_ separators: [UInt32]) -> [Int] {
    var out = [Int](repeating: -1, count: index.name.count + 1)
    for separator in separators {
      for (b, o) in index.lastOccurrence(GoStringBytes.encode(separator)).enumerated() {
        out[b] = Swift.max(out[b], o)
      }
    }
    return out
  }
}
