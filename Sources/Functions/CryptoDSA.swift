/// DSA private keys for `genPrivateKey "dsa"`: a fresh key (x, y = g^x mod p) in fixed
/// L=2048/N=256 domain parameters (generated once with OpenSSL), PEM-encoded as Sprig's
/// `DSA PRIVATE KEY` (SEQUENCE { 0, P, Q, G, Y, X }).
///
/// Divergence: Go generates new domain parameters (p, q, g) for every key; generating
/// 2048-bit primes is too slow here, so the shared, published-style parameters are used.
enum CryptoDSA {
  static let p = hexBytes(
    "e7dbd0be53de8c9929ed1e0edc7163d69372ef72627bbc637bbf68d0f8db20c51921c97295b4ac33cacb28b95b40edd2b78f7f686c04b4ff55bd105904fdb3f32af68116651295fe67bf748a07994cf6dee8c3535ff61074bc9a29f6aae548d0af00a800a6a5b48388e9edb4cec552b595f1ae59c257dd5a0c9154b71af7fb5700c882da64bb2889ef2ab5ed3c4d22cc49644912e07a22231d3fe0bf670ce39fa81f394f3a2465ae20a01700efd6251a9c3eedd88fd30d4e5f73c1b4cfa58de68f4f9751cf33b8a089ee6b73b7c74ecd5bf4cbdb71f10e8461006687b85fbf1f64e81a25e2aa57f9e8aadb7193380cd438625f2d715aac1e2259c7ddf1d56275"
  )
  static let q = hexBytes("9fdec20feb3f7120224289167c7b56f94a59524bb62f35fe75f0696185265bd7")
  static let g = hexBytes(
    "b48833e26e17258a95a646546b2e7d27a2cc47cd04a6f131170c0694381ffa65dfdc6916a4c802c111d0a65225282ca6c8df715cf3d8bdd1b912fd031ba6209a4f455c12715b83bc8c871a7eafea4d40a34e0fc4cd69e0c538a7589d31df46942c9dc6ff4e26d00387a014f48a5a2892ca3458243f57e6e1d9d0e99b29b44aa2f85e153559ee3cdb716c988599d5bd73980b901f12bc0cab830440564541ee96bb2c561fa56d8c48eedbe05a316511ba80750ea511eec14ebdd8d40ee66b11cddaf500d7e2430639d38deb872c3581fade2c5b57a43e6d71135a969fba68a92fb37362dadfdaa4851f55ca06eabd02a4acae3e8e0dd30c865960fe766a07739f"
  )

  static func hexBytes(_ s: String) -> [UInt8] {
    let u = Array(s.utf8)
    var out: [UInt8] = []
    var i = 0
    while i + 1 < u.count {
      func v(_ c: UInt8) -> UInt8 { c >= 97 ? c - 87 : (c >= 65 ? c - 55 : c - 48) }
      out.append(v(u[i]) << 4 | v(u[i + 1]))
      i += 2
    }
    return out
  }

  /// Little-endian 32-bit limbs of a big-endian byte string, padded to `count` limbs.
  static func limbs(_ bytes: [UInt8], count: Int) -> [UInt32] {
    var out = [UInt32](repeating: 0, count: count)
    for (k, b) in bytes.reversed().enumerated() where k / 4 < count {
      out[k / 4] |= UInt32(b) << UInt32(8 * (k % 4))
    }
    return out
  }

  static func bytes(_ limbs: [UInt32]) -> [UInt8] {
    var out: [UInt8] = []
    for l in limbs.reversed() {
      out += [UInt8(l >> 24), UInt8(l >> 16 & 0xFF), UInt8(l >> 8 & 0xFF), UInt8(l & 0xFF)]
    }
    while out.count > 1 && out[0] == 0 { out.removeFirst() }
    return out
  }

  static func geq(_ a: [UInt32], _ b: [UInt32]) -> Bool {
    for i in stride(from: a.count - 1, through: 0, by: -1) where a[i] != b[i] { return a[i] > b[i] }
    return true
  }

  static func subtract(_ a: inout [UInt32], _ b: [UInt32]) {
    var borrow: Int64 = 0
    for i in 0..<a.count {
      var d = Int64(a[i]) - Int64(b[i]) - borrow
      borrow = 0
      if d < 0 {
        d += 1 << 32
        borrow = 1
      }
      a[i] = UInt32(d)
    }
  }

  /// Montgomery multiplication (CIOS): a·b·R⁻¹ mod n.
  static func montgomery(_ a: [UInt32], _ b: [UInt32], _ n: [UInt32], _ n0inv: UInt32) -> [UInt32] {
    let s = n.count
    var t = [UInt32](repeating: 0, count: s + 2)
    for i in 0..<s {
      var c: UInt64 = 0
      let bi = UInt64(b[i])
      for j in 0..<s {
        let x = UInt64(t[j]) &+ UInt64(a[j]) &* bi &+ c
        t[j] = UInt32(truncatingIfNeeded: x)
        c = x >> 32
      }
      var x = UInt64(t[s]) &+ c
      t[s] = UInt32(truncatingIfNeeded: x)
      t[s + 1] = UInt32(x >> 32)
      let m = UInt64(t[0] &* n0inv)
      x = UInt64(t[0]) &+ m &* UInt64(n[0])
      c = x >> 32
      for j in 1..<s {
        x = UInt64(t[j]) &+ m &* UInt64(n[j]) &+ c
        t[j - 1] = UInt32(truncatingIfNeeded: x)
        c = x >> 32
      }
      x = UInt64(t[s]) &+ c
      t[s - 1] = UInt32(truncatingIfNeeded: x)
      t[s] = t[s + 1] &+ UInt32(x >> 32)
      t[s + 1] = 0
    }
    var r = Array(t[0..<s])
    if t[s] != 0 || geq(r, n) { subtract(&r, n) }
    return r
  }

  /// base^exponent mod modulus (modulus odd).
  static func modPow(_ base: [UInt8], _ exponent: [UInt8], _ modulus: [UInt8]) -> [UInt8] {
    let s = (modulus.count + 3) / 4
    let n = limbs(modulus, count: s)
    // -n⁻¹ mod 2³² by Newton iteration.
    var inv: UInt32 = 1
    for _ in 0..<5 { inv = inv &* (2 &- n[0] &* inv) }
    let n0inv = 0 &- inv
    // R² mod n by doubling 1 (2·32·s) times.
    var r2 = [UInt32](repeating: 0, count: s)
    r2[0] = 1
    for _ in 0..<(64 * s) {
      var carry: UInt32 = 0
      for i in 0..<s {
        let v = r2[i]
        r2[i] = v << 1 | carry
        carry = v >> 31
      }
      if carry != 0 || geq(r2, n) { subtract(&r2, n) }
    }
    var one = [UInt32](repeating: 0, count: s)
    one[0] = 1
    let bm = montgomery(limbs(base, count: s), r2, n, n0inv)
    var acc = montgomery(one, r2, n, n0inv)
    for byte in exponent {
      for bit in stride(from: 7, through: 0, by: -1) {
        acc = montgomery(acc, acc, n, n0inv)
        if byte >> UInt8(bit) & 1 == 1 { acc = montgomery(acc, bm, n, n0inv) }
      }
    }
    return bytes(montgomery(acc, one, n, n0inv))
  }

  static func derInteger(_ magnitude: [UInt8]) -> [UInt8] {
    var m = magnitude
    while m.count > 1 && m[0] == 0 { m.removeFirst() }
    if m.isEmpty { m = [0] }
    if m[0] & 0x80 != 0 { m.insert(0, at: 0) }
    return CryptoPrivateKey.tlv(0x02, m)
  }

  /// A new key as PEM.
  static func generatePEM() -> String {
    var x: [UInt8]
    repeat {
      x = CryptoFunctions.randomBytes(q.count)
    } while x.allSatisfy({ $0 == 0 }) || !lessThan(x, q)
    let y = modPow(g, x, p)
    let body = derInteger([0]) + derInteger(p) + derInteger(q) + derInteger(g) + derInteger(y) + derInteger(x)
    return CryptoPrivateKey.pem("DSA PRIVATE KEY", CryptoPrivateKey.tlv(0x30, body))
  }

  static func lessThan(_ a: [UInt8], _ b: [UInt8]) -> Bool {
    a.count != b.count ? a.count < b.count : a.lexicographicallyPrecedes(b)
  }
}
