import Crypto
import Foundation
import GoLib
import SwiftASN1
import Template
import Values
import X509
import YAML
import _CryptoExtras

/// Sprig's `certificate` struct (`sprig.certificate`): PEM texts in `.Cert` and `.Key`.
public struct SprigCertificate: GoStructObject, Sendable {
  public let cert: String
  public let key: String
  public var goTypeName: String { "sprig.certificate" }
  public var goKind: GoKind { .struct }
  public var goFields: [(name: String, value: Value)] { [("Cert", .string(cert)), ("Key", .string(key))] }
  public func formatted(plus: Bool, sharp: Bool) -> String {
    if sharp { return "sprig.certificate{Cert:\(GoStrconv.quote(cert)), Key:\(GoStrconv.quote(key))}" }
    return plus ? "{Cert:\(cert) Key:\(key)}" : "{\(cert) \(key)}"
  }
}

/// `genPrivateKey`, `genCA*`, `genSelfSignedCert*`, `genSignedCert*`, `buildCustomCert`.
enum CryptoCertificates {
  static func str(_ v: Value) -> String { v.stringValue ?? "" }
  static func int(_ v: Value) -> Int {
    if case .int(let i) = v { return i }
    return 0
  }

  static func generatePrivateKey(_ type: String) -> String {
    do {
      switch type {
      case "", "rsa": return try CryptoPrivateKey.generateRSA(bits: 4096).pemText
      case "ecdsa": return CryptoPrivateKey.p256(P256.Signing.PrivateKey()).pemText
      case "ed25519": return CryptoPrivateKey.ed25519(Curve25519.Signing.PrivateKey()).pemText
      case "dsa": return CryptoDSA.generatePEM()
      default: return "Unknown type " + type
      }
    } catch {
      return "failed to generate private key: \(error)"
    }
  }

  /// Go's `net.ParseIP` bytes (4 for IPv4, 16 for IPv6), or nil.
  static func parseIP(_ s: String) -> [UInt8]? {
    let parts = s.split(separator: ".", omittingEmptySubsequences: false)
    if parts.count == 4, !s.contains(":") {
      var out: [UInt8] = []
      for p in parts {
        guard !p.isEmpty, p.count <= 3, p.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int(p), v <= 255
        else { return nil }
        if p.count > 1 && p.first == "0" { return nil }
        out.append(UInt8(v))
      }
      return out
    }
    guard s.contains(":") else { return nil }
    var buf = [UInt8](repeating: 0, count: 16)
    guard inet_pton(AF_INET6, s, &buf) == 1 else { return nil }
    if buf[0..<10].allSatisfy({ $0 == 0 }) && buf[10] == 0xFF && buf[11] == 0xFF { return Array(buf[12...]) }
    return buf
  }

  static func items(_ v: Value) -> [Value] { v.sliceItems ?? [] }

  /// Go's `%v` of an element in `... is not a string` errors.
  static func describe(_ v: Value) -> String { GoFormatter.formatV(v) }

  struct TemplateFields {
    var ips: [[UInt8]]
    var dns: [String]
  }

  static func baseFields(_ ips: Value, _ dns: Value) throws -> TemplateFields {
    var ipBytes: [[UInt8]] = []
    for ip in items(ips) {
      guard case .string(let s) = ip else {
        throw FunctionError("error parsing ip: \(describe(ip)) is not a string")
      }
      guard let b = parseIP(s) else { throw FunctionError("error parsing ip: \(s)") }
      ipBytes.append(b)
    }
    var names: [String] = []
    for d in items(dns) {
      guard case .string(let s) = d else {
        throw FunctionError("error processing alternate dns name: \(describe(d)) is not a string")
      }
      names.append(s)
    }
    return TemplateFields(ips: ipBytes, dns: names)
  }

  /// Go's `x509.CreateCertificate` for Sprig's template, PEM-encoded, with the signee key's PEM.
  static func makeCertificate(
    cn: String, fields: TemplateFields, days: Int, isCA: Bool, signee: CryptoPrivateKey,
    issuer: (name: DistinguishedName, key: CryptoPrivateKey, skid: ArraySlice<UInt8>?)?
  ) throws -> SprigCertificate {
    let subject = try DistinguishedName { CommonName(cn) }
    let publicKey = signee.certificateKey.publicKey
    // Whole seconds, as X.509 times hold them (Go truncates).
    let now = Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down))
    let notAfter = now.addingTimeInterval(Double(days) * 86400)
    var usage = KeyUsage(digitalSignature: true, keyEncipherment: true)
    if isCA { usage.keyCertSign = true }
    let skid = SubjectKeyIdentifier(hash: publicKey)
    let extensions = try Certificate.Extensions {
      Critical(usage)
      try ExtendedKeyUsage([.serverAuth, .clientAuth])
      Critical(
        isCA
          ? BasicConstraints.isCertificateAuthority(maxPathLength: nil)
          : BasicConstraints.notCertificateAuthority)
      if isCA { skid }
      if let issuer, let id = issuer.skid { AuthorityKeyIdentifier(keyIdentifier: id) }
      if !fields.ips.isEmpty || !fields.dns.isEmpty {
        SubjectAlternativeNames(
          fields.dns.map { GeneralName.dnsName($0) }
            + fields.ips.map { GeneralName.ipAddress(ASN1OctetString(contentBytes: $0[...])) })
      }
    }
    let signer = issuer?.key ?? signee
    var serial = CryptoFunctions.randomBytes(16)
    serial[0] &= 0x7F
    if serial[0] == 0 { serial[0] = 1 }
    let cert = try Certificate(
      version: .v3, serialNumber: Certificate.SerialNumber(bytes: serial), publicKey: publicKey,
      notValidBefore: now, notValidAfter: notAfter, issuer: issuer?.name ?? subject, subject: subject,
      signatureAlgorithm: signer.signatureAlgorithm, extensions: extensions,
      issuerPrivateKey: signer.certificateKey)
    var serializer = DER.Serializer()
    try serializer.serialize(cert)
    return SprigCertificate(
      cert: CryptoPrivateKey.pem("CERTIFICATE", serializer.serializedBytes), key: signee.pemText)
  }

  static func parseKey(_ text: String, prefix: String) throws -> CryptoPrivateKey {
    switch Result(catching: { () throws(CryptoPrivateKey.KeyError) in try CryptoPrivateKey.parse(text) }) {
    case .success(let k): return k
    case .failure(let e): throw FunctionError(prefix + e.message)
    }
  }

  static func newRSA() throws -> CryptoPrivateKey {
    do {
      return try CryptoPrivateKey.generateRSA(bits: 2048)
    } catch {
      throw FunctionError("error generating rsa key: \(error)")
    }
  }

  static func wrap(_ body: () throws -> SprigCertificate) throws -> Value {
    do {
      return .object(try body())
    } catch let e as FunctionError {
      throw e
    } catch {
      throw FunctionError("error creating certificate: \(error)")
    }
  }

  static func signed(_ c: FunctionCall, key: CryptoPrivateKey) throws -> Value {
    guard case .object(let o) = c[4], let ca = o as? SprigCertificate else {
      throw FunctionError("wrong type for value; expected sprig.certificate; got \(c[4].goTypeName)")
    }
    let fields = try baseFields(c[1], c[2])
    guard let (_, der) = CryptoPrivateKey.decodePEM(ca.cert) else {
      throw FunctionError("unable to decode certificate")
    }
    guard let caCert = try? Certificate(derEncoded: der) else {
      throw FunctionError("error parsing certificate: decodedSignerCert.Bytes: x509: malformed certificate")
    }
    let caKey = try parseKey(ca.key, prefix: "error parsing private key: ")
    let skid = (try? caCert.extensions.subjectKeyIdentifier)??.keyIdentifier
    return try wrap {
      try makeCertificate(
        cn: str(c[0]), fields: fields, days: int(c[3]), isCA: false, signee: key,
        issuer: (caCert.subject, caKey, skid))
    }
  }

  static var table: FunctionTable {
    var t = FunctionTable()
    t["genPrivateKey"] = TemplateFunction([.string]) { c in .string(generatePrivateKey(str(c[0]))) }
    t["genCA"] = TemplateFunction([.string, .int]) { c in
      let key = try newRSA()
      return try wrap {
        try makeCertificate(
          cn: str(c[0]), fields: TemplateFields(ips: [], dns: []), days: int(c[1]), isCA: true, signee: key,
          issuer: nil)
      }
    }
    t["genCAWithKey"] = TemplateFunction([.string, .int, .string]) { c in
      let key = try parseKey(str(c[2]), prefix: "parsing private key: ")
      return try wrap {
        try makeCertificate(
          cn: str(c[0]), fields: TemplateFields(ips: [], dns: []), days: int(c[1]), isCA: true, signee: key,
          issuer: nil)
      }
    }
    t["genSelfSignedCert"] = TemplateFunction([.string, .list, .list, .int]) { c in
      let fields = try baseFields(c[1], c[2])
      let key = try newRSA()
      return try wrap {
        try makeCertificate(
          cn: str(c[0]), fields: fields, days: int(c[3]), isCA: false, signee: key, issuer: nil)
      }
    }
    t["genSelfSignedCertWithKey"] = TemplateFunction([.string, .list, .list, .int, .string]) { c in
      let key = try parseKey(str(c[4]), prefix: "parsing private key: ")
      let fields = try baseFields(c[1], c[2])
      return try wrap {
        try makeCertificate(
          cn: str(c[0]), fields: fields, days: int(c[3]), isCA: false, signee: key, issuer: nil)
      }
    }
    // The `certificate` parameter has no contract type: declared `.any`, checked in `signed`.
    t["genSignedCert"] = TemplateFunction([.string, .list, .list, .int, .any]) { c in
      try signed(c, key: try newRSA())
    }
    t["genSignedCertWithKey"] = TemplateFunction([.string, .list, .list, .int, .any, .string]) { c in
      let key = try parseKey(str(c[5]), prefix: "parsing private key: ")
      return try signed(c, key: key)
    }
    t["buildCustomCert"] = TemplateFunction([.string, .string]) { c in
      guard let certBytes = try? GoBase64.decode(str(c[0])) else {
        throw FunctionError("unable to decode base64 certificate")
      }
      guard let keyBytes = try? GoBase64.decode(str(c[1])) else {
        throw FunctionError("unable to decode base64 private key")
      }
      let certText = String(decoding: certBytes, as: UTF8.self)
      let keyText = String(decoding: keyBytes, as: UTF8.self)
      guard let (_, der) = CryptoPrivateKey.decodePEM(certText) else {
        throw FunctionError("unable to decode certificate")
      }
      do {
        _ = try Certificate(derEncoded: der)
      } catch {
        throw FunctionError("error parsing certificate: decodedCert.Bytes: x509: malformed certificate")
      }
      _ = try parseKey(keyText, prefix: "error parsing private key: ")
      return .object(SprigCertificate(cert: certText, key: keyText))
    }
    return t
  }
}

extension SprigCertificate: GoJSONEncodable {
  /// The exported fields, as `encoding/json` writes a struct.
  public func goJSONValue() throws -> Value { jsonValue }
  public var jsonValue: Value { .map(["Cert": .string(cert), "Key": .string(key)]) }
}
