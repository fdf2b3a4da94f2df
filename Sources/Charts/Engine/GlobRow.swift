import Values

/// gobwas/glob's `Row` matcher, which `.Files.Glob` uses for a pattern made only of
/// fixed-length pieces (literal text, `?`, `[...]`) that compiles to two matchers or more.
/// gobwas measures each piece in runes but hands it a slice cut in bytes: the slice ends at
/// the first byte of the piece's last rune. A name whose multi-byte rune falls at the end of
/// a piece therefore never matches (`files/?.txt` does not match `files/é.txt` in Helm),
/// while a byte that is not UTF-8 counts as one rune. Matching is linear in the name.
struct GlobRow: Sendable {
  /// One fixed-length matcher of the row.
  enum Piece: Sendable, Equatable {
    /// Literal text, compared byte for byte.
    case text([UInt8], runes: Int)
    /// `?`: one rune that is not the separator.
    case single
    /// `[abc]` / `[!abc]` (a positive one-character list is text).
    case list([UInt32], negated: Bool)
    /// `[a-z]` / `[!a-z]`.
    case range(UInt32, UInt32, negated: Bool)

    var runeLength: Int {
      if case .text(_, let runes) = self { return runes }
      return 1
    }

    /// gobwas's `Match` of the piece on its slice of the name.
    func matches(_ s: ArraySlice<UInt8>) -> Bool {
      if case .text(let text, _) = self { return s.elementsEqual(text) }
      let (r, width) = GlobRow.decodeRune(s)
      if s.count > width { return false }
      switch self {
      case .text: return false
      case .single: return r != UInt32(UInt8(ascii: "/"))
      case .list(let chars, let negated): return chars.contains(r) != negated
      case .range(let lo, let hi, let negated): return (lo <= r && r <= hi) != negated
      }
    }
  }

  let pieces: [Piece]
  let runeLength: Int

  /// The row gobwas compiles `tests` (a pattern with no `*`, `**` or braces) to, or nil when
  /// it compiles them to something else: a single matcher, or (only `?` and negated lists
  /// with one separator set) a rune count, which the automaton matches alike.
  init?(_ tests: [GlobPattern.ScalarTest]) {
    var pieces: [Piece] = []
    var text: [UInt8] = []
    var textRunes = 0
    func flushText() {
      if textRunes > 0 { pieces.append(.text(text, runes: textRunes)) }
      text = []
      textRunes = 0
    }
    for test in tests {
      switch test {
      case .literal(let c):
        text.append(contentsOf: String(c).utf8)
        textRunes += 1
      case .list(let chars, let negated) where !negated && chars.count == 1:
        flushText()
        pieces.append(.text(Array(String(chars[0]).utf8), runes: 1))
      case .list(let chars, let negated):
        flushText()
        pieces.append(.list(chars.map(\.value), negated: negated))
      case .range(let lo, let hi, let negated):
        flushText()
        pieces.append(.range(lo.value, hi.value, negated: negated))
      case .notSeparator:
        flushText()
        pieces.append(.single)
      case .any:
        return nil
      }
    }
    flushText()
    if pieces.count < 2 { return nil }
    // gobwas's `glueMatchersAsEvery`: `?` and negated lists that share one separator set.
    let separators = pieces.map { piece -> [UInt32]? in
      switch piece {
      case .single: return [UInt32(UInt8(ascii: "/"))]
      case .list(let chars, true): return chars
      default: return nil
      }
    }
    if let first = separators[0], separators.allSatisfy({ $0 == first }) { return nil }
    self.pieces = pieces
    runeLength = pieces.reduce(0) { $0 + $1.runeLength }
  }

  /// gobwas's `Row.Match` over the bytes Go holds for `name`.
  func matches(_ name: String) -> Bool {
    let s = GoByteString.bytes(name)
    var count = 0
    var i = 0
    while i < s.count {
      i += Self.decodeRune(s[i...]).width
      count += 1
      if count > runeLength { return false }
    }
    if count != runeLength { return false }
    var index = 0
    for piece in pieces {
      // The start of the piece's last rune, counting runes from `index`.
      var next = index
      var runes = 0
      var j = index
      while j < s.count {
        next = j
        runes += 1
        if runes == piece.runeLength { break }
        j += Self.decodeRune(s[j...]).width
      }
      if runes < piece.runeLength || !piece.matches(s[index...next]) { return false }
      index = next + 1
    }
    return true
  }

  /// Go's `utf8.DecodeRune`: the rune at the start of `s` and its width; U+FFFD and 1 for a
  /// byte that does not start a valid sequence (and for an empty slice, width 0).
  static func decodeRune(_ s: ArraySlice<UInt8>) -> (rune: UInt32, width: Int) {
    guard let c0 = s.first else { return (0xFFFD, 0) }
    if c0 < 0x80 { return (UInt32(c0), 1) }
    let b = s.startIndex
    func cont(_ k: Int) -> UInt32? {
      guard b + k < s.endIndex, s[b + k] & 0xC0 == 0x80 else { return nil }
      return UInt32(s[b + k] & 0x3F)
    }
    if c0 >= 0xC2 && c0 <= 0xDF, let c1 = cont(1) {
      return ((UInt32(c0 & 0x1F) << 6) | c1, 2)
    }
    if c0 >= 0xE0 && c0 <= 0xEF, let c1 = cont(1), let c2 = cont(2) {
      let v = (UInt32(c0 & 0x0F) << 12) | (c1 << 6) | c2
      if v >= 0x800 && !(0xD800...0xDFFF).contains(v) { return (v, 3) }
    }
    if c0 >= 0xF0 && c0 <= 0xF4, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
      let v = (UInt32(c0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
      if v >= 0x10000 && v <= 0x10FFFF { return (v, 4) }
    }
    return (0xFFFD, 1)
  }
}
