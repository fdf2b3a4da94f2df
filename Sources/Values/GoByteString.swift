/// Go strings are byte sequences and may hold invalid UTF-8 (a binary file read with
/// `.Files.Get`, `b64dec` of random bytes); Swift strings cannot. chartc keeps such bytes
/// losslessly: each byte that is not part of valid UTF-8 is carried as the private-use
/// scalar U+F7F00 + byte (U+F7F80…U+F7FFF, deep inside plane 15's private use area, away
/// from the boundary code points text and fuzzers use), and turned back into that byte
/// wherever Go would see bytes (`b64enc`, `sha256sum`, `len`, the rendered output).
public enum GoByteString {
  static let base: UInt32 = 0xF7F00

  /// Go's `string(bytes)`.
  public static func fromBytes<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
    fromBytes(Array(bytes))
  }

  /// Go's `string(bytes)` for a slice of bytes (`fromBytes` made concrete: a generic call from
  /// another module runs unspecialized, and its first use of a collection type looks the
  /// type's conformances up by scanning the binary's whole conformance table, 0.3 M
  /// instructions in a cold process).
  public static func fromBytes(_ bytes: ArraySlice<UInt8>) -> String { fromBytes(Array(bytes)) }

  /// Go's `string(bytes)` for an array of bytes.
  public static func fromBytes(_ array: [UInt8]) -> String {
    if let valid = validUTF8(array) { return valid }
    var scalars = String.UnicodeScalarView()
    var i = 0
    while i < array.count {
      let (scalar, width) = decode(array, at: i)
      if let scalar {
        scalars.append(scalar)
      } else {
        scalars.append(Unicode.Scalar(base + UInt32(array[i]))!)
      }
      i += width
    }
    return String(scalars)
  }

  /// The bytes as a String when they are valid UTF-8 (validated over the concrete array).
  private static func validUTF8(_ array: [UInt8]) -> String? {
    array.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
  }

  /// The bytes Go holds for `s` (the inverse of `fromBytes`).
  public static func bytes(_ s: String) -> [UInt8] {
    guard mayHoldRawBytes(s) else { return Array(s.utf8) }
    var out: [UInt8] = []
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      if let raw = rawByte(scalar) {
        out.append(raw)
      } else {
        out.append(contentsOf: String(scalar).utf8)
      }
    }
    return out
  }

  /// `s` as Go's `for range` and `strings.Map` read it: each carried byte (invalid UTF-8)
  /// becomes U+FFFD, the rune `utf8.DecodeRuneInString` reports for it.
  public static func replacingRawBytes(_ s: String) -> String {
    guard mayHoldRawBytes(s) else { return s }
    var out = String.UnicodeScalarView()
    for scalar in s.unicodeScalars {
      out.append(rawByte(scalar) == nil ? scalar : "\u{FFFD}")
    }
    return String(out)
  }

  /// Go's `len(s)`: the number of bytes.
  public static func byteCount(_ s: String) -> Int {
    guard mayHoldRawBytes(s) else { return s.utf8.count }
    return bytes(s).count
  }

  /// The raw byte a scalar stands for, if it is one of the carried bytes.
  public static func rawByte(_ scalar: Unicode.Scalar) -> UInt8? {
    let v = scalar.value
    guard v >= base + 0x80 && v <= base + 0xFF else { return nil }
    return UInt8(v - base)
  }

  /// A quick check: carried bytes are encoded in UTF-8 as F3 B7 BE/BF xx.
  @inline(__always)
  public static func mayHoldRawBytes(_ s: String) -> Bool {
    // native strings are contiguous: a plain byte scan, not the view's iteration
    if let found = s.utf8.withContiguousStorageIfAvailable({ $0.contains(0xF3) }) { return found }
    return s.utf8.contains(0xF3)
  }

  /// Decodes one UTF-8 sequence at `i`: the scalar and its width, or nil and 1 when the
  /// byte does not start a valid sequence.
  private static func decode(_ b: [UInt8], at i: Int) -> (Unicode.Scalar?, Int) {
    let c0 = b[i]
    if c0 < 0x80 { return (Unicode.Scalar(c0), 1) }
    func cont(_ k: Int) -> UInt32? {
      guard i + k < b.count, b[i + k] & 0xC0 == 0x80 else { return nil }
      return UInt32(b[i + k] & 0x3F)
    }
    if c0 >= 0xC2 && c0 <= 0xDF, let c1 = cont(1) {
      return (Unicode.Scalar((UInt32(c0 & 0x1F) << 6) | c1), 2)
    }
    if c0 >= 0xE0 && c0 <= 0xEF, let c1 = cont(1), let c2 = cont(2) {
      let v = (UInt32(c0 & 0x0F) << 12) | (c1 << 6) | c2
      if v >= 0x800, let s = Unicode.Scalar(v) { return (s, 3) }
    }
    if c0 >= 0xF0 && c0 <= 0xF4, let c1 = cont(1), let c2 = cont(2), let c3 = cont(3) {
      let v = (UInt32(c0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3
      if v >= 0x10000, v <= 0x10FFFF, let s = Unicode.Scalar(v) { return (s, 4) }
    }
    return (nil, 1)
  }
}
