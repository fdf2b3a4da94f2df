import Foundation
import Template
import Values
import YAML

@testable import Functions

/// Stand-ins for functions other targets own (strings, lists, encoding), just enough for
/// the conformance cases of this target's areas, and the documented differences.
enum TestSupport {
  static func helpers() -> FunctionTable {
    @Sendable func str(_ v: Value) -> String { v.stringValue ?? GoFormatter.formatV(v) }
    var t = FunctionTable()
    t["len"] = TemplateFunction([.any]) { c in
      if let s = c[0].stringValue { return .int(s.utf8.count) }
      return .int(c[0].sliceItems?.count ?? c[0].mapValue?.count ?? 0)
    }
    t["kindOf"] = TemplateFunction([.any]) { c in .string(c[0].goKind.rawValue) }
    t["typeOf"] = TemplateFunction([.any]) { c in .string(c[0].goTypeName) }
    t["trunc"] = TemplateFunction([.int, .string]) { c in
      guard case .int(let n) = c[0], let s = c[1].stringValue else { return .null }
      let b = Array(s.utf8)
      return .string(String(decoding: b.prefix(max(0, n)), as: UTF8.self))
    }
    t["hasPrefix"] = TemplateFunction([.string, .string]) { c in .bool(str(c[1]).hasPrefix(str(c[0]))) }
    t["hasSuffix"] = TemplateFunction([.string, .string]) { c in .bool(str(c[1]).hasSuffix(str(c[0]))) }
    t["upper"] = TemplateFunction([.string]) { c in .string(str(c[0]).uppercased()) }
    t["int64"] = TemplateFunction([.any]) { c in
      switch c[0] {
      case .int(let i): return .int64(Int64(i))
      case .float(let f): return .int64(Int64(f))
      case .int64(let i): return .int64(i)
      default: return .int64(0)
      }
    }
    t["list"] = TemplateFunction([], variadic: .any) { c in .list(c.arguments) }
    t["join"] = TemplateFunction([.string, .any]) { c in
      .string((c[1].sliceItems ?? []).map(str).joined(separator: str(c[0])))
    }
    t["b64enc"] = TemplateFunction([.string]) { c in .string(Data(str(c[0]).utf8).base64EncodedString()) }
    t["b64dec"] = TemplateFunction([.string]) { c in
      .string(String(decoding: Data(base64Encoded: str(c[0])) ?? Data(), as: UTF8.self))
    }
    t["eq"] = TemplateFunction([.any, .any]) { c in .bool(GoFormatter.formatV(c[0]) == GoFormatter.formatV(c[1]) && c[0].goTypeName == c[1].goTypeName && c[0].goTypeName != "*semver.Version") }
    t["ne"] = TemplateFunction([.any, .any]) { c in .bool(GoFormatter.formatV(c[0]) != GoFormatter.formatV(c[1])) }
    t["trim"] = TemplateFunction([.string]) { c in .string(str(c[0]).trimmingCharacters(in: .whitespacesAndNewlines)) }
    t["quote"] = TemplateFunction([], variadic: .any) { c in .string(c.arguments.map { "\"" + str($0) + "\"" }.joined(separator: " ")) }
    t["substr"] = TemplateFunction([.int, .int, .string]) { c in
      guard case .int(let a) = c[0], case .int(let b) = c[1] else { return .null }
      let u = Array(str(c[2]).utf8)
      return .string(String(decoding: u[a..<min(b, u.count)], as: UTF8.self))
    }
    t["toJson"] = TemplateFunction([.any]) { c in .string((try? GoJSON.encode(c[0])) ?? "") }
    t["toYaml"] = TemplateFunction([.any]) { c in
      var y = YAMLWriter.toYaml(c[0]) ?? ""
      while y.hasSuffix("\n") { y.removeLast() }
      return .string(y)
    }
    t["fromJson"] = TemplateFunction([.string]) { c in (try? GoJSON.decode(c[0].stringValue ?? "")) ?? .emptyMap() }
    t["keys"] = TemplateFunction([], variadic: .map) { c in
      .list(c.arguments.flatMap { $0.mapValue.map { Array($0.storage.keys) } ?? [] }.map { .string($0) })
    }
    t["sortAlpha"] = TemplateFunction([.any]) { c in
      .object(TypedSlice(elementType: "string", items: (c[0].sliceItems ?? []).compactMap(\.stringValue).sorted(by: goStringLess).map { .string($0) }))
    }
    return t
  }

  /// Cases whose difference is outside these functions or a documented divergence.
  static let knownDivergences: [String: String] = [
    "sprig-crypto/randBytes-decoded-len":
      "harness: the stand-in b64dec decodes to a Swift String (invalid UTF-8 becomes U+FFFD)",
  ]

}

/// JSON → Value, numbers as float64 like Helm's values.
enum JSONValue: Decodable {
  case value(Value)
  init(from decoder: Decoder) throws {
    let c = try decoder.singleValueContainer()
    if c.decodeNil() { self = .value(.null); return }
    if let b = try? c.decode(Bool.self) { self = .value(.bool(b)); return }
    if let d = try? c.decode(Double.self) { self = .value(.float(d)); return }
    if let s = try? c.decode(String.self) { self = .value(.string(s)); return }
    if let a = try? c.decode([JSONValue].self) { self = .value(.list(a.map(\.v))); return }
    let m = try c.decode([String: JSONValue].self)
    self = .value(.map(m.mapValues(\.v)))
  }
  var v: Value { if case .value(let x) = self { return x }; return .null }
}

struct ConformanceCase: Decodable {
  let id: String
  let template: String
  let values: JSONValue?
  let output: String?
  let error: String?
}
