import GoLib

/// bcrypt as Go's `golang.org/x/crypto/bcrypt` computes it (`$2a$`, EksBlowfish, the
/// key's trailing NUL included, 23 of the 24 output bytes encoded).
enum CryptoBcrypt {
  static let alphabet = Array("./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".utf8)

  struct Blowfish {
    var p: [UInt32]
    var s: [UInt32]  // 4 × 256

    init() {
      p = Array(cryptoBlowfishPi[0..<18])
      s = Array(cryptoBlowfishPi[18...])
    }

    @inline(__always) func f(_ x: UInt32) -> UInt32 {
      return s.withUnsafeBufferPointer { sb in
        ((sb[Int(x >> 24)] &+ sb[256 + Int((x >> 16) & 0xFF)]) ^ sb[512 + Int((x >> 8) & 0xFF)])
          &+ sb[768 + Int(x & 0xFF)]
      }
    }

    func encrypt(_ l: UInt32, _ r: UInt32) -> (UInt32, UInt32) {
      var xl = l ^ p[0]
      var xr = r
      var i = 1
      while i < 16 {
        xr ^= f(xl) ^ p[i]
        xl ^= f(xr) ^ p[i + 1]
        i += 2
      }
      xr ^= p[17]
      return (xr, xl)
    }

    static func nextWord(_ b: [UInt8], _ j: inout Int) -> UInt32 {
      var w: UInt32 = 0
      for _ in 0..<4 {
        w = w << 8 | UInt32(b[j])
        j = (j + 1) % b.count
      }
      return w
    }

    /// `ExpandKey` (salt nil) or `expandKeyWithSalt`.
    mutating func expand(key: [UInt8], salt: [UInt8]?) {
      var j = 0
      for i in 0..<18 { p[i] ^= Self.nextWord(key, &j) }
      j = 0
      var l: UInt32 = 0
      var r: UInt32 = 0
      for i in stride(from: 0, to: 18, by: 2) {
        (l, r) = nextBlock(l, r, salt: salt, &j)
        p[i] = l
        p[i + 1] = r
      }
      for i in stride(from: 0, to: 1024, by: 2) {
        (l, r) = nextBlock(l, r, salt: salt, &j)
        s[i] = l
        s[i + 1] = r
      }
    }

    /// The next pair of subkey words: the running block, mixed with the next salt words
    /// when there is a salt, encrypted.
    func nextBlock(_ l: UInt32, _ r: UInt32, salt: [UInt8]?, _ j: inout Int) -> (UInt32, UInt32) {
      guard let salt else { return encrypt(l, r) }
      let l = l ^ Self.nextWord(salt, &j)
      return encrypt(l, r ^ Self.nextWord(salt, &j))
    }
  }

  /// bcrypt's base64 (own alphabet, no padding).
  static func encode(_ data: [UInt8]) -> [UInt8] {
    GoBase64.encodedBytes(data, alphabet: alphabet, padded: false)
  }

  static func decode(_ text: [UInt8]) -> [UInt8]? {
    var out: [UInt8] = []
    var acc: UInt32 = 0
    var bits = 0
    for c in text {
      guard let v = alphabet.firstIndex(of: c) else { return nil }
      acc = acc << 6 | UInt32(v)
      bits += 6
      if bits >= 8 {
        bits -= 8
        out.append(UInt8((acc >> UInt32(bits)) & 0xFF))
      }
    }
    return out
  }

  struct PasswordTooLong: Error {}

  /// `bcrypt.GenerateFromPassword(password, cost)` with the given 16-byte salt.
  static func hash(_ password: [UInt8], cost: Int, salt: [UInt8]) throws(PasswordTooLong) -> String {
    if password.count > 72 { throw PasswordTooLong() }
    let encodedSalt = encode(salt)
    let key = password + [0]
    var bf = Blowfish()
    bf.expand(key: key, salt: salt)
    for _ in 0..<(1 << cost) {
      bf.expand(key: key, salt: nil)
      bf.expand(key: salt, salt: nil)
    }
    var data = Array("OrpheanBeholderScryDoubt".utf8)
    var i = 0
    while i < 24 {
      var l =
        UInt32(data[i]) << 24 | UInt32(data[i + 1]) << 16 | UInt32(data[i + 2]) << 8 | UInt32(data[i + 3])
      var r =
        UInt32(data[i + 4]) << 24 | UInt32(data[i + 5]) << 16 | UInt32(data[i + 6]) << 8 | UInt32(data[i + 7])
      for _ in 0..<64 { (l, r) = bf.encrypt(l, r) }
      for k in 0..<4 {
        data[i + k] = UInt8(truncatingIfNeeded: l >> UInt32(24 - 8 * k))
        data[i + 4 + k] = UInt8(truncatingIfNeeded: r >> UInt32(24 - 8 * k))
      }
      i += 8
    }
    let costText = cost < 10 ? "0\(cost)" : "\(cost)"
    return "$2a$" + costText + "$"
      + String(decoding: encodedSalt + encode(Array(data[0..<23])), as: UTF8.self)
  }
}
