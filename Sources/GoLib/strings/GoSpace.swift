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
  public static func trim(_ s: String) -> String { trim(s, where: isSpace) }

  /// `s` without the scalars at either end that `trimmed` holds for (`s` itself when none):
  /// Go's `strings.TrimFunc`, which `TrimSpace` and `Trim` with a cutset are.
  public static func trim(_ s: String, where trimmed: (Unicode.Scalar) -> Bool) -> String {
    let scalars = s.unicodeScalars
    var start = scalars.startIndex
    var end = scalars.endIndex
    while start < end, trimmed(scalars[start]) { start = scalars.index(after: start) }
    while start < end {
      let last = scalars.index(before: end)
      if !trimmed(scalars[last]) { break }
      end = last
    }
    if start == scalars.startIndex && end == scalars.endIndex { return s }
    // cut by scalars: a String slice would round the ends to whole characters
    return String(scalars[start..<end])
  }
}
