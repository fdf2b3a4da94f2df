#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Substring search over the UTF-8 bytes of a string, as Go's `strings.Index` and
/// `strings.Contains` search: byte for byte, with no Unicode normalisation or locale, and
/// without bridging to Foundation (whose `range(of:)` costs far more on hot paths). Inlinable,
/// so a caller in another module searches a `String` without generic dispatch.
public enum ByteSearch {
  /// The byte offset in `haystack` of the first `needle` at or after byte `start`.
  @inlinable
  public static func offset(
    of needle: some StringProtocol, in haystack: some StringProtocol, from start: Int = 0
  ) -> Int? {
    withBytes(of: haystack) { hay in
      withBytes(of: needle) { pin in
        offset(of: pin, in: hay, from: start)
      }
    }
  }

  /// Whether `haystack` holds `needle` (Go's `strings.Contains`).
  @inlinable
  public static func contains(_ haystack: some StringProtocol, _ needle: some StringProtocol) -> Bool {
    offset(of: needle, in: haystack) != nil
  }

  /// The range of the first `needle` in `haystack` at or after `start` (default: the
  /// start), as `String.Index` of `haystack`.
  @inlinable
  public static func range<S: StringProtocol>(
    of needle: some StringProtocol, in haystack: S, from start: S.Index? = nil
  ) -> Range<S.Index>? {
    let utf8 = haystack.utf8
    let from = start.map { utf8.distance(from: utf8.startIndex, to: $0) } ?? 0
    guard let found = offset(of: needle, in: haystack, from: from) else { return nil }
    let lower = utf8.index(utf8.startIndex, offsetBy: found)
    let upper = utf8.index(lower, offsetBy: needle.utf8.count)
    return lower..<upper
  }

  /// The range of the first `needle` in `haystack`, ASCII letters compared without case
  /// (`needle` must be ASCII); other bytes compare exactly.
  @inlinable
  public static func rangeIgnoringASCIICase<S: StringProtocol>(of needle: String, in haystack: S)
    -> Range<S.Index>?
  {
    let pin = Array(needle.utf8).map(lowered)
    guard !pin.isEmpty else { return haystack.startIndex..<haystack.startIndex }
    let found: Int? = withBytes(of: haystack) { hay in
      guard hay.count >= pin.count else { return nil }
      var i = 0
      while i <= hay.count - pin.count {
        if lowered(hay[i]) == pin[0] {
          var k = 1
          while k < pin.count && lowered(hay[i + k]) == pin[k] { k += 1 }
          if k == pin.count { return i }
        }
        i += 1
      }
      return nil
    }
    guard let found else { return nil }
    let utf8 = haystack.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: found)
    return lower..<utf8.index(lower, offsetBy: pin.count)
  }

  /// The offset of `needle` in `haystack` at or after `start`.
  @inlinable
  public static func offset(
    of needle: UnsafeBufferPointer<UInt8>, in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0
  ) -> Int? {
    guard start >= 0, start <= haystack.count else { return nil }
    if needle.isEmpty { return start }
    guard let hay = haystack.baseAddress, let pin = needle.baseAddress,
      haystack.count - start >= needle.count
    else { return nil }
    // each candidate first byte (among those a whole needle fits after), then memcmp the rest
    let candidates = UnsafeBufferPointer(rebasing: haystack[..<(haystack.count - needle.count + 1)])
    var i = start
    while let j = offset(of: pin[0], in: candidates, from: i) {
      if needle.count == 1 || memcmp(hay + j + 1, pin + 1, needle.count - 1) == 0 { return j }
      i = j + 1
    }
    return nil
  }

  /// The offset of the first `byte` in `haystack` at or after `start` (`memchr`).
  @inlinable
  public static func offset(of byte: UInt8, in haystack: UnsafeBufferPointer<UInt8>, from start: Int = 0)
    -> Int?
  {
    guard start >= 0, start < haystack.count, let base = haystack.baseAddress,
      let hit = memchr(base + start, Int32(byte), haystack.count - start)
    else { return nil }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
  }

  @inlinable
  static func lowered(_ b: UInt8) -> UInt8 {
    b >= 0x41 && b <= 0x5A ? b | 0x20 : b
  }

  /// Runs `body` over the UTF-8 bytes of `text`, without a copy where the string is native.
  @inlinable
  static func withBytes<R>(of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> R)
    -> R
  {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(body)
  }
}
