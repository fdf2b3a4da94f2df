/// Standard base64 with padding (Go's `base64.StdEncoding`).
enum Base64 {
  private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

  static func encode(_ bytes: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity((bytes.count + 2) / 3 * 4)
    var i = 0
    while i + 2 < bytes.count {
      let n = (UInt32(bytes[i]) << 16) | (UInt32(bytes[i + 1]) << 8) | UInt32(bytes[i + 2])
      out.append(alphabet[Int(n >> 18 & 63)])
      out.append(alphabet[Int(n >> 12 & 63)])
      out.append(alphabet[Int(n >> 6 & 63)])
      out.append(alphabet[Int(n & 63)])
      i += 3
    }
    let rest = bytes.count - i
    if rest == 1 {
      let n = UInt32(bytes[i]) << 16
      out.append(alphabet[Int(n >> 18 & 63)])
      out.append(alphabet[Int(n >> 12 & 63)])
      out.append(UInt8(ascii: "="))
      out.append(UInt8(ascii: "="))
    } else if rest == 2 {
      let n = (UInt32(bytes[i]) << 16) | (UInt32(bytes[i + 1]) << 8)
      out.append(alphabet[Int(n >> 18 & 63)])
      out.append(alphabet[Int(n >> 12 & 63)])
      out.append(alphabet[Int(n >> 6 & 63)])
      out.append(UInt8(ascii: "="))
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Go's `base64.StdEncoding.DecodeString`: strict padding; `\r` and `\n` are ignored.
  static func decode(_ text: String) -> [UInt8]? {
    var vals: [UInt8] = []
    var padding = 0
    for c in text.utf8 {
      if c == 0x0A || c == 0x0D { continue }
      if c == UInt8(ascii: "=") {
        padding += 1
        vals.append(0)
        continue
      }
      if padding > 0 { return nil }
      let v: UInt8
      switch c {
      case 65...90: v = c - 65
      case 97...122: v = c - 97 + 26
      case 48...57: v = c - 48 + 52
      case UInt8(ascii: "+"): v = 62
      case UInt8(ascii: "/"): v = 63
      default: return nil
      }
      vals.append(v)
    }
    guard vals.count % 4 == 0, padding <= 2 else { return nil }
    var out: [UInt8] = []
    var i = 0
    while i < vals.count {
      let n =
        (UInt32(vals[i]) << 18) | (UInt32(vals[i + 1]) << 12) | (UInt32(vals[i + 2]) << 6)
        | UInt32(vals[i + 3])
      out.append(UInt8(n >> 16 & 0xFF))
      out.append(UInt8(n >> 8 & 0xFF))
      out.append(UInt8(n & 0xFF))
      i += 4
    }
    if padding > 0 { out.removeLast(padding) }
    return out
  }
}
