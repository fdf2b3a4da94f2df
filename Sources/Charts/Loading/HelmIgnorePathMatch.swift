/// Go's `path/filepath.Match` on Unix (separator `/`), used by `.helmignore` and
/// `--show-only`: `*` matches any run of non-`/` characters, `?` one non-`/` character,
/// `[...]`/`[^...]` character classes with ranges, `\` escapes. A malformed pattern throws
/// `GoPathMatch.BadPattern` (Go's `ErrBadPattern`, "syntax error in pattern").
public enum GoPathMatch {
  public struct BadPattern: Error, Equatable, CustomStringConvertible {
    public var description: String { "syntax error in pattern" }
  }

  /// Whether `name` matches all of `pattern`.
  public static func match(_ pattern: String, _ name: String) throws(BadPattern) -> Bool {
    var pattern = Bytes(pattern.utf8)
    var name = Bytes(name.utf8)
    outer: while !pattern.isEmpty {
      let (star, chunk, rest) = scanChunk(pattern)
      pattern = rest
      if star && chunk.isEmpty {
        return !name.contains(slash)
      }
      let (t, ok) = try matchChunk(chunk, name)
      if ok && (t.isEmpty || !pattern.isEmpty) {
        name = t
        continue
      }
      if star {
        var i = name.startIndex
        while i < name.endIndex, name[i] != slash {
          let next = name.index(after: i)
          let (t2, ok2) = try matchChunk(chunk, name[next...])
          if ok2 {
            if pattern.isEmpty && !t2.isEmpty {
              i = next
              continue
            }
            name = t2
            continue outer
          }
          i = next
        }
      }
      // Check the remainder of the pattern is well-formed before answering false.
      while !pattern.isEmpty {
        let (_, c, r) = scanChunk(pattern)
        pattern = r
        _ = try matchChunk(c, Bytes())
      }
      return false
    }
    return name.isEmpty
  }

  private static let slash = UInt8(ascii: "/")

  /// Pattern and name bytes: array slices index and drop in a few instructions, where a
  /// substring's UTF-8 view costs tens (a `.helmignore` rule is tried on every file).
  private typealias Bytes = ArraySlice<UInt8>

  private static func scanChunk(_ p: Bytes) -> (
    Bool, Bytes, Bytes
  ) {
    var pattern = p
    var star = false
    while let f = pattern.first, f == UInt8(ascii: "*") {
      pattern = pattern.dropFirst()
      star = true
    }
    var inRange = false
    var i = pattern.startIndex
    scan: while i < pattern.endIndex {
      switch pattern[i] {
      case UInt8(ascii: "\\"):
        let n = pattern.index(after: i)
        if n < pattern.endIndex { i = n }
      case UInt8(ascii: "["): inRange = true
      case UInt8(ascii: "]"): inRange = false
      case UInt8(ascii: "*"):
        if !inRange { break scan }
      default: break
      }
      i = pattern.index(after: i)
    }
    return (star, pattern[pattern.startIndex..<i], pattern[i...])
  }

  /// Decodes one rune from UTF-8 bytes: (scalar value, byte count); invalid → (0xFFFD, 1).
  private static func decodeRune(_ s: Bytes) -> (UInt32, Int) {
    guard let b0 = s.first else { return (0xFFFD, 0) }
    if b0 < 0x80 { return (UInt32(b0), 1) }
    let bytes = Array(s.prefix(4))
    var width = 0
    if b0 & 0xE0 == 0xC0 {
      width = 2
    } else if b0 & 0xF0 == 0xE0 {
      width = 3
    } else if b0 & 0xF8 == 0xF0 {
      width = 4
    }
    guard width > 0, bytes.count >= width else { return (0xFFFD, 1) }
    var v = UInt32(b0) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
    for k in 1..<width {
      guard bytes[k] & 0xC0 == 0x80 else { return (0xFFFD, 1) }
      v = (v << 6) | UInt32(bytes[k] & 0x3F)
    }
    return (v, width)
  }

  private static func matchChunk(
    _ c: Bytes, _ str: Bytes
  ) throws(BadPattern) -> (Bytes, Bool) {
    var chunk = c
    var s = str
    var failed = false
    while let c0 = chunk.first {
      if !failed && s.isEmpty { failed = true }
      switch c0 {
      case UInt8(ascii: "["):
        var r: UInt32 = 0
        if !failed {
          let (rv, n) = decodeRune(s)
          r = rv
          s = s.dropFirst(n)
        }
        chunk = chunk.dropFirst()
        var negated = false
        if chunk.first == UInt8(ascii: "^") {
          negated = true
          chunk = chunk.dropFirst()
        }
        var matched = false
        var ranges = 0
        while true {
          if chunk.first == UInt8(ascii: "]") && ranges > 0 {
            chunk = chunk.dropFirst()
            break
          }
          let (lo, afterLo) = try escapedRune(chunk)
          chunk = afterLo
          var hi = lo
          if chunk.first == UInt8(ascii: "-") {
            let (h, afterHi) = try escapedRune(chunk.dropFirst())
            hi = h
            chunk = afterHi
          }
          if lo <= r && r <= hi { matched = true }
          ranges += 1
        }
        if matched == negated { failed = true }
      case UInt8(ascii: "?"):
        if !failed {
          if s.first == slash { failed = true }
          let (_, n) = decodeRune(s)
          s = s.dropFirst(max(n, 1))
        }
        chunk = chunk.dropFirst()
      default:
        if c0 == UInt8(ascii: "\\") {
          chunk = chunk.dropFirst()
          if chunk.isEmpty { throw BadPattern() }
        }
        if !failed {
          if chunk.first != s.first { failed = true }
          s = s.dropFirst()
        }
        chunk = chunk.dropFirst()
      }
    }
    if failed { return (Bytes(), false) }
    return (s, true)
  }

  private static func escapedRune(_ c: Bytes) throws(BadPattern) -> (
    UInt32, Bytes
  ) {
    var chunk = c
    guard let f = chunk.first, f != UInt8(ascii: "-"), f != UInt8(ascii: "]") else { throw BadPattern() }
    if f == UInt8(ascii: "\\") {
      chunk = chunk.dropFirst()
      if chunk.isEmpty { throw BadPattern() }
    }
    let (r, n) = decodeRune(chunk)
    if r == 0xFFFD && n == 1 { throw BadPattern() }
    let rest = chunk.dropFirst(n)
    if rest.isEmpty { throw BadPattern() }
    return (r, rest)
  }
}
