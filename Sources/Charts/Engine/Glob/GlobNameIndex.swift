/// Tables over one name that answer, for any slice of it in constant time, the questions
/// gobwas's leaf matchers ask by scanning: how many runes Go's `range` yields over the
/// slice, and whether a needle lies wholly inside it. Positions are offsets from the
/// name's start, `0...name.count`.
struct GlobNameIndex {
  let name: ArraySlice<UInt8>
  /// Go's decoding from the name's start: which offsets start a rune, and each one's width.
  private let startsRune: [Bool]
  private let width: [Int]
  /// The number of rune starts before each offset.
  private let runeStartsBefore: [Int]
  /// The last rune start before each offset (-1 at 0).
  private let lastRuneStart: [Int]
  /// Inside a multi-byte rune, where that rune ends.
  private let enclosingRuneEnd: [Int]
  private var occurrences: [[UInt8]: [Int]] = [:]

  init(name: ArraySlice<UInt8>) {
    self.name = name
    let n = name.count
    var startsRune = [Bool](repeating: false, count: n + 1)
    var width = [Int](repeating: 0, count: n + 1)
    var enclosingRuneEnd = [Int](repeating: 0, count: n + 1)
    var x = 0
    while x < n {
      let w = GoStringBytes.decodeRune(name, at: name.startIndex + x).width
      startsRune[x] = true
      width[x] = w
      for inner in (x + 1)..<(x + w) { enclosingRuneEnd[inner] = x + w }
      x += w
    }
    var before = [Int](repeating: 0, count: n + 1)
    var last = [Int](repeating: -1, count: n + 1)
    for b in stride(from: 1, through: n, by: 1) {
      before[b] = before[b - 1] + (startsRune[b - 1] ? 1 : 0)
      last[b] = startsRune[b - 1] ? b - 1 : last[b - 1]
    }
    self.startsRune = startsRune
    self.width = width
    self.enclosingRuneEnd = enclosingRuneEnd
    runeStartsBefore = before
    lastRuneStart = last
  }

  /// `utf8.RuneCountInString` of the slice `a..<b`: decoding from `a`, continuation bytes
  /// count one each until a rune starts, and a rune cut by `b` counts one per byte left.
  func runeCount(_ a: Int, _ b: Int) -> Int {
    if a >= b { return 0 }
    if !startsRune[a] {
      let y = enclosingRuneEnd[a]
      return y >= b ? b - a : (y - a) + runeCount(y, b)
    }
    let x = lastRuneStart[b]
    if x + width[x] <= b { return runeStartsBefore[b] - runeStartsBefore[a] }
    return (runeStartsBefore[x] - runeStartsBefore[a]) + (b - x)
  }

  /// `runeCount(a, b)` split as `startWeight(a) + endWeight(b)`, which holds whenever `a`
  /// is at most `lastRuneStart(before: b)`; from a later `a` the count is `b - a` (bytes of
  /// the rune that `b` cuts or ends, one rune each).
  func startWeight(_ a: Int) -> Int {
    let y = a == name.count || startsRune[a] ? a : enclosingRuneEnd[a]
    return (y - a) - runeStartsBefore[y]
  }

  func endWeight(_ b: Int) -> Int {
    let x = lastRuneStart[b]
    if x < 0 { return 0 }
    if x + width[x] <= b { return runeStartsBefore[b] }
    return runeStartsBefore[x] + (b - x)
  }

  /// The width Go decodes at `x`, a rune start of the name (`lastRuneStart(before:)`).
  func runeWidth(at x: Int) -> Int { width[x] }

  /// The last offset before `b` where a rune starts (decoding from the name's start), or -1.
  func lastRuneStart(before b: Int) -> Int { lastRuneStart[b] }

  /// For each offset `b`, the start of the last occurrence of `needle` ending by `b`, or -1.
  mutating func lastOccurrence(_ needle: [UInt8]) -> [Int] {
    if let known = occurrences[needle] { return known }
    var out = [Int](repeating: -1, count: name.count + 1)
    for b in 0...name.count {
      if b > 0 { out[b] = out[b - 1] }
      if b >= needle.count && occurs(needle, at: b - needle.count) { out[b] = b - needle.count }
    }
    occurrences[needle] = out
    return out
  }

  /// Whether the slice `a..<b` holds `needle` (`strings.Contains`).
  mutating func holds(_ needle: [UInt8], _ a: Int, _ b: Int) -> Bool {
    lastOccurrence(needle)[b] >= a
  }

  /// gobwas's `IndexAnyRunes(s, separators) != -1` for the slice `a..<b`; separators are
  /// looked for as their UTF-8 bytes (U+FFFD, which Go finds by decoding, is not one of
  /// Helm's).
  mutating func holdsAny(_ separators: [UInt32], _ a: Int, _ b: Int) -> Bool {
    separators.contains { holds(GoStringBytes.encode($0), a, b) }
  }

  func occurs(_ text: [UInt8], at a: Int) -> Bool {
    guard a >= 0, a + text.count <= name.count else { return false }
    let start = name.startIndex + a
    return name[start..<(start + text.count)].elementsEqual(text)
  }
}
