/// Text scanned eight bytes at a time: a word of the text read little-endian (its first byte
/// lowest, so `trailingZeroBitCount / 8` of a byte mask is the first byte's offset), and the
/// bytes of a word that are zero. The block reader's scans of characters, indentation and keys.
enum ByteWords {
  static let high: UInt64 = 0x8080_8080_8080_8080
  static let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F

  /// The eight bytes at `offset` of `raw`, the first lowest.
  @inline(__always)
  static func load(_ raw: UnsafeRawPointer, _ offset: Int) -> UInt64 {
    UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
  }

  /// A word of eight `byte`s.
  @inline(__always)
  static func repeating(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

  /// The high bit of each byte of `y` that is zero, and of no other (exact, whatever the bytes).
  @inline(__always)
  static func zeroBytes(_ y: UInt64) -> UInt64 { ~(((y & low7) &+ low7) | y) & high }

  /// The offset in its word of the first byte with a bit set in `mask` (not zero).
  @inline(__always)
  static func firstMarked(_ mask: UInt64) -> Int { mask.trailingZeroBitCount / 8 }
}
