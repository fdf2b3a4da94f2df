/// One token of a JSON pointer (RFC 6901): `~` is written `~0` and `/` is written `~1`.
/// Byte-wise, without Foundation; a token holding neither is returned as it is.
public enum JSONPointerToken {
  /// The token naming `key` (`a/b` → `a~1b`).
  public static func escape(_ key: String) -> String {
    guard key.utf8.contains(where: { $0 == UInt8(ascii: "~") || $0 == UInt8(ascii: "/") }) else { return key }
    var out: [UInt8] = []
    out.reserveCapacity(key.utf8.count + 4)
    for byte in key.utf8 {
      switch byte {
      case UInt8(ascii: "~"): out.append(contentsOf: [UInt8(ascii: "~"), UInt8(ascii: "0")])
      case UInt8(ascii: "/"): out.append(contentsOf: [UInt8(ascii: "~"), UInt8(ascii: "1")])
      default: out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The key a token names (`a~1b` → `a/b`); a `~` not followed by `0` or `1` stays.
  public static func unescape<Token: StringProtocol>(_ token: Token) -> String {
    guard token.utf8.contains(UInt8(ascii: "~")) else { return String(token) }
    let bytes = Array(token.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var i = 0
    while i < bytes.count {
      if bytes[i] == UInt8(ascii: "~"), i + 1 < bytes.count,
        bytes[i + 1] == UInt8(ascii: "0") || bytes[i + 1] == UInt8(ascii: "1")
      {
        out.append(bytes[i + 1] == UInt8(ascii: "0") ? UInt8(ascii: "~") : UInt8(ascii: "/"))
        i += 2
      } else {
        out.append(bytes[i])
        i += 1
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// The keys of a pointer, unescaped (`/a/b~1c` → `["a", "b/c"]`; `` → `[]`).
  public static func keys(of pointer: String) -> [String] {
    pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst().map { unescape($0) }
  }
}
