import Crypto
import Foundation
import GoLib
import Template
import Values
import _CryptoExtras

/// Sprig's hashing, password and encryption functions: `sha1sum`, `sha256sum`,
/// `sha512sum`, `adler32sum`, `bcrypt`, `htpasswd`, `derivePassword`, `encryptAES`,
/// `decryptAES`, and (see `CryptoCertificates.swift`) keys and certificates.
enum CryptoFunctions {
  static func str(_ v: Value) -> String { v.stringValue ?? "" }

  static func adler32(_ data: [UInt8]) -> UInt32 {
    var a: UInt32 = 1
    var b: UInt32 = 0
    for byte in data {
      a = (a + UInt32(byte)) % 65521
      b = (b + a) % 65521
    }
    return b << 16 | a
  }

  static func randomBytes(_ n: Int) -> [UInt8] {
    var g = SystemRandomNumberGenerator()
    return (0..<n).map { _ in UInt8.random(in: 0...255, using: &g) }
  }

  static func bcryptText(_ input: String) -> String {
    switch Result(catching: { () throws(CryptoBcrypt.PasswordTooLong) in
      try CryptoBcrypt.hash(Array(input.utf8), cost: 10, salt: randomBytes(16))
    }) {
    case .success(let h): return h
    case .failure: return "failed to encrypt string with bcrypt: bcrypt: password length exceeds 72 bytes"
    }
  }

  static let passwordTemplates: [String: [String]] = [
    "maximum": ["anoxxxxxxxxxxxxxxxxx", "axxxxxxxxxxxxxxxxxno"],
    "long": [
      "CvcvnoCvcvCvcv", "CvcvCvcvnoCvcv", "CvcvCvcvCvcvno", "CvccnoCvcvCvcv", "CvccCvcvnoCvcv",
      "CvccCvcvCvcvno", "CvcvnoCvccCvcv", "CvcvCvccnoCvcv", "CvcvCvccCvcvno", "CvcvnoCvcvCvcc",
      "CvcvCvcvnoCvcc", "CvcvCvcvCvccno", "CvccnoCvccCvcv", "CvccCvccnoCvcv", "CvccCvccCvcvno",
      "CvcvnoCvccCvcc", "CvcvCvccnoCvcc", "CvcvCvccCvccno", "CvccnoCvcvCvcc", "CvccCvcvnoCvcc",
      "CvccCvcvCvccno",
    ],
    "medium": ["CvcnoCvc", "CvcCvcno"],
    "short": ["Cvcn"],
    "basic": ["aaanaaan", "aannaaan", "aaannaaa"],
    "pin": ["nnnn"],
  ]

  static let templateCharacters: [UInt8: [UInt8]] = [
    UInt8(ascii: "V"): Array("AEIOU".utf8),
    UInt8(ascii: "C"): Array("BCDFGHJKLMNPQRSTVWXYZ".utf8),
    UInt8(ascii: "v"): Array("aeiou".utf8),
    UInt8(ascii: "c"): Array("bcdfghjklmnpqrstvwxyz".utf8),
    UInt8(ascii: "A"): Array("AEIOUBCDFGHJKLMNPQRSTVWXYZ".utf8),
    UInt8(ascii: "a"): Array("AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz".utf8),
    UInt8(ascii: "n"): Array("0123456789".utf8),
    UInt8(ascii: "o"): Array("@&%?,=[]_:-+*$#!'^~;()/.".utf8),
    UInt8(ascii: "x"): Array("AEIOUaeiouBCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789!@#$%^&*()".utf8),
  ]

  static func bigEndian(_ v: UInt32) -> [UInt8] {
    [UInt8(v >> 24), UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)]
  }

  /// The Master Password algorithm (scrypt N=32768 r=8 p=2, HMAC-SHA256 seed).
  static func derivePassword(counter: UInt32, type: String, password: String, user: String, site: String)
    -> String
  {
    guard let templates = passwordTemplates[type] else { return "cannot find password template \(type)" }
    let seed = Array("com.lyndir.masterpassword".utf8)
    let userBytes = Array(user.utf8)
    let salt = seed + bigEndian(UInt32(truncatingIfNeeded: userBytes.count)) + userBytes
    let key: SymmetricKey
    do {
      key = try KDF.Scrypt.deriveKey(
        from: Array(password.utf8), salt: salt, outputByteCount: 64, rounds: 32768, blockSize: 8,
        parallelism: 2,
        maxMemory: 64 * 1024 * 1024)
    } catch {
      return "failed to derive password: \(error)"
    }
    let siteBytes = Array(site.utf8)
    let message =
      seed + bigEndian(UInt32(truncatingIfNeeded: siteBytes.count)) + siteBytes + bigEndian(counter)
    let mac = Array(HMAC<SHA256>.authenticationCode(for: message, using: key))
    let template = Array(templates[Int(mac[0]) % templates.count].utf8)
    var out: [UInt8] = []
    for (i, element) in template.enumerated() {
      let chars = templateCharacters[element] ?? []
      out.append(chars[Int(mac[i + 1]) % chars.count])
    }
    return String(decoding: out, as: UTF8.self)
  }

  static func aesKey(_ password: String) -> SymmetricKey {
    var key = [UInt8](repeating: 0, count: 32)
    for (i, b) in password.utf8.prefix(32).enumerated() { key[i] = b }
    return SymmetricKey(data: key)
  }

  static func encryptAES(_ password: String, _ plaintext: String) throws -> String {
    if plaintext.isEmpty { return "" }
    var content = Array(plaintext.utf8)
    let padding = 16 - content.count % 16
    content += [UInt8](repeating: UInt8(padding), count: padding)
    let ivBytes = randomBytes(16)
    let encrypted = try AES._CBC.encrypt(
      content, using: aesKey(password), iv: AES._CBC.IV(ivBytes: ivBytes), noPadding: true)
    return GoBase64.encode(ivBytes + Array(encrypted))
  }

  static func decryptAES(_ password: String, _ crypt64: String) throws -> String {
    if crypt64.isEmpty { return "" }
    let crypt: [UInt8]
    switch Result(catching: { () throws(GoBase64.CorruptInput) in try GoBase64.decode(crypt64) }) {
    case .success(let c): crypt = c
    case .failure(let e): throw FunctionError(e.message)
    }
    if crypt.count < 16 {
      throw FunctionError("runtime error: slice bounds out of range [:16] with capacity \(crypt.count)")
    }
    let body = Array(crypt[16...])
    if body.count % 16 != 0 { throw FunctionError("crypto/cipher: input not full blocks") }
    if body.isEmpty { throw FunctionError("runtime error: index out of range [-1]") }
    let decrypted = Array(
      try AES._CBC.decrypt(
        body, using: aesKey(password), iv: AES._CBC.IV(ivBytes: crypt[0..<16]), noPadding: true))
    let pad = Int(decrypted[decrypted.count - 1])
    let end = decrypted.count - pad
    if end < 0 { throw FunctionError("runtime error: slice bounds out of range [:\(end)]") }
    return String(decoding: decrypted[0..<end], as: UTF8.self)
  }

  static var table: FunctionTable {
    var t = FunctionTable()
    t["sha1sum"] = TemplateFunction([.string]) { c in
      .string(GoHex.encode(Insecure.SHA1.hash(data: GoByteString.bytes(str(c[0])))))
    }
    t["sha256sum"] = TemplateFunction([.string]) { c in
      .string(GoHex.encode(SHA256.hash(data: GoByteString.bytes(str(c[0])))))
    }
    t["sha512sum"] = TemplateFunction([.string]) { c in
      .string(GoHex.encode(SHA512.hash(data: GoByteString.bytes(str(c[0])))))
    }
    t["adler32sum"] = TemplateFunction([.string]) { c in
      .string(String(adler32(GoByteString.bytes(str(c[0])))))
    }
    t["bcrypt"] = TemplateFunction([.string]) { c in .string(bcryptText(str(c[0]))) }
    t["htpasswd"] = TemplateFunction([.string, .string]) { c in
      let user = str(c[0])
      if user.contains(":") { return .string("invalid username: \(user)") }
      return .string(user + ":" + bcryptText(str(c[1])))
    }
    // Go's parameter is uint32; the contract has no such type, so int is declared and
    // checked here. Go's reflect.SetUint truncates constants that do not fit.
    t["derivePassword"] = TemplateFunction(
      [.int, .string, .string, .string, .string], overrides: [0: .uint32]
    ) { c in
      guard case .int(let n) = c[0], n >= 0 else {
        throw FunctionError("expected unsigned integer; found \(GoFormatter.formatV(c[0]))")
      }
      return .string(
        derivePassword(
          counter: UInt32(truncatingIfNeeded: n), type: str(c[1]), password: str(c[2]), user: str(c[3]),
          site: str(c[4])))
    }
    t["encryptAES"] = TemplateFunction([.string, .string]) { c in
      .string(try encryptAES(str(c[0]), str(c[1])))
    }
    t["decryptAES"] = TemplateFunction([.string, .string]) { c in
      .string(try decryptAES(str(c[0]), str(c[1])))
    }
    t.merge(CryptoCertificates.table)
    return t
  }
}
