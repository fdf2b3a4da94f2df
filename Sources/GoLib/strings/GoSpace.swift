/// Go's white space: `unicode.IsSpace` and `strings.TrimSpace`, for every package that
/// trims as Go trims (template functions, manifest splitting, `--set`, `.helmignore`, lint).
public enum GoSpace {
  /// `unicode.IsSpace`: the Latin-1 spaces (tab, line feed, vertical tab, form feed,
  /// carriage return, space, U+0085, U+00A0) and, above them, Unicode's White_Space.
  @inlinable
  public static func isSpace(_ r: Unicode.Scalar) -> Bool {
    switch r.value {
    case 0x09...0x0D, 0x20, 0x85, 0xA0: return true
    case 0..<0x100: return false
    default: return r.properties.isWhitespace
    }
  }

  /// `strings.TrimSpace`: only the trimmed ends are looked at, and `s` itself is returned
  /// when there is nothing to trim.
  public static func trim(_ s: String) -> String {
    let scalars = s.unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
    while start < end {
      let last = scalars.index(before: end)
      if !isSpace(scalars[last]) { break }
      end = last
    }
    if start == scalars.startIndex && end == scalars.endIndex { return s }
    return String(s[start..<end])
  }
}
