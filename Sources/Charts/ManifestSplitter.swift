/// Helm v4.2.3's YAML document splitter (`releaseutil.SplitManifests`).
///
/// The text is left-trimmed, split on the regular expression `(?:^|\s*\n)---\s*` (Go's
/// `\s` is `[\t\n\f\r ]`, `^` is the start of the text only), blank pieces are dropped and
/// each piece is left-trimmed. A separator eats the whitespace before it and after it, so
/// every piece but the last loses its trailing newlines; the last keeps them. Indented
/// `---` does not split; `---foo: 1` yields `foo: 1`.
public enum ManifestSplitter {
  public static func split(_ text: String) -> [String] {
    let bytes = Array(goTrimLeftSpace(text).utf8)
    var pieces: [String] = []
    var begin = 0
    var i = 0
    let n = bytes.count
    func isRegexSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }
    func dashesAt(_ k: Int) -> Bool {
      k + 3 <= n && bytes[k] == 0x2D && bytes[k + 1] == 0x2D && bytes[k + 2] == 0x2D
    }
    func endOfSeparator(_ k: Int) -> Int {
      var e = k + 3
      while e < n, isRegexSpace(bytes[e]) { e += 1 }
      return e
    }
    var matches: [(Int, Int)] = []
    if dashesAt(0) {
      let e = endOfSeparator(0)
      matches.append((0, e))
      i = e
    }
    while i < n {
      if isRegexSpace(bytes[i]) {
        var j = i
        while j < n, isRegexSpace(bytes[j]) { j += 1 }
        if bytes[j - 1] == 0x0A, dashesAt(j) {
          let e = endOfSeparator(j)
          matches.append((i, e))
          i = e
        } else {
          i = j
        }
      } else {
        i += 1
      }
    }
    for (s, e) in matches {
      pieces.append(String(decoding: bytes[begin..<s], as: UTF8.self))
      begin = e
    }
    pieces.append(String(decoding: bytes[begin..<n], as: UTF8.self))
    return pieces.compactMap { piece in
      let trimmed = goTrimLeftSpace(piece)
      return goTrimSpace(trimmed).isEmpty ? nil : trimmed
    }
  }
}

/// Go's `strings.TrimLeftFunc(s, unicode.IsSpace)`.
func goTrimLeftSpace(_ s: String) -> String {
  let scalars = s.unicodeScalars
  guard let first = scalars.firstIndex(where: { !goIsSpace($0) }) else { return "" }
  if first == scalars.startIndex { return s }
  return String(scalars[first...])
}
