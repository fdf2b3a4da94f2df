import Foundation
import GoLib
import Template
import Values

/// Sprig's random functions: `randAlphaNum`, `randAlpha`, `randNumeric`, `randAscii`
/// (crypto-random, goutils alphabets), `randBytes` (base64), `randInt` (Go's `Intn`
/// panics), `uuidv4`, and `getHostByName` (empty offline, as Helm renders it).
enum RandomFunctions {
  static let upper = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ".utf8)
  static let lower = Array("abcdefghijklmnopqrstuvwxyz".utf8)
  static let digits = Array("0123456789".utf8)

  static func random(_ count: Int, from alphabet: [UInt8]) -> String {
    guard count > 0 else { return "" }
    var g = SystemRandomNumberGenerator()
    return String(
      decoding: (0..<count).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &g)] },
      as: UTF8.self)
  }

  /// Go's allocation limit, past which `make` panics.
  static let maxLength = 1 << 30

  static func int(_ v: Value) -> Int {
    if case .int(let i) = v { return i }
    return 0
  }

  static var table: FunctionTable {
    var t = FunctionTable()
    let alphabets: [(String, [UInt8])] = [
      ("randAlphaNum", upper + lower + digits), ("randAlpha", upper + lower), ("randNumeric", digits),
      ("randAscii", Array(32...126)),
    ]
    for (name, alphabet) in alphabets {
      t[name] = TemplateFunction([.int]) { c in
        if int(c[0]) > maxLength { throw FunctionError("runtime error: makeslice: len out of range") }
        return .string(random(int(c[0]), from: alphabet))
      }
    }
    t["randBytes"] = TemplateFunction([.int]) { c in
      let n = int(c[0])
      if n < 0 || n > maxLength { throw FunctionError("runtime error: makeslice: len out of range") }
      return .string(GoBase64.encode(CryptoFunctions.randomBytes(n)))
    }
    t["randInt"] = TemplateFunction([.int, .int]) { c in
      let (span, overflow) = int(c[1]).subtractingReportingOverflow(int(c[0]))
      if overflow || span <= 0 { throw FunctionError("invalid argument to Intn") }
      return .int(Int.random(in: 0..<span) &+ int(c[0]))
    }
    t["uuidv4"] = TemplateFunction([]) { _ in .string(UUID().uuidString.lowercased()) }
    t["getHostByName"] = TemplateFunction([.string]) { _ in .string("") }
    return t
  }
}
