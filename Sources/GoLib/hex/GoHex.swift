/// Go's `encoding/hex`: bytes as lower-case hexadecimal digits, two per byte.
public enum GoHex {
  /// `hex.EncodeToString`.
  public static func encode<S: Sequence>(_ bytes: S) -> String where S.Element == UInt8 {
    var out: [UInt8] = []
    out.reserveCapacity(bytes.underestimatedCount * 2)
    for b in bytes {
      out.append(digits[Int(b >> 4)])
      out.append(digits[Int(b & 15)])
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static let digits = Array("0123456789abcdef".utf8)
}
