/// Go's `strings.SplitN` for a non-empty separator, over UTF-8 bytes: the pieces between
/// the non-overlapping occurrences of the separator, left to right. UTF-8 is
/// self-synchronising, so a match starts and ends on scalar boundaries and the pieces of
/// valid text are valid text.
public enum GoByteSplit {
  /// The pieces of `bytes` around `separator`; with a positive `limit`, at most that many
  /// (the last holds the rest). An empty separator gives `bytes` whole. Matches are found
  /// left to right without overlapping, each by `memchr` for the separator's first byte and
  /// `memcmp` for the rest.
  public static func pieces(of bytes: [UInt8], separator: [UInt8], limit: Int = -1) -> [ArraySlice<UInt8>] {
    guard !separator.isEmpty else { return [bytes[...]] }
    var ends: [Int] = []
    bytes.withUnsafeBufferPointer { hay in
      separator.withUnsafeBufferPointer { pin in
        ends = matches(of: pin, in: hay, limit: limit > 0 ? limit - 1 : Int.max)
      }
    }
    var pieces: [ArraySlice<UInt8>] = []
    pieces.reserveCapacity(ends.count + 1)
    var start = 0
    for match in ends {
      pieces.append(bytes[start..<match])
      start = match + separator.count
    }
    pieces.append(bytes[start...])
    return pieces
  }

  /// Go's `strings.Replace(s, old, new, -1)` for a non-empty `old`: byte by byte (UTF-8 is
  /// self-synchronising, so a match starts and ends on scalar boundaries and the spliced
  /// bytes stay valid), `s` itself when nothing matches.
  public static func replacingAll(_ old: String, with new: String, in s: String) -> String {
    precondition(!old.isEmpty, "an empty old string is replaced rune by rune, not here")
    let replaced: [UInt8]? = ByteSearch.withBytes(of: s) { hay in
      ByteSearch.withBytes(of: old) { pin in
        let found = matches(of: pin, in: hay, limit: Int.max)
        if found.isEmpty { return nil }
        let replacement = Array(new.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(hay.count + found.count * (replacement.count - pin.count))
        var start = 0
        for match in found {
          out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[start..<match]))
          out.append(contentsOf: replacement)
          start = match + pin.count
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[start...]))
        return out
      }
    }
    guard let replaced else { return s }
    return UTF8Text.string(replaced)
  }

  /// The offsets of the first `limit` non-overlapping matches of `separator` (not empty).
  private static func matches(
    of separator: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, limit: Int
  ) -> [Int] {
    var found: [Int] = []
    var start = 0
    while found.count < limit, let j = ByteSearch.offset(of: separator, in: bytes, from: start) {
      found.append(j)
      start = j + separator.count
    }
    return found
  }
}
