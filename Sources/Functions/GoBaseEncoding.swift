/// Go's `encoding/base64` and `encoding/base32` standard encodings, including the exact
/// byte offsets in their `illegal base64 data at input byte N` errors.
enum GoBaseEncoding {
  private static let base64Alphabet = Array(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
  private static let base32Alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)
  private static let pad = UInt8(ascii: "=")

  private static func decodeMap(_ alphabet: [UInt8]) -> [UInt8] {
    var map = [UInt8](repeating: 0xFF, count: 256)
    for (i, c) in alphabet.enumerated() { map[Int(c)] = UInt8(i) }
    return map
  }
  private static let base64Map = decodeMap(base64Alphabet)
  private static let base32Map = decodeMap(base32Alphabet)

  static func base64Encode(_ data: [UInt8]) -> String {
    var out: [UInt8] = []
    out.reserveCapacity((data.count + 2) / 3 * 4)
    var i = 0
    while i < data.count {
      let b0 = UInt32(data[i])
      let b1 = i + 1 < data.count ? UInt32(data[i + 1]) : 0
      let b2 = i + 2 < data.count ? UInt32(data[i + 2]) : 0
      let v = b0 << 16 | b1 << 8 | b2
      out.append(base64Alphabet[Int(v >> 18 & 0x3F)])
      out.append(base64Alphabet[Int(v >> 12 & 0x3F)])
      out.append(i + 1 < data.count ? base64Alphabet[Int(v >> 6 & 0x3F)] : pad)
      out.append(i + 2 < data.count ? base64Alphabet[Int(v & 0x3F)] : pad)
      i += 3
    }
    return String(decoding: out, as: UTF8.self)
  }

  /// Decoded bytes, or the offset Go reports in its `CorruptInputError`.
  static func base64Decode(_ text: String) -> Result<[UInt8], DecodeError> {
    let src = Array(text.utf8)
    var out: [UInt8] = []
    var si = 0
    let newline = { (c: UInt8) in c == 0x0A || c == 0x0D }
    while si < src.count {
      var dbuf = [UInt8](repeating: 0, count: 4)
      var dlen = 4
      var trailingError: Int? = nil
      var j = 0
      while j < 4 {
        if si == src.count {
          if j == 0 { return .success(out) }
          return .failure(DecodeError(offset: si - j))
        }
        let c = src[si]
        si += 1
        let v = base64Map[Int(c)]
        if v != 0xFF {
          dbuf[j] = v
          j += 1
          continue
        }
        if newline(c) { continue }
        if c != pad { return .failure(DecodeError(offset: si - 1)) }
        switch j {
        case 0, 1: return .failure(DecodeError(offset: si - 1))
        case 2:
          while si < src.count && newline(src[si]) { si += 1 }
          if si == src.count { return .failure(DecodeError(offset: src.count)) }
          if src[si] != pad { return .failure(DecodeError(offset: si - 1)) }
          si += 1
        default: break
        }
        while si < src.count && newline(src[si]) { si += 1 }
        if si < src.count { trailingError = si }
        dlen = j
        break
      }
      let val = UInt32(dbuf[0]) << 18 | UInt32(dbuf[1]) << 12 | UInt32(dbuf[2]) << 6 | UInt32(dbuf[3])
      let bytes = [UInt8(val >> 16 & 0xFF), UInt8(val >> 8 & 0xFF), UInt8(val & 0xFF)]
      out += bytes[0..<(dlen - 1)]
      if let e = trailingError { return .failure(DecodeError(offset: e)) }
      if dlen < 4 { return .success(out) }
    }
    return .success(out)
  }

  static func base32Encode(_ data: [UInt8]) -> String {
    var out: [UInt8] = []
    var i = 0
    while i < data.count {
      let chunk = Array(data[i..<min(i + 5, data.count)])
      var b = [UInt8](repeating: 0, count: 5)
      for (k, v) in chunk.enumerated() { b[k] = v }
      let indices: [UInt8] = [
        b[0] >> 3, (b[0] << 2 | b[1] >> 6) & 0x1F, (b[1] >> 1) & 0x1F, (b[1] << 4 | b[2] >> 4) & 0x1F,
        (b[2] << 1 | b[3] >> 7) & 0x1F, (b[3] >> 2) & 0x1F, (b[3] << 3 | b[4] >> 5) & 0x1F, b[4] & 0x1F,
      ]
      let produced = [0, 2, 4, 5, 7, 8][chunk.count]
      for k in 0..<8 { out.append(k < produced ? base32Alphabet[Int(indices[k])] : pad) }
      i += 5
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func base32Decode(_ text: String) -> Result<[UInt8], DecodeError> {
    let src = Array(text.utf8).filter { $0 != 0x0A && $0 != 0x0D }
    let olen = src.count
    var rest = src[...]
    var out: [UInt8] = []
    var end = false
    while !rest.isEmpty && !end {
      var dbuf = [UInt8](repeating: 0, count: 8)
      var dlen = 8
      var j = 0
      while j < 8 {
        if rest.isEmpty { return .failure(DecodeError(offset: olen - rest.count - j)) }
        let c = rest.removeFirst()
        if c == pad && j >= 2 && rest.count < 8 {
          if rest.count + j < 8 - 1 { return .failure(DecodeError(offset: olen)) }
          for k in 0..<(8 - 1 - j) where rest.count > k && rest[rest.startIndex + k] != pad {
            return .failure(DecodeError(offset: olen - rest.count + k - 1))
          }
          dlen = j
          end = true
          if dlen == 1 || dlen == 3 || dlen == 6 {
            return .failure(DecodeError(offset: olen - rest.count - 1))
          }
          break
        }
        dbuf[j] = base32Map[Int(c)]
        if dbuf[j] == 0xFF { return .failure(DecodeError(offset: olen - rest.count - 1)) }
        j += 1
      }
      let d = dbuf
      let all: [UInt8] = [
        d[0] << 3 | d[1] >> 2, d[1] << 6 | d[2] << 1 | d[3] >> 4, d[3] << 4 | d[4] >> 1,
        d[4] << 7 | d[5] << 2 | d[6] >> 3, d[6] << 5 | d[7],
      ]
      let count = [0, 0, 1, 0, 2, 3, 0, 4, 5][dlen]
      out += all[0..<count]
    }
    return .success(out)
  }

  struct DecodeError: Error {
    let offset: Int
  }
}
