import Foundation
import GoLib
import Template
import Testing
import Values

@testable import Functions

/// Shape and interoperability checks for the random, password and certificate functions:
/// lengths, alphabets, known bcrypt vectors, and PEM accepted by `openssl` with signature
/// chains that verify (skipped when `openssl` is not installed).
struct CryptoShapeTests {
  final class NoContext: ExecutionContext {
    func executeTemplate(named name: String, data: Value) throws -> String { "" }
    func executeText(_ text: String, named name: String, data: Value) throws -> String { "" }
  }

  static func call(_ name: String, _ args: [Value]) throws -> Value {
    var table = CryptoFunctions.table
    table.merge(RandomFunctions.table)
    guard let fn = table[name] else { throw FunctionError("no function \(name)") }
    return try fn.body(FunctionCall(name: name, arguments: args, context: NoContext()))
  }

  static func string(_ v: Value) -> String { v.stringValue ?? "" }

  static func certificate(_ v: Value) -> SprigCertificate? {
    if case .object(let o) = v { return o as? SprigCertificate }
    return nil
  }

  static let opensslPath: String? = ["/usr/bin/openssl", "/usr/local/bin/openssl"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }

  /// Runs openssl with `args`; returns (exit status, combined output).
  static func openssl(_ args: [String]) throws -> (Int32, String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: opensslPath ?? "/usr/bin/openssl")
    p.arguments = args
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  static func write(_ text: String, _ name: String) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("chartc-crypto-\(getpid())")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let url = dir.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  @Test func dsaModPowMatchesSmallCases() {
    // 4^13 mod 497 = 445; 2^10 mod 1000003 = 1024.
    #expect(CryptoDSA.modPow([4], [13], [0x01, 0xF1]) == [0x01, 0xBD])
    #expect(CryptoDSA.modPow([2], [10], [0x0F, 0x42, 0x43]) == [0x04, 0x00])
  }

  @Test func bcryptKnownVectors() throws {
    let salt = CryptoBcrypt.decode(Array("CCCCCCCCCCCCCCCCCCCCC.".utf8)) ?? []
    #expect(
      try CryptoBcrypt.hash(Array("U*U".utf8), cost: 5, salt: Array(salt.prefix(16)))
        == "$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW")
    let salt2 = CryptoBcrypt.decode(Array("abcdefghijklmnopqrstuu".utf8)) ?? []
    let h = try CryptoBcrypt.hash(Array("secret".utf8), cost: 4, salt: Array(salt2.prefix(16)))
    #expect(h.hasSuffix("2r9OfJnfCsdneAXAGHnS4UpFFP8WIrW"))
    let bc = Self.string(try Self.call("bcrypt", [.string("secret")]))
    #expect(bc.count == 60 && bc.hasPrefix("$2a$10$"))
    let ht = Self.string(try Self.call("htpasswd", [.string("admin"), .string("x")]))
    #expect(ht.count == 66 && ht.hasPrefix("admin:$2a$10$"))
  }

  @Test func randomShapes() throws {
    func matches(_ s: String, _ allowed: (UInt8) -> Bool) -> Bool { s.utf8.allSatisfy(allowed) }
    let an = Self.string(try Self.call("randAlphaNum", [.int(40)]))
    #expect(
      an.utf8.count == 40
        && matches(an) { ($0 >= 48 && $0 <= 57) || ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) })
    let a = Self.string(try Self.call("randAlpha", [.int(40)]))
    #expect(a.utf8.count == 40 && matches(a) { ($0 >= 65 && $0 <= 90) || ($0 >= 97 && $0 <= 122) })
    let n = Self.string(try Self.call("randNumeric", [.int(40)]))
    #expect(n.utf8.count == 40 && matches(n) { $0 >= 48 && $0 <= 57 })
    let asc = Self.string(try Self.call("randAscii", [.int(40)]))
    #expect(asc.utf8.count == 40 && matches(asc) { $0 >= 32 && $0 <= 126 })
    #expect(Self.string(try Self.call("randAlpha", [.int(-3)])) == "")
    let b = Self.string(try Self.call("randBytes", [.int(24)]))
    #expect(b.count == 32)
    let u = Self.string(try Self.call("uuidv4", []))
    let parts = u.split(separator: "-").map(\.count)
    #expect(parts == [8, 4, 4, 4, 12] && Array(u)[14] == "4" && "89ab".contains(Array(u)[19]))
    for _ in 0..<50 {
      guard case .int(let r) = try Self.call("randInt", [.int(3), .int(7)]) else {
        Issue.record("not int"); return
      }
      #expect(r >= 3 && r < 7)
    }
  }

  @Test func aesRoundTrip() throws {
    for (key, text) in [
      ("secret", "hello world"), ("k", "é☃"), (String(repeating: "x", count: 40), "0123456789abcdef"),
    ] {
      let enc = try Self.call("encryptAES", [.string(key), .string(text)])
      #expect(Self.string(try Self.call("decryptAES", [.string(key), enc])) == text)
    }
    #expect(throws: FunctionError("illegal base64 data at input byte 0")) {
      try Self.call("decryptAES", [.string("k"), .string("!!!")])
    }
  }

  @Test(.enabled(if: opensslPath != nil)) func privateKeysParseWithOpenSSL() throws {
    for (type, header) in [
      ("ecdsa", "EC PRIVATE KEY"), ("ed25519", "PRIVATE KEY"), ("rsa", "RSA PRIVATE KEY"),
      ("dsa", "DSA PRIVATE KEY"),
    ] {
      let pem = Self.string(try Self.call("genPrivateKey", [.string(type)]))
      #expect(pem.hasPrefix("-----BEGIN \(header)-----\n"))
      let path = try Self.write(pem, "key-\(type).pem")
      let (status, out) = try Self.openssl(["pkey", "-in", path, "-noout", "-check"])
      #expect(status == 0, "openssl pkey rejected the \(type) key: \(out)")
    }
  }

  @Test(.enabled(if: opensslPath != nil)) func certificatesVerifyWithOpenSSL() throws {
    guard let ca = Self.certificate(try Self.call("genCA", [.string("my-ca"), .int(30)])) else {
      Issue.record("genCA returned no certificate")
      return
    }
    #expect(ca.key.hasPrefix("-----BEGIN RSA PRIVATE KEY-----"))
    let caPath = try Self.write(ca.cert, "ca.pem")
    let caKeyPath = try Self.write(ca.key, "ca-key.pem")
    var (status, out) = try Self.openssl(["x509", "-in", caPath, "-noout", "-text"])
    #expect(
      status == 0 && out.contains("CA:TRUE") && out.contains("CN=my-ca") || out.contains("CN = my-ca"),
      "\(out)")
    // The key belongs to the certificate.
    let (_, pub1) = try Self.openssl(["x509", "-in", caPath, "-noout", "-pubkey"])
    let (_, pub2) = try Self.openssl(["pkey", "-in", caKeyPath, "-pubout"])
    #expect(pub1 == pub2 && pub1.contains("BEGIN PUBLIC KEY"))

    let ecKey = Self.string(try Self.call("genPrivateKey", [.string("ecdsa")]))
    let edKey = Self.string(try Self.call("genPrivateKey", [.string("ed25519")]))
    let signed: [(String, Value)] = [
      (
        "rsa",
        try Self.call(
          "genSignedCert",
          [.string("svc"), .list([.string("10.0.0.1")]), .list([.string("svc.ns")]), .int(10), .object(ca)])
      ),
      (
        "ec",
        try Self.call(
          "genSignedCertWithKey",
          [.string("svc2"), .null, .list([.string("a.b")]), .int(10), .object(ca), .string(ecKey)])
      ),
      (
        "ed",
        try Self.call(
          "genSignedCertWithKey",
          [.string("svc3"), .list([.string("::1")]), .null, .int(10), .object(ca), .string(edKey)])
      ),
    ]
    for (name, value) in signed {
      guard let cert = Self.certificate(value) else {
        Issue.record("no certificate for \(name)")
        continue
      }
      let path = try Self.write(cert.cert, "leaf-\(name).pem")
      (status, out) = try Self.openssl(["verify", "-CAfile", caPath, path])
      #expect(status == 0 && out.contains("OK"), "verify \(name): \(out)")
      let keyPath = try Self.write(cert.key, "leaf-\(name)-key.pem")
      (status, out) = try Self.openssl(["pkey", "-in", keyPath, "-noout"])
      #expect(status == 0, "key \(name): \(out)")
    }
    if let first = Self.certificate(signed[0].1) {
      let (_, text) = try Self.openssl([
        "x509", "-in", try Self.write(first.cert, "leaf-text.pem"), "-noout", "-text",
      ])
      #expect(text.contains("IP Address:10.0.0.1") && text.contains("DNS:svc.ns"), "\(text)")
      #expect(text.contains("TLS Web Server Authentication") && text.contains("CA:FALSE"))
    }

    // Self-signed with SANs, and a CA from an existing EC key.
    guard
      let selfSigned = Self.certificate(
        try Self.call(
          "genSelfSignedCert",
          [.string("foo.com"), .list([.string("127.0.0.1")]), .list([.string("a.foo.com")]), .int(5)]))
    else {
      Issue.record("no self-signed certificate")
      return
    }
    let ssPath = try Self.write(selfSigned.cert, "self.pem")
    (status, out) = try Self.openssl(["verify", "-CAfile", ssPath, "-partial_chain", ssPath])
    #expect(status == 0, "self-signed verify: \(out)")
    if let ecCA = Self.certificate(
      try Self.call("genCAWithKey", [.string("ec-ca"), .int(5), .string(ecKey)]))
    {
      #expect(ecCA.key.hasPrefix("-----BEGIN EC PRIVATE KEY-----"))
      let p = try Self.write(ecCA.cert, "ec-ca.pem")
      (status, out) = try Self.openssl(["verify", "-CAfile", p, p])
      #expect(status == 0, "EC CA: \(out)")
    }
    // buildCustomCert accepts what genCA produced.
    let b64 = { (s: String) in Value.string(GoBase64.encode(Array(s.utf8))) }
    let rebuilt = Self.certificate(try Self.call("buildCustomCert", [b64(ca.cert), b64(ca.key)]))
    #expect(rebuilt?.cert == ca.cert && rebuilt?.key == ca.key)
  }
}
