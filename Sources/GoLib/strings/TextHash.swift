/// A fast hash of a text's UTF-8 bytes, taken eight at a time, for caches keyed by whole
/// texts (parsed templates, decoded documents): Swift's `Hasher` costs about fifteen
/// instructions a byte, this about one. Not seeded: use it only to find entries that are
/// then compared whole, never where an adversary picks the keys to collide.
public enum TextHash {
  public static func of(_ text: String) -> UInt64 {
    var text = text
    return text.withUTF8 { bytes -> UInt64 in
      var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(bytes.count)
      guard let base = bytes.baseAddress else { return h }
      let raw = UnsafeRawPointer(base)
      var i = 0
      while i + 8 <= bytes.count {
        h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x0000_0100_0000_01B3
        h ^= h >> 29
        i += 8
      }
      while i < bytes.count {
        h = (h ^ UInt64(bytes[i])) &* 0x0000_0100_0000_01B3
        i += 1
      }
      return h ^ (h >> 32)
    }
  }
}
