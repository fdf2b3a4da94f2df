import GoLib

/// Helm v4.2.3's YAML document splitter (`releaseutil.SplitManifests`).
///
/// The text is left-trimmed, split on the regular expression `(?:^|\s*\n)---\s*` (Go's
/// `\s` is `[\t\n\f\r ]`, `^` is the start of the text only), blank pieces are dropped and
/// each piece is left-trimmed. A separator eats the whitespace before it and after it, so
/// every piece but the last loses its trailing newlines; the last keeps them. Indented
/// `---` does not split; `---foo: 1` yields `foo: 1`.
public enum ManifestSplitter {
  public static func split(_ text: String) -> [String] {
    var text = text
    let pieces = text.withUTF8 { split(bytes: $0) }
    // a piece is copied out of the text as a substring: its bytes lie between two scalar
    // boundaries of a string, so they are not checked as UTF-8 again (`String(decoding:)`
    // checked every document of every render)
    let utf8 = text.utf8
    return pieces.map { piece in
      let start = utf8.index(utf8.startIndex, offsetBy: piece.lowerBound)
      return String(text[start..<utf8.index(start, offsetBy: piece.count)])
    }
  }

  /// The byte ranges of the pieces, each between scalar boundaries (the separators and the
  /// spaces trimmed are whole scalars).
  private static func split(bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    let n = bytes.count
    var i = 0
    while i < n, let w = goSpaceWidth(bytes, i) { i += w }
    let textStart = i
    @inline(__always) func isRegexSpace(_ b: UInt8) -> Bool {
      b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D
    }
    @inline(__always) func dashesAt(_ k: Int) -> Bool {
      k + 3 <= n && bytes[k] == 0x2D && bytes[k + 1] == 0x2D && bytes[k + 2] == 0x2D
    }
    func endOfSeparator(_ k: Int) -> Int {
      var e = k + 3
      while e < n, isRegexSpace(bytes[e]) { e += 1 }
      return e
    }
    var pieces: [Range<Int>] = []
    func emit(_ b: Int, _ e: Int) {
      var l = b
      while l < e, let w = goSpaceWidth(bytes, l) { l += w }
      if l >= e { return }
      pieces.append(l..<e)
    }
    var begin = textStart
    if dashesAt(textStart) {
      i = endOfSeparator(textStart)
      begin = i
    }
    while i < n {
      if isRegexSpace(bytes[i]) {
        var j = i
        while j < n, isRegexSpace(bytes[j]) { j += 1 }
        if bytes[j - 1] == 0x0A, dashesAt(j) {
          emit(begin, i)
          i = endOfSeparator(j)
          begin = i
        } else {
          i = j
        }
      } else {
        i += 1
      }
    }
    emit(begin, n)
    return pieces
  }
}

/// The byte width of the Go `unicode.IsSpace` rune at `i`, or nil if it is not one.
@inline(__always)
func goSpaceWidth(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int? {
  let c = b[i]
  if c < 0x80 { return (c >= 0x09 && c <= 0x0D) || c == 0x20 ? 1 : nil }
  let n = b.count
  if c == 0xC2, i + 1 < n, b[i + 1] == 0x85 || b[i + 1] == 0xA0 { return 2 }
  guard i + 2 < n else { return nil }
  let c1 = b[i + 1]
  let c2 = b[i + 2]
  switch c {
  case 0xE1: return c1 == 0x9A && c2 == 0x80 ? 3 : nil  // U+1680
  case 0xE2:
    if c1 == 0x80, (0x80...0x8A).contains(c2) || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF { return 3 }
    if c1 == 0x81, c2 == 0x9F { return 3 }  // U+205F
    return nil
  case 0xE3: return c1 == 0x80 && c2 == 0x80 ? 3 : nil  // U+3000
  default: return nil
  }
}

/// Go's `strings.TrimLeftFunc(s, unicode.IsSpace)`.
func goTrimLeftSpace(_ s: String) -> String {
  let scalars = s.unicodeScalars
  guard let first = scalars.firstIndex(where: { !GoSpace.isSpace($0) }) else { return "" }
  if first == scalars.startIndex { return s }
  return String(scalars[first...])
}
