/// The places where a matcher can end, given the places where it may start, found in one
/// pass over the name: `ends(m, from: starts)[b]` is true when some `a` with `starts[a]` has
/// `m` matching the name's bytes `a..<b` exactly as gobwas's `Match` would.
///
/// It covers the matchers whose answer on a slice splits at the slice's ends: literal
/// pieces, `*` and `**` and the prefix, suffix and contains matchers gobwas makes of them,
/// the rune counts it glues `*`, `?` and negated classes into, alternatives of such, and
/// trees around a literal whose sides have no fixed length: gobwas's `BTree` tries every
/// occurrence of the literal between the slice's ends, so the tree ends where its right
/// side ends after an occurrence that follows an end of its left side. From a single start
/// it also covers trees around `?` or a class, and asks any other matcher that cannot panic
/// slice by slice. A `*a*b*c*` chain is then matched in time linear in the name, where
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
    case .min, .max:
      return true
    case .everyOf:
      return fromOneStart || countBounds(m) != nil
    case .single, .list, .range, .row:
      return fromOneStart
    }
  }

  /// A rune count between `low` and `high` in a slice holding none of `needles`: what
  /// gobwas glues `*`, `?` and negated lists into (min, max and not-contains matchers).
  private struct CountBounds {
    var low = 0
    var high = Int.max
    var needles: [[UInt8]] = []
  }

  private static func countBounds(_ m: GlobMatcher) -> CountBounds? {
    var bounds = CountBounds()
    var members = [m]
    if case .everyOf(let all) = m { members = all }
    for member in members {
      switch member {
      case .min(let limit): bounds.low = Swift.max(bounds.low, limit, 1)
      case .max(let limit): bounds.high = Swift.min(bounds.high, limit)
      case .contains(let needle, let not) where not: bounds.needles.append(needle)
      default: return nil
      }
    }
    return bounds
  }

  /// The literals of a value that is a literal or alternatives of literals (`{ab,cd}`):
  /// gobwas's `Index` then finds the first place any of them occurs, with the lengths of
  /// those occurring there, so the tree tries every occurrence of each.
  static func literals(_ value: GlobMatcher) -> [[UInt8]]? {
    switch value {
    case .text(let text, _): return [text]
    case .anyOf(let matchers):
      var texts: [[UInt8]] = []
      for m in matchers {
        guard let inner = literals(m) else { return nil }
        texts += inner
      }
      return texts
    default: return nil
    }
  }

  /// A tree around a literal (or, from one start, `?`, a class or a row) whose sides have no
  /// fixed length: it ends where its right side ends after an occurrence of its value that
  /// follows an end of its left side.
  static func splitsInOnePass(_ tree: GlobTree, fromOneStart: Bool) -> Bool {
    // gobwas first compares a fixed length with the slice's bytes.
    if tree.length != -1 { return false }
    switch tree.value {
    case .text: break
    case .anyOf: if literals(tree.value) == nil { return false }
    case .single, .list, .range: if !fromOneStart { return false }
    case .row: if !fromOneStart || tree.value.canPanic { return false }
    default: return false
    }
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
      guard Self.splitsInOnePass(tree, fromOneStart: oneStart) else {
        return try endsSliceBySlice(m, from: starts)
      }
      let leftEnds = try tree.left.map { l throws(SlicePanic) in try ends(l, from: starts) } ?? starts
      if case .row(let members, let runes) = tree.value {
        return try rowValueEnds(
          members, runes: runes, right: tree.right, from: starts.firstIndex(of: true)!, leftEnds: leftEnds)
      }
      guard let texts = Self.literals(tree.value) else {
        return try runeValueEnds(tree, from: starts.firstIndex(of: true)!, leftEnds: leftEnds)
      }
      var afterValue = [Bool](repeating: false, count: n + 1)
      for text in texts {
        for p in 0...n where leftEnds[p] && index.occurs(text, at: p) { afterValue[p + text.count] = true }
      }
      return try tree.right.map { r throws(SlicePanic) in try ends(r, from: afterValue) } ?? afterValue
    case .min, .max, .everyOf:
      guard let bounds = Self.countBounds(m) else { return try endsSliceBySlice(m, from: starts) }
      return countEnds(bounds, from: starts)
    case .single, .list, .range, .row:
      return try endsSliceBySlice(m, from: starts)
    }
    return out
  }

  /// The ends of slices from a start after the last needle with a rune count within the
  /// bounds. Starts up to the last rune start before `b` count `startWeight(a) +
  /// endWeight(b)` runes, so a window over them (both its edges only move on) gives the
  /// best start at once; the few later starts count their bytes.
  private mutating func countEnds(_ bounds: CountBounds, from starts: [Bool]) -> [Bool] {
    let n = index.name.count
    var out = [Bool](repeating: false, count: n + 1)
    var blocked = [Int](repeating: -1, count: n + 1)
    for needle in bounds.needles {
      for (b, o) in index.lastOccurrence(needle).enumerated() { blocked[b] = Swift.max(blocked[b], o) }
    }
    // Starts in the window, as a deque of decreasing weight (for a lower bound only) or as
    // a count per weight (for both bounds).
    var deque: [Int] = []
    var head = 0
    var weights: [Int: Int] = [:]
    var added = 0  // the next offset to enter the window
    var removed = 0  // the next offset to leave it
    for b in 0...n {
      let lastStart = index.lastRuneStart(before: b)
      while added <= lastStart {
        if starts[added] {
          let w = index.startWeight(added)
          if bounds.high == .max {
            while deque.count > head && index.startWeight(deque[deque.count - 1]) <= w { deque.removeLast() }
            deque.append(added)
          } else {
            weights[w, default: 0] += 1
          }
        }
        added += 1
      }
      while removed <= Swift.min(blocked[b], added - 1) {
        if starts[removed] && bounds.high != .max { weights[index.startWeight(removed)]! -= 1 }
        removed += 1
      }
      while head < deque.count && deque[head] <= blocked[b] { head += 1 }
      let end = index.endWeight(b)
      if bounds.high == .max {
        out[b] = head < deque.count && index.startWeight(deque[head]) + end >= bounds.low
      } else if bounds.low <= bounds.high {
        out[b] = (bounds.low...bounds.high).contains { (weights[$0 - end] ?? 0) > 0 }
      }
      for a in (Swift.max(blocked[b], lastStart) + 1)...b where starts[a] {
        if bounds.low <= b - a && b - a <= bounds.high { out[b] = true }
      }
    }
    return out
  }

  /// A tree around `?` or a class, from one start `a`: gobwas's `Index` walks the runes of
  /// the slice from `a` (so it sees the runes of the name as decoded from `a`, and a rune
  /// the slice's end cuts as U+FFFD bytes), and hands the right side what follows the
  /// rune's `utf8.RuneLen` (3 for a bad byte), or nothing past the slice's end.
  private mutating func runeValueEnds(_ tree: GlobTree, from a: Int, leftEnds: [Bool]) throws(SlicePanic)
    -> [Bool]
  {
    let accepts: (UInt32) -> Bool
    switch tree.value {
    case .single(let separators): accepts = { !separators.contains($0) }
    case .list(let chars, let not): accepts = { chars.contains($0) != not }
    case .range(let lo, let hi, let not): accepts = { (lo <= $0 && $0 <= hi) != not }
    default: return try endsSliceBySlice(.tree(tree), from: leftEnds.indices.map { $0 == a })
    }
    let n = index.name.count
    let base = index.name.startIndex
    var rightStarts = [Bool](repeating: false, count: n + 1)
    // Ends where the right side is handed the empty string.
    var emptyRight = [Bool](repeating: false, count: n + 1)
    var p = a
    while p < n {
      let (r, w) = GoStringBytes.decodeRune(index.name, at: base + p)
      if leftEnds[p] && accepts(r) {
        let length = GoStringBytes.runeLen(r)
        for b in (p + w)...Swift.min(p + length, n) { emptyRight[b] = true }
        if p + length <= n { rightStarts[p + length] = true }
      }
      p += w
    }
    if accepts(GoStringBytes.runeError) {
      for b in a...n {
        let x = index.lastRuneStart(before: b)
        guard x >= 0, x + index.runeWidth(at: x) > b else { continue }
        // The cut rune's bytes, each a rune of its own, from where the walk reaches them.
        for cut in Swift.max(x, a)..<b where leftEnds[cut] { emptyRight[b] = true }
      }
    }
    guard let right = tree.right else { return emptyRight }
    let rightOfEmpty = try matches(right, index.name[base..<base])
    var out = try ends(right, from: rightStarts)
    for b in 0...n where emptyRight[b] && rightOfEmpty { out[b] = true }
    return out
  }

  /// A tree around a row, from one start `a`: gobwas's `Row.Index` walks the runes of the
  /// slice from `a` while `runes` bytes are left, matches the row's members from each, and
  /// hands the right side what follows `runes` bytes further (the row's length in runes,
  /// taken as bytes). Once the slice holds every byte the members look at, the row's answer
  /// no longer depends on where the slice ends: a row ending exactly `runes` bytes on lets
  /// the right side start there for every end; any other place is asked end by end.
  private mutating func rowValueEnds(
    _ members: [GlobMatcher], runes: Int, right: GlobMatcher?, from a: Int, leftEnds: [Bool]
  ) throws(SlicePanic) -> [Bool] {
    let n = index.name.count
    let base = index.name.startIndex
    var out = [Bool](repeating: false, count: n + 1)
    var rightStarts = [Bool](repeating: false, count: n + 1)
    func slice(_ from: Int, _ to: Int) -> Bytes { index.name[(base + from)..<(base + to)] }
    // The row found at `p` in the slice ending at `b`.
    func found(_ p: Int, _ b: Int) throws(SlicePanic) -> Bool {
      guard try rowMatchesAll(members, slice(p, b)) else { return false }
      if p + runes >= b { return true }
      guard let right else { return false }
      return try matches(right, slice(p + runes, b))
    }
    var p = a
    while p < n {
      let w = GoStringBytes.decodeRune(index.name, at: base + p).width
      // Ends from `first` on leave the rune at `p` whole and at least `runes` bytes.
      let first = Swift.max(p + w, p + runes)
      if leftEnds[p] && first <= n {
        let (matched, read) = try rowMatchesAllReading(members, slice(p, n))
        let settled = Swift.max(first, p + read)  // from here on, the row's answer is `matched`
        for b in first..<Swift.min(settled, n + 1) where !out[b] { out[b] = try found(p, b) }
        if matched && settled <= n {
          if settled == p + runes {
            if right == nil { out[settled] = true } else { rightStarts[settled] = true }
          } else {
            for b in settled...n where !out[b] { out[b] = try found(p, b) }
          }
        }
      }
      p += w
    }
    // Runes the slice's end cuts: each byte a rune of its own.
    for b in a...n {
      let x = index.lastRuneStart(before: b)
      guard x >= 0, x + index.runeWidth(at: x) > b else { continue }
      for cut in Swift.max(x, a)..<b where leftEnds[cut] && b - cut >= runes && !out[b] {
        out[b] = try found(cut, b)
      }
    }
    if let right {
      for (b, reached) in try ends(right, from: rightStarts).enumerated() where reached { out[b] = true }
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
