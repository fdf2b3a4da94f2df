import GoLib

/// Go's `encoding/base32` standard encoding, including the exact byte offsets in its
/// `illegal base32 data at input byte N` errors (base64 is `Values.GoBase64`).
enum GoBaseEncoding {
  private static let base32Alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".utf8)
  private static let pad = UInt8(ascii: "=")

  private static func decodeMap(_ alphabet: [UInt8]) -> [UInt8] {
    var map = [UInt8](repeating: 0xFF, count: 256)
    for (i, c) in alphabet.enumerated() { map[Int(c)] = UInt8(i) }
    return map
  }
  private static let base32Map = decodeMap(base32Alphabet)

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
