/// The few Go string operations gobwas/glob relies on, over a Go string's bytes (an
/// `ArraySlice` whose indexes are those of the whole name, so that a Go slice `s[i:j]` is
/// `s[s.startIndex + i ..< s.startIndex + j]`). Go ranges a string rune by rune, turning
/// each byte that does not start valid UTF-8 into U+FFFD of width 1, and `utf8.RuneLen`
/// of that U+FFFD is 3: gobwas mixes both, which is where its answers depend on bytes.
enum GoStringBytes {
  typealias Bytes = ArraySlice<UInt8>

  static let runeError: UInt32 = 0xFFFD

  /// `utf8.DecodeRuneInString(s[i:])`: the rune at `i` and its width; U+FFFD and 1 for a
  /// byte that does not start a valid sequence, U+FFFD and 0 at the end.
  static func decodeRune(_ s: Bytes, at i: Int) -> (rune: UInt32, width: Int) {
    guard i < s.endIndex else { return (runeError, 0) }
    let c0 = s[i]
    if c0 < 0x80 { return (UInt32(c0), 1) }
    func continuation(_ k: Int) -> UInt32? {
      guard i + k < s.endIndex, s[i + k] & 0xC0 == 0x80 else { return nil }
      return UInt32(s[i + k] & 0x3F)
    }
    if c0 >= 0xC2 && c0 <= 0xDF, let c1 = continuation(1) {
      return ((UInt32(c0 & 0x1F) << 6) | c1, 2)
    }
    if c0 >= 0xE0 && c0 <= 0xEF, let c1 = continuation(1), let c2 = continuation(2) {
      let v = (UInt32(c0 & 0x0F) << 12) | (c1 << 6) | c2
      if v >= 0x800 && !(0xD800...0xDFFF).contains(v) { return (v, 3) }
    }
    if c0 >= 0xF0 && c0 <= 0xF4, let c1 = continuation(1), let c2 = continuation(2),
      let c3 = continuation(3)
    {
      let v = (UInt32(c0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
      if v >= 0x10000 && v <= 0x10FFFF { return (v, 4) }
    }
    return (runeError, 1)
  }

  /// `utf8.RuneLen` for the runes a `range` yields (U+FFFD, the stand-in for a bad byte,
  /// counts 3).
  static func runeLen(_ r: UInt32) -> Int {
    switch r {
    case ..<0x80: return 1
    case ..<0x800: return 2
    case 0xD800...0xDFFF: return -1
    case ..<0x10000: return 3
    case ...0x10FFFF: return 4
    default: return -1
    }
  }

  /// The UTF-8 bytes of a rune (`string(r)`).
  static func encode(_ r: UInt32) -> [UInt8] {
    guard let scalar = Unicode.Scalar(r) else { return [0xEF, 0xBF, 0xBD] }
    return Array(String(scalar).utf8)
  }

  /// `for i, r := range s`: calls `body` with each rune's offset (from the start of `s`)
  /// and the rune, until it returns false.
  static func forEachRune(_ s: Bytes, _ body: (_ offset: Int, _ rune: UInt32) -> Bool) {
    var i = s.startIndex
    while i < s.endIndex {
      let (r, w) = decodeRune(s, at: i)
      if !body(i - s.startIndex, r) { return }
      i += w
    }
  }

  /// `utf8.RuneCountInString(s)`.
  static func runeCount(_ s: Bytes) -> Int {
    var count = 0
    forEachRune(s) { _, _ in
      count += 1
      return true
    }
    return count
  }

  /// `strings.Index(s, needle)`: the offset of the first occurrence, or -1.
  static func index(_ s: Bytes, _ needle: [UInt8]) -> Int {
    guard needle.count <= s.count else { return -1 }
    guard let first = needle.first else { return 0 }
    var i = s.startIndex
    let last = s.endIndex - needle.count
    while i <= last {
      if s[i] == first && s[i..<(i + needle.count)].elementsEqual(needle) { return i - s.startIndex }
      i += 1
    }
    return -1
  }

  /// `strings.LastIndex(s, needle)`.
  static func lastIndex(_ s: Bytes, _ needle: [UInt8]) -> Int {
    guard needle.count <= s.count else { return -1 }
    if needle.isEmpty { return s.count }
    var i = s.endIndex - needle.count
    while i >= s.startIndex {
      if s[i..<(i + needle.count)].elementsEqual(needle) { return i - s.startIndex }
      i -= 1
    }
    return -1
  }

  static func hasPrefix(_ s: Bytes, _ prefix: [UInt8]) -> Bool {
    s.count >= prefix.count && s.prefix(prefix.count).elementsEqual(prefix)
  }

  static func hasSuffix(_ s: Bytes, _ suffix: [UInt8]) -> Bool {
    s.count >= suffix.count && s.suffix(suffix.count).elementsEqual(suffix)
  }

  /// `strings.IndexRune(s, r)`: U+FFFD finds the first bad byte or U+FFFD itself.
  static func indexRune(_ s: Bytes, _ r: UInt32) -> Int {
    if r < 0x80 {
      return s.firstIndex(of: UInt8(r)).map { $0 - s.startIndex } ?? -1
    }
    if r == runeError {
      var found = -1
      forEachRune(s) { i, rune in
        if rune == runeError { found = i }
        return found < 0
      }
      return found
    }
    if runeLen(r) < 0 { return -1 }
    return index(s, encode(r))
  }

  /// gobwas's `strings.IndexAnyRunes`: the offset of the first rune of `runes` (in their
  /// order, not the earliest in `s`) that `s` holds, or -1.
  static func indexAnyRunes(_ s: Bytes, _ runes: [UInt32]) -> Int {
    for r in runes {
      let i = indexRune(s, r)
      if i != -1 { return i }
    }
    return -1
  }

  /// gobwas's `strings.LastIndexAnyRunes`: the last offset of an ASCII rune, but (a quirk
  /// of its loop) the first offset of any other rune.
  static func lastIndexAnyRunes(_ s: Bytes, _ runes: [UInt32]) -> Int {
    for r in runes {
      let i: Int
      if r < 0x80 {
        i = s.lastIndex(of: UInt8(r)).map { $0 - s.startIndex } ?? -1
      } else {
        i = s.isEmpty ? -1 : indexRune(s, r)
      }
      if i != -1 { return i }
    }
    return -1
  }
}
