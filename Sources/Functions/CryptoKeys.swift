import Crypto
import Foundation
import GoLib
import SwiftASN1
import Values
import X509
import _CryptoExtras

/// A private key as Sprig handles it: RSA, ECDSA (P-256/384/521) or Ed25519, PEM-encoded
/// the way Go's `pemBlockForKey` does (PKCS#1 `RSA PRIVATE KEY`, SEC1 `EC PRIVATE KEY`,
/// PKCS#8 `PRIVATE KEY` for Ed25519) and parsed like Sprig's `parsePrivateKeyPEM`.
/// DSA keys are not supported (no DSA in swift-crypto).
enum CryptoPrivateKey {
  case rsa(_RSA.Signing.PrivateKey)
  case p256(P256.Signing.PrivateKey)
  case p384(P384.Signing.PrivateKey)
  case p521(P521.Signing.PrivateKey)
  case ed25519(Curve25519.Signing.PrivateKey)

  struct KeyError: Error {
    let message: String
  }

  /// A PEM block: `-----BEGIN TYPE-----`, base64 body, `-----END TYPE-----`.
  static func pem(_ type: String, _ der: [UInt8]) -> String {
    let b64 = Array(GoBase64.encode(der).utf8)
    var out = "-----BEGIN \(type)-----\n"
    var i = 0
    while i < b64.count {
      out += String(decoding: b64[i..<min(i + 64, b64.count)], as: UTF8.self) + "\n"
      i += 64
    }
    return out + "-----END \(type)-----\n"
  }

  /// Go's `pem.Decode`: the first well-formed block (type, DER bytes), or nil.
  static func decodePEM(_ text: String) -> (String, [UInt8])? {
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" }).map {
      $0.hasSuffix("\r") ? String($0.dropLast()) : String($0)
    }
    var k = 0
    while k < lines.count {
      let line = lines[k].trimmingCharacters(in: .whitespaces)
      if line.hasPrefix("-----BEGIN "), line.hasSuffix("-----"), line.count > 16 {
        let type = String(line.dropFirst(11).dropLast(5))
        var body = ""
        var j = k + 1
        while j < lines.count {
          let l = lines[j].trimmingCharacters(in: .whitespaces)
          if l == "-----END \(type)-----" {
            if let der = try? GoBase64.decode(body) { return (type, der) }
            break
          }
          if l.contains(":") { j += 1; continue }  // headers
          body += l
          j += 1
        }
      }
      k += 1
    }
    return nil
  }

  /// Go's `encoding/asn1` error when the outer SEQUENCE tag is missing, the usual way a
  /// junk key fails; nil when the data starts like a SEQUENCE (a generic text is used then).
  static func asn1TagMismatch(_ der: [UInt8], _ structName: String) -> String? {
    guard let b = der.first, b != 0x30, der.count >= 2, der[1] < 0x80 else { return nil }
    let tag = Int(b & 0x1F)
    guard tag != 0x1F else { return nil }
    return
      "asn1: structure error: tags don't match (16 vs {class:\(b >> 6) tag:\(tag) length:\(der[1]) isCompound:\(b & 0x20 != 0)}) {optional:false explicit:false application:false private:false defaultValue:<nil> tag:<nil> stringType:0 timeType:0 set:false omitEmpty:false} \(structName) @2"
  }

  /// Sprig's `parsePrivateKeyPEM`.
  static func parse(_ text: String) throws(KeyError) -> CryptoPrivateKey {
    guard let (type, der) = decodePEM(text) else { throw KeyError(message: "no PEM data in input") }
    if type == "PRIVATE KEY" {
      if let k = try? _RSA.Signing.PrivateKey(derRepresentation: der) { return .rsa(k) }
      if let k = try? P256.Signing.PrivateKey(derRepresentation: der) { return .p256(k) }
      if let k = try? P384.Signing.PrivateKey(derRepresentation: der) { return .p384(k) }
      if let k = try? P521.Signing.PrivateKey(derRepresentation: der) { return .p521(k) }
      if let k = ed25519FromPKCS8(der) { return .ed25519(k) }
      throw KeyError(
        message: "decoding PEM as PKCS#8: "
          + (asn1TagMismatch(der, "pkcs8") ?? "x509: failed to parse private key"))
    }
    guard type.hasSuffix(" PRIVATE KEY") else {
      throw KeyError(message: "no private key data in PEM block of type \(type)")
    }
    switch String(type.dropLast(12)) {
    case "RSA":
      guard let k = try? _RSA.Signing.PrivateKey(derRepresentation: der) else {
        throw KeyError(
          message: "parsing RSA private key from PEM: "
            + (asn1TagMismatch(der, "pkcs1PrivateKey") ?? "x509: failed to parse private key"))
      }
      return .rsa(k)
    case "EC":
      if let k = try? P256.Signing.PrivateKey(derRepresentation: der) { return .p256(k) }
      if let k = try? P384.Signing.PrivateKey(derRepresentation: der) { return .p384(k) }
      if let k = try? P521.Signing.PrivateKey(derRepresentation: der) { return .p521(k) }
      throw KeyError(
        message: "parsing EC private key from PEM: x509: failed to parse EC private key"
          + (asn1TagMismatch(der, "ecPrivateKey").map { ": " + $0 } ?? ""))
    case "DSA":
      throw KeyError(message: "parsing DSA private key from PEM: DSA keys are not supported")
    default:
      throw KeyError(message: "invalid private key type \(type)")
    }
  }

  static let ed25519OID: [UInt8] = [0x06, 0x03, 0x2B, 0x65, 0x70]

  static func ed25519FromPKCS8(_ der: [UInt8]) -> Curve25519.Signing.PrivateKey? {
    guard der.count >= 48, der.count < 200 else { return nil }
    guard (0..<(der.count - 5)).contains(where: { Array(der[$0..<($0 + 5)]) == ed25519OID }) else {
      return nil
    }
    // ... OCTET STRING { OCTET STRING (32 bytes) }
    for i in 0..<(der.count - 35)
    where der[i] == 0x04 && der[i + 1] == 0x22 && der[i + 2] == 0x04 && der[i + 3] == 0x20 {
      return try? Curve25519.Signing.PrivateKey(rawRepresentation: der[(i + 4)..<(i + 36)])
    }
    return nil
  }

  /// DER length prefix.
  static func derLength(_ n: Int) -> [UInt8] {
    if n < 128 { return [UInt8(n)] }
    var bytes: [UInt8] = []
    var v = n
    while v > 0 {
      bytes.insert(UInt8(v & 0xFF), at: 0)
      v >>= 8
    }
    return [0x80 | UInt8(bytes.count)] + bytes
  }

  static func tlv(_ tag: UInt8, _ content: [UInt8]) -> [UInt8] { [tag] + derLength(content.count) + content }

  /// SEC1 `ECPrivateKey` as Go's `x509.MarshalECPrivateKey` writes it.
  static func sec1(raw: [UInt8], curveOID: [UInt8], publicX963: [UInt8]) -> [UInt8] {
    tlv(
      0x30,
      tlv(0x02, [1]) + tlv(0x04, raw) + tlv(0xA0, tlv(0x06, curveOID))
        + tlv(0xA1, tlv(0x03, [0] + publicX963)))
  }

  /// An EC key's `EC PRIVATE KEY` PEM block.
  static func ecPEM(_ raw: Data, _ publicX963: Data, curveOID: [UInt8]) -> String {
    pem("EC PRIVATE KEY", sec1(raw: Array(raw), curveOID: curveOID, publicX963: Array(publicX963)))
  }

  /// The PEM Go's `pemBlockForKey` produces.
  var pemText: String {
    switch self {
    case .rsa(let k): return Self.pem("RSA PRIVATE KEY", Array(k.derRepresentation))
    case .p256(let k):
      return Self.ecPEM(
        k.rawRepresentation, k.publicKey.x963Representation,
        curveOID: [0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x03, 0x01, 0x07])
    case .p384(let k):
      return Self.ecPEM(
        k.rawRepresentation, k.publicKey.x963Representation, curveOID: [0x2B, 0x81, 0x04, 0x00, 0x22])
    case .p521(let k):
      return Self.ecPEM(
        k.rawRepresentation, k.publicKey.x963Representation, curveOID: [0x2B, 0x81, 0x04, 0x00, 0x23])
    case .ed25519(let k):
      let der = Self.tlv(
        0x30,
        Self.tlv(0x02, [0]) + Self.tlv(0x30, Self.ed25519OID)
          + Self.tlv(0x04, Self.tlv(0x04, Array(k.rawRepresentation))))
      return Self.pem("PRIVATE KEY", der)
    }
  }

  var certificateKey: Certificate.PrivateKey {
    switch self {
    case .rsa(let k): return Certificate.PrivateKey(k)
    case .p256(let k): return Certificate.PrivateKey(k)
    case .p384(let k): return Certificate.PrivateKey(k)
    case .p521(let k): return Certificate.PrivateKey(k)
    case .ed25519(let k): return Certificate.PrivateKey(k)
    }
  }

  var signatureAlgorithm: Certificate.SignatureAlgorithm {
    switch self {
    case .rsa: return .sha256WithRSAEncryption
    case .p256: return .ecdsaWithSHA256
    case .p384: return .ecdsaWithSHA384
    case .p521: return .ecdsaWithSHA512
    case .ed25519: return .ed25519
    }
  }

  static func generateRSA(bits: Int) throws -> CryptoPrivateKey {
    let size: _RSA.Signing.KeySize = bits == 4096 ? .bits4096 : .bits2048
    return .rsa(try _RSA.Signing.PrivateKey(keySize: size))
  }
}
