/// Go's `encoding/base64` standard encoding (padded, CR/LF ignored, non-strict), with
/// `illegal base64 data at input byte N` errors at Go's offsets.
public enum GoBase64 {
  static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
  static let decodeMap: [UInt8] = {
    var m = [UInt8](repeating: 0xFF, count: 256)
    for (i, c) in alphabet.enumerated() { m[Int(c)] = UInt8(i) }
    return m
  }()

  /// Go's `CorruptInputError`.
  public struct CorruptInput: Error, Sendable {
    public let offset: Int
    public var message: String { "illegal base64 data at input byte \(offset)" }
  }

  /// `StdEncoding.EncodeToString`.
  public static func encode(_ data: [UInt8]) -> String {
    String(decoding: encodedBytes(data), as: UTF8.self)
  }

  /// `StdEncoding.Encode` into a new buffer.
  public static func encodedBytes(_ data: [UInt8]) -> [UInt8] {
    encodedBytes(data, alphabet: alphabet, padded: true)
  }

  /// `base64.NewEncoding(alphabet)` (`.WithPadding(NoPadding)` unless `padded`) encoding
  /// `data` into a new buffer; `alphabet` holds 64 ASCII bytes.
  public static func encodedBytes(_ data: [UInt8], alphabet: [UInt8], padded: Bool) -> [UInt8] {
    var out: [UInt8] = []
    out.reserveCapacity((data.count + 2) / 3 * 4)
    var i = 0
    while i < data.count {
      let b0 = UInt32(data[i])
      let b1 = i + 1 < data.count ? UInt32(data[i + 1]) : 0
      let b2 = i + 2 < data.count ? UInt32(data[i + 2]) : 0
      let v = b0 << 16 | b1 << 8 | b2
      out.append(alphabet[Int(v >> 18 & 63)])
      out.append(alphabet[Int(v >> 12 & 63)])
      if i + 1 < data.count {
        out.append(alphabet[Int(v >> 6 & 63)])
      } else if padded {
        out.append(61)
      }
      if i + 2 < data.count {
        out.append(alphabet[Int(v & 63)])
      } else if padded {
        out.append(61)
      }
      i += 3
    }
    return out
  }

  /// `StdEncoding.DecodeString`.
  public static func decode(_ text: String) throws(CorruptInput) -> [UInt8] {
    let src = Array(text.utf8)
    var out: [UInt8] = []
    var si = 0
    while true {
      var dbuf = [UInt8](repeating: 0, count: 4)
      var dlen = 4
      var j = 0
      var trailingError: Int? = nil
      quantum: while j < 4 {
        if si == src.count {
          if j == 0 { return out }
          throw CorruptInput(offset: si - j)
        }
        let c = src[si]
        si += 1
        let v = decodeMap[Int(c)]
        if v != 0xFF {
          dbuf[j] = v
          j += 1
          continue
        }
        if c == 10 || c == 13 { continue }
        if c != 61 { throw CorruptInput(offset: si - 1) }
        switch j {
        case 0, 1: throw CorruptInput(offset: si - 1)
        case 2:
          while si < src.count, src[si] == 10 || src[si] == 13 { si += 1 }
          if si == src.count { throw CorruptInput(offset: src.count) }
          if src[si] != 61 { throw CorruptInput(offset: si - 1) }
          si += 1
        default: break
        }
        while si < src.count, src[si] == 10 || src[si] == 13 { si += 1 }
        if si < src.count { trailingError = si }
        dlen = j
        break quantum
      }
      let val = UInt32(dbuf[0]) << 18 | UInt32(dbuf[1]) << 12 | UInt32(dbuf[2]) << 6 | UInt32(dbuf[3])
      let bytes = [UInt8(val >> 16 & 0xFF), UInt8(val >> 8 & 0xFF), UInt8(val & 0xFF)]
      out.append(contentsOf: bytes[0..<(dlen - 1)])
      if let e = trailingError { throw CorruptInput(offset: e) }
      if dlen < 4 { return out }
    }
  }
}
