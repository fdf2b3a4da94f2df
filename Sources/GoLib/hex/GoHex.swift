/// Go's `encoding/hex`: bytes as lower-case hexadecimal digits, two per byte.
public enum GoHex {
  /// `hex.EncodeToString`. Inlinable, so that a digest (`SHA256.Digest`…) is encoded by code
  /// specialized for its type: called unspecialized from another module, the first encoding
  /// looked the digest's conformances up by scanning the binary's conformance table (0.3 M
  /// instructions in a cold process, `sha256sum`).
  @inlinable
  public static func encode<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.underestimatedCount * 2)
    for b in bytes {
      out.append(digits[Int(b >> 4)])
      out.append(digits[Int(b & 15)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  @usableFromInline static let digits = Array("0123456789abcdef".utf8)
}
