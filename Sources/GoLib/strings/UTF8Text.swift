#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Strings from UTF-8 bytes exactly as `String(decoding:as: UTF8.self)` makes them (invalid
/// sequences replaced), with the UTF-8 check limited to the bytes from the first non-ASCII
/// one to the last; and byte equality of strings.
///
/// The standard library checks a text eight bytes at a time while it is ASCII, but one
/// non-ASCII character anywhere sends the whole text through its scalar-by-scalar check,
/// about six instructions a byte: a rendered chart with one `©` or `…` in it paid that over
/// every byte of each file's output and again over each block scalar read from it. Here the
/// ASCII bytes before and after are taken as they are: a multi-byte sequence holds no ASCII
/// byte, so splitting next to one decodes the same. Used for a file's output, block scalars
/// and chart files.
public enum UTF8Text {
  /// Below this, a text is decoded whole: the pieces and their joining cost more.
  static let splitThreshold = 512

  /// `String(decoding: bytes, as: UTF8.self)`.
  public static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard bytes.count >= splitThreshold, let first = firstNonASCII(bytes) else {
      return String(decoding: bytes, as: UTF8.self)
    }
    let end = endOfNonASCII(bytes, from: first)
    // the checked span is most of the text: nothing to gain
    guard (end - first) * 2 < bytes.count else { return String(decoding: bytes, as: UTF8.self) }
    var text = String()
    text.reserveCapacity(bytes.count)
    text.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[..<first]), as: UTF8.self))
    text.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[first..<end]), as: UTF8.self))
    text.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[end...]), as: UTF8.self))
    return text
  }

  /// `String(decoding: bytes, as: UTF8.self)`.
  public static func string(_ bytes: [UInt8]) -> String {
    bytes.withUnsafeBufferPointer { string($0) }
  }

  /// Whether two strings hold the same UTF-8 bytes: Go's string equality, and JSON's (the
  /// same scalars; `==` is canonical equivalence, under which `é` and `e\u{301}` are
  /// equal). Compared in place after their counts.
  public static func equal(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    let inPlace = a.utf8.withContiguousStorageIfAvailable { a in
      b.utf8.withContiguousStorageIfAvailable { b in
        a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0
      }
    }
    if let inPlace, let equal = inPlace { return equal }
    return a.utf8.elementsEqual(b.utf8)
  }

  /// The index of the first byte at or above 0x80: sixty-four bytes at a time (the test runs
  /// over every ASCII text before the standard library's own), then eight.
  static func firstNonASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    guard let base = bytes.baseAddress else { return nil }
    let raw = UnsafeRawPointer(base)
    let high: UInt64 = 0x8080_8080_8080_8080
    var i = 0
    // sixty-four bytes a step: the top bits of eight words at once
    while i + 64 <= bytes.count {
      var any: UInt64 = 0
      for k in stride(from: 0, to: 64, by: 8) {
        any |= raw.loadUnaligned(fromByteOffset: i + k, as: UInt64.self)
      }
      if any & high != 0 { break }
      i += 64
    }
    while i + 8 <= bytes.count {
      let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
      if word & high != 0 { return i + (word & high).trailingZeroBitCount / 8 }
      i += 8
    }
    while i < bytes.count {
      if bytes[i] >= 0x80 { return i }
      i += 1
    }
    return nil
  }

  /// One past the last byte at or above 0x80 (there is one at `first`), eight bytes at a time
  /// from the end.
  static func endOfNonASCII(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int) -> Int {
    let raw = UnsafeRawPointer(bytes.baseAddress!)
    let high: UInt64 = 0x8080_8080_8080_8080
    var end = bytes.count
    while end - 8 > first {
      let word = raw.loadUnaligned(fromByteOffset: end - 8, as: UInt64.self)
      if word & high != 0 { return end - (word & high).leadingZeroBitCount / 8 }
      end -= 8
    }
    while end > first + 1, bytes[end - 1] < 0x80 { end -= 1 }
    return end
  }
}
