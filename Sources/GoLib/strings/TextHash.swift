/// A fast hash of UTF-8 bytes, eight at a time (multiply and fold, as wyhash does), the
/// length mixed in; a short input read as wyhash reads it (overlapping loads), not byte by
/// byte. For the program's own tables and caches: whole texts (parsed templates, decoded
/// documents, schema files), schema locations and property names. Swift's `Hasher` runs
/// SipHash, seeded and finalised for each key, several times the cost a byte. Not seeded:
/// use it only where entries are then compared whole, never where an adversary picks the
/// keys to collide.
public enum TextHash {
  /// The hash of `text`'s UTF-8 bytes.
  public static func of(_ text: String) -> UInt64 {
    if let h = text.utf8.withContiguousStorageIfAvailable(of) { return h }
    return ContiguousArray(text.utf8).withUnsafeBufferPointer(of)
  }

  /// The hash of `bytes`.
  public static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    let n = bytes.count
    var h = 0xA076_1D64_78BD_642F ^ UInt64(n)
    guard let base = bytes.baseAddress else { return h }
    let raw = UnsafeRawPointer(base)
    func word(_ at: Int) -> UInt64 { raw.loadUnaligned(fromByteOffset: at, as: UInt64.self) }
    func half(_ at: Int) -> UInt64 { UInt64(raw.loadUnaligned(fromByteOffset: at, as: UInt32.self)) }
    if n < 4 {
      if n == 0 { return h }
      return mix(h, UInt64(bytes[0]) << 16 | UInt64(bytes[n >> 1]) << 8 | UInt64(bytes[n - 1]))
    }
    if n < 8 { return mix(h, half(0) << 32 | half(n - 4)) }
    var i = 0
    while i + 8 <= n {
      h = mix(h, word(i))
      i += 8
    }
    if i < n { h = mix(h, word(n - 8)) }
    return h
  }

  @inline(__always)
  private static func mix(_ h: UInt64, _ word: UInt64) -> UInt64 {
    let m = (h ^ word).multipliedFullWidth(by: 0x9E37_79B9_7F4A_7C15)
    return m.high ^ m.low
  }
}
