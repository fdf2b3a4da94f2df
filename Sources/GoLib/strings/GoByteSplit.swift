/// Go's `strings.SplitN` for a non-empty separator, over UTF-8 bytes: the pieces between
/// the non-overlapping occurrences of the separator, left to right. UTF-8 is
/// self-synchronising, so a match starts and ends on scalar boundaries and the pieces of
/// valid text are valid text.
public enum GoByteSplit {
  /// The pieces of `bytes` around `separator`; with a positive `limit`, at most that many
  /// (the last holds the rest). An empty separator gives `bytes` whole.
  public static func pieces(of bytes: [UInt8], separator: [UInt8], limit: Int = -1) -> [ArraySlice<UInt8>] {
    guard let first = separator.first else { return [bytes[...]] }
    var pieces: [ArraySlice<UInt8>] = []
    var start = 0
    var i = 0
    while i + separator.count <= bytes.count {
      if limit > 0 && pieces.count == limit - 1 { break }
      if bytes[i] == first && bytes[i..<(i + separator.count)].elementsEqual(separator) {
        pieces.append(bytes[start..<i])
        i += separator.count
        start = i
      } else {
        i += 1
      }
    }
    pieces.append(bytes[start...])
    return pieces
  }
}
