/// Runs a compiled gobwas/glob tree against one name, with gobwas's `Match` and `Index`
/// (`match/*.go`) ported over the name's bytes. `Index` finds where a matcher first matches
/// in a slice and the lengths it can match there (gobwas's "segments"; only the set of them
/// matters to any caller).
///
/// gobwas's `BTree` retries its sides at every place its value occurs, which takes time
/// polynomial in the name with nested trees. Here a tree around a literal, alternatives of
/// literals, `?`, a class or a row, whose sides have no fixed length (what `*`-heavy
/// patterns compile to), finds all its ends from a start in one pass over the name
/// (`GlobEndSweep`), and the leaf matchers answer for any slice in constant time
/// (`GlobNameIndex`). Any other tree (around alternatives holding wildcards, or with a
/// side of fixed length) keeps its answer per slice, so no slice is matched twice by the
/// same tree.
struct GlobMatching {
  typealias Bytes = ArraySlice<UInt8>

  /// A slice of the name gobwas cannot cut (a row with an empty member at the name's end):
  /// Go panics, and Helm reports the panic as the error of `Glob`.
  struct SlicePanic: Error {
    let message: String
  }

  private struct TreeSlice: Hashable {
    let tree: ObjectIdentifier
    let start: Int
    let end: Int
  }

  private struct TreeStart: Hashable {
    let tree: ObjectIdentifier
    let start: Int
  }

  /// The whole name (every slice matched is a slice of it), with its tables.
  var index: GlobNameIndex
  private var treeAnswers: [TreeSlice: Bool] = [:]
  private var treeEnds: [TreeStart: [Bool]] = [:]
  private var sweepable: [ObjectIdentifier: Bool] = [:]

  init(name: Bytes) {
    index = GlobNameIndex(name: name)
  }

  /// The slice's offsets from the name's start.
  private func bounds(_ s: Bytes) -> (Int, Int) {
    (s.startIndex - index.name.startIndex, s.endIndex - index.name.startIndex)
  }

  // MARK: Match

  mutating func matches(_ m: GlobMatcher, _ s: Bytes) throws(SlicePanic) -> Bool {
    switch m {
    case .any(let separators):
      if separators.contains(GoStringBytes.runeError) {
        return GoStringBytes.indexAnyRunes(s, separators) == -1
      }
      let (a, b) = bounds(s)
      return !index.holdsAny(separators, a, b)
    case .super:
      return true
    case .single(let separators):
      let (r, w) = GoStringBytes.decodeRune(s, at: s.startIndex)
      return s.count <= w && !separators.contains(r)
    case .nothing:
      return s.isEmpty
    case .list(let chars, let not):
      let (r, w) = GoStringBytes.decodeRune(s, at: s.startIndex)
      return s.count <= w && chars.contains(r) != not
    case .range(let lo, let hi, let not):
      let (r, w) = GoStringBytes.decodeRune(s, at: s.startIndex)
      return s.count <= w && (lo <= r && r <= hi) != not
    case .text(let text, _):
      return s.elementsEqual(text)
    case .prefix(let prefix):
      return GoStringBytes.hasPrefix(s, prefix)
    case .suffix(let suffix):
      return GoStringBytes.hasSuffix(s, suffix)
    case .prefixSuffix(let prefix, let suffix):
      return GoStringBytes.hasPrefix(s, prefix) && GoStringBytes.hasSuffix(s, suffix)
    case .prefixAny(let prefix, let separators):
      guard GoStringBytes.hasPrefix(s, prefix) else { return false }
      return try matches(.any(separators: separators), s.dropFirst(prefix.count))
    case .suffixAny(let suffix, let separators):
      guard GoStringBytes.hasSuffix(s, suffix) else { return false }
      return try matches(.any(separators: separators), s.dropLast(suffix.count))
    case .contains(let needle, let not):
      let (a, b) = bounds(s)
      return index.holds(needle, a, b) != not
    case .min(let limit):
      // gobwas counts runes until the count reaches the limit: an empty name never does.
      let (a, b) = bounds(s)
      return index.runeCount(a, b) >= Swift.max(limit, 1)
    case .max(let limit):
      let (a, b) = bounds(s)
      return index.runeCount(a, b) <= limit
    case .row(let matchers, let runes):
      let (a, b) = bounds(s)
      if index.runeCount(a, b) != runes { return false }
      return try rowMatchesAll(matchers, s)
    case .anyOf(let matchers):
      for m in matchers where try matches(m, s) { return true }
      return false
    case .everyOf(let matchers):
      for m in matchers where !(try matches(m, s)) { return false }
      return true
    case .tree(let tree):
      let id = ObjectIdentifier(tree)
      let splits = sweepable[id] ?? Self.splitsInOnePass(tree, fromOneStart: true)
      sweepable[id] = splits
      // A short slice is cheaper to match on its own than by a sweep of the whole name.
      if splits && s.count > 32 {
        // Every end from this start at once: the next slice from here is a lookup.
        let (a, b) = bounds(s)
        let key = TreeStart(tree: id, start: a)
        if let ends = treeEnds[key] { return ends[b] }
        var starts = [Bool](repeating: false, count: index.name.count + 1)
        starts[a] = true
        let ends = try self.ends(m, from: starts)
        treeEnds[key] = ends
        return ends[b]
      }
      let key = TreeSlice(tree: id, start: s.startIndex, end: s.endIndex)
      if let known = treeAnswers[key] { return known }
      let answer = try treeMatches(tree, s)
      treeAnswers[key] = answer
      return answer
    }
  }

  /// `rowMatchesAll(members, s)` with how far into `s` its answer looked: the same answer
  /// holds for every longer slice from the same start.
  mutating func rowMatchesAllReading(_ matchers: [GlobMatcher], _ s: Bytes) throws(SlicePanic) -> (
    Bool, read: Int
  ) {
    var read = 0
    let matched = try rowMatchesAll(matchers, s, read: &read)
    return (matched, read)
  }

  /// gobwas's `Row.matchAll`: each member gets the slice from where the previous one ended
  /// up to the first byte of its own last rune.
  mutating func rowMatchesAll(_ matchers: [GlobMatcher], _ s: Bytes) throws(SlicePanic) -> Bool {
    var read = 0
    return try rowMatchesAll(matchers, s, read: &read)
  }

  private mutating func rowMatchesAll(_ matchers: [GlobMatcher], _ s: Bytes, read: inout Int)
    throws(SlicePanic)
    -> Bool
  {
    var idx = 0
    for m in matchers {
      let length = m.length
      var next = 0
      var i = 0
      GoStringBytes.forEachRune(s.dropFirst(idx)) { offset, _ in
        next = offset
        i += 1
        return i != length
      }
      if i < length {
        // Too few runes left: a longer slice could have them.
        read = s.count
        return false
      }
      let end = idx + next + 1
      if end > s.count {
        throw SlicePanic(message: "runtime error: slice bounds out of range [:\(end)] with length \(s.count)")
      }
      read = end
      if !(try matches(m, s[(s.startIndex + idx)..<(s.startIndex + end)])) { return false }
      idx = end
    }
    return true
  }

  /// gobwas's `BTree.Match`: every place the value occurs between the fixed lengths of the
  /// sides (counted as bytes), each length it can match there.
  private mutating func treeMatches(_ tree: GlobTree, _ s: Bytes) throws(SlicePanic) -> Bool {
    let inputLen = s.count
    if tree.length != -1 && tree.length > inputLen { return false }
    var offset = tree.leftLength >= 0 ? tree.leftLength : 0
    let limit = tree.rightLength >= 0 ? inputLen - tree.rightLength : inputLen
    let base = s.startIndex
    while offset < limit {
      let (index, segments) = try firstMatch(tree.value, in: s[(base + offset)..<(base + limit)])
      if index == -1 { return false }
      let at = offset + index
      let left: Bool
      if let l = tree.left {
        left = try matches(l, s[base..<(base + at)])
      } else {
        // Nothing may precede the value, and the places only move on.
        if at > 0 { return false }
        left = true
      }
      if left {
        for length in segments.reversed() {
          let rest = inputLen <= at + length ? s[s.endIndex...] : s[(base + at + length)...]
          let right: Bool
          if let r = tree.right {
            right = try matches(r, rest)
          } else {
            right = rest.isEmpty
          }
          if right { return true }
        }
      }
      offset = at + GoStringBytes.decodeRune(s, at: base + at).width
    }
    return false
  }

  // MARK: Index

  /// gobwas's `Index`: the offset of the first place `m` matches in `s` and the lengths it
  /// matches there, or -1.
  mutating func firstMatch(_ m: GlobMatcher, in s: Bytes) throws(SlicePanic) -> (Int, [Int]) {
    switch m {
    case .any(let separators):
      let found = GoStringBytes.indexAnyRunes(s, separators)
      if found == 0 { return (0, [0]) }
      return (
        0, Self.runeStarts(found == -1 ? s : s.prefix(found), from: 0) + [found == -1 ? s.count : found]
      )
    case .super:
      return (0, Self.runeStarts(s, from: 0) + [s.count])
    case .single(let separators):
      return Self.firstRune(s) { !separators.contains($0) }
    case .nothing:
      return (0, [0])
    case .list(let chars, let not):
      return Self.firstRune(s) { chars.contains($0) != not }
    case .range(let lo, let hi, let not):
      return Self.firstRune(s) { (lo <= $0 && $0 <= hi) != not }
    case .text(let text, _):
      let i = GoStringBytes.index(s, text)
      return i == -1 ? (-1, []) : (i, [text.count])
    case .prefix(let prefix):
      let i = GoStringBytes.index(s, prefix)
      if i == -1 { return (-1, []) }
      return (i, [prefix.count] + Self.runeEnds(s.dropFirst(i + prefix.count), from: prefix.count))
    case .prefixAny(let prefix, let separators):
      let i = GoStringBytes.index(s, prefix)
      if i == -1 { return (-1, []) }
      var sub = s.dropFirst(i + prefix.count)
      let sep = GoStringBytes.indexAnyRunes(sub, separators)
      if sep > -1 { sub = sub.prefix(sep) }
      return (i, [prefix.count] + Self.runeEnds(sub, from: prefix.count))
    case .suffix(let suffix):
      let i = GoStringBytes.index(s, suffix)
      return i == -1 ? (-1, []) : (0, [i + suffix.count])
    case .suffixAny(let suffix, let separators):
      let idx = GoStringBytes.index(s, suffix)
      if idx == -1 { return (-1, []) }
      let i = GoStringBytes.lastIndexAnyRunes(s.prefix(idx), separators) + 1
      return (i, [idx + suffix.count - i])
    case .prefixSuffix(let prefix, let suffix):
      return Self.prefixSuffixIndex(prefix, suffix, s)
    case .contains(let needle, let not):
      return Self.containsIndex(needle, not, s)
    case .min(let limit):
      if s.count - limit + 1 <= 0 { return (-1, []) }
      var segments: [Int] = []
      var count = 0
      GoStringBytes.forEachRune(s) { i, r in
        count += 1
        if count >= limit { segments.append(i + GoStringBytes.runeLen(r)) }
        return true
      }
      return segments.isEmpty ? (-1, []) : (0, segments)
    case .max(let limit):
      var segments = [0]
      var count = 0
      GoStringBytes.forEachRune(s) { i, r in
        count += 1
        if count > limit { return false }
        segments.append(i + GoStringBytes.runeLen(r))
        return true
      }
      return (0, segments)
    case .row(let matchers, let runes):
      var found = -1
      var thrown: SlicePanic?
      GoStringBytes.forEachRune(s) { i, _ in
        if s.count - i < runes { return false }
        do throws(SlicePanic) {
          if try rowMatchesAll(matchers, s.dropFirst(i)) { found = i }
        } catch {
          thrown = error
        }
        return found == -1 && thrown == nil
      }
      if let thrown { throw thrown }
      return found == -1 ? (-1, []) : (found, [runes])
    case .anyOf(let matchers):
      var index = -1
      var segments: Set<Int> = []
      for m in matchers {
        let (idx, seg) = try firstMatch(m, in: s)
        if idx == -1 { continue }
        if index == -1 || idx < index {
          index = idx
          segments = Set(seg)
        } else if idx == index {
          segments.formUnion(seg)
        }
      }
      return index == -1 ? (-1, []) : (index, segments.sorted())
    case .everyOf(let matchers):
      return try everyOfIndex(matchers, s)
    case .tree:
      return (-1, [])
    }
  }

  /// The offsets (plus `from`) at which each rune of `s` starts.
  private static func runeStarts(_ s: Bytes, from: Int) -> [Int] {
    var out: [Int] = []
    GoStringBytes.forEachRune(s) { i, _ in
      out.append(from + i)
      return true
    }
    return out
  }

  /// `from + i + utf8.RuneLen(r)` for each rune of `s`: a bad byte counts 3.
  private static func runeEnds(_ s: Bytes, from: Int) -> [Int] {
    var out: [Int] = []
    GoStringBytes.forEachRune(s) { i, r in
      out.append(from + i + GoStringBytes.runeLen(r))
      return true
    }
    return out
  }

  /// The first rune that `accepts`, with its `utf8.RuneLen` as the only length.
  private static func firstRune(_ s: Bytes, _ accepts: (UInt32) -> Bool) -> (Int, [Int]) {
    var found: (Int, [Int]) = (-1, [])
    GoStringBytes.forEachRune(s) { i, r in
      if accepts(r) { found = (i, [GoStringBytes.runeLen(r)]) }
      return found.0 == -1
    }
    return found
  }

  private static func prefixSuffixIndex(_ prefix: [UInt8], _ suffix: [UInt8], _ s: Bytes) -> (Int, [Int]) {
    let prefixIdx = GoStringBytes.index(s, prefix)
    if prefixIdx == -1 { return (-1, []) }
    if suffix.isEmpty { return (prefixIdx, [s.count - prefixIdx]) }
    var segments: [Int] = []
    var sub = s.dropFirst(prefixIdx)
    while true {
      let suffixIdx = GoStringBytes.lastIndex(sub, suffix)
      if suffixIdx == -1 { break }
      segments.append(suffixIdx + suffix.count)
      sub = sub.prefix(suffixIdx)
    }
    return segments.isEmpty ? (-1, []) : (prefixIdx, segments.reversed())
  }

  private static func containsIndex(_ needle: [UInt8], _ not: Bool, _ s: Bytes) -> (Int, [Int]) {
    var offset = 0
    var sub = s
    let idx = GoStringBytes.index(s, needle)
    if !not {
      if idx == -1 { return (-1, []) }
      offset = idx + needle.count
      if s.count <= offset { return (0, [offset]) }
      sub = s.dropFirst(offset)
    } else if idx != -1 {
      sub = s.prefix(idx)
    }
    return (0, runeStarts(sub, from: offset) + [offset + sub.count])
  }

  /// gobwas's `EveryOf.Index`: each member searched from where the previous one was found,
  /// keeping the lengths on which all agree.
  private mutating func everyOfIndex(_ matchers: [GlobMatcher], _ s: Bytes) throws(SlicePanic) -> (Int, [Int])
  {
    var index = 0
    var offset = 0
    var current: [Int] = []
    var sub = s
    for (i, m) in matchers.enumerated() {
      let (idx, seg) = try firstMatch(m, in: sub)
      if idx == -1 { return (-1, []) }
      if i == 0 {
        current = seg
      } else {
        let delta = index - (idx + offset)
        let found = Set(seg)
        current = current.filter { found.contains($0 + delta) }.map { $0 + delta }
        if current.isEmpty { return (-1, []) }
      }
      index = idx + offset
      sub = s.dropFirst(index)
      offset += idx
    }
    return (index, current)
  }
}
