import Foundation
import Testing
import Values

@testable import Charts

/// Every expression in Data/set-cases.jsonl parses to what Helm's strvals produced.
@Suite struct SetParserTests {
  static func mode(_ name: String) -> SetParser.Mode {
    switch name {
    case "set-string": return .string
    case "set-json": return .json(SetParser.decodeJSONPrefix)
    case "set-literal": return .literal
    case "set-file":
      return .file { path in
        let url = testDataURL.appendingPathComponent("setfiles").appendingPathComponent(path)
        guard let data = try? Data(contentsOf: url) else {
          throw SetParserError("open \(path): no such file or directory")
        }
        return .string(String(decoding: data, as: UTF8.self))
      }
    default: return .typed
    }
  }

  @Test func oracleCases() throws {
    let cases = try jsonLines("set-cases.jsonl")
    #expect(cases.count > 150)
    var failures: [String] = []
    for c in cases {
      let modeName = c["mode"]?.stringValue ?? ""
      let expr = c["expr"]?.stringValue ?? ""
      let got: String
      do {
        got = pythonJSON(.map(try SetParser.parse(expr, mode: Self.mode(modeName))))
      } catch {
        got = "error: " + error.message
      }
      let want: String
      if let err = c["error"]?.stringValue {
        // --set-json errors are replaced by Helm's own message; only failure matters.
        want = "error: " + err
        if modeName == "set-json", got.hasPrefix("error: ") { continue }
      } else {
        want = pythonJSON(c["output"] ?? .null)
      }
      if got != want { failures.append("\(modeName) \(expr): got \(got) want \(want)") }
    }
    #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
  }

  @Test func integersAreInt64() throws {
    let m = try SetParser.parse("a=5,b={1,x}")
    guard case .int64(5)? = m["a"] else {
      Issue.record("a is \(String(describing: m["a"]))")
      return
    }
    guard case .list(let l)? = m["b"], case .int64(1) = l[0] else {
      Issue.record("b is \(String(describing: m["b"]))")
      return
    }
  }

  @Test func parsesIntoExistingValues() throws {
    let dest = GoMap()
    try SetParser.parse("a.b=1,l={x,y,z}", into: dest)
    try SetParser.parse("a.c=2,l[1]=Y", into: dest)
    #expect(pythonJSON(.map(dest)) == #"{"a": {"b": 1, "c": 2}, "l": ["x", "Y", "z"]}"#)
    dest["s"] = .string("text")
    #expect(
      throws: SetParserError(
        "unable to parse key: interface conversion: interface {} is string, not map[string]interface {}")
    ) {
      try SetParser.parse("s.x=1", into: dest)
    }
    dest["f"] = .float(5)
    #expect(
      throws: SetParserError(
        "unable to parse key: interface conversion: interface {} is float64, not []interface {}")
    ) {
      try SetParser.parse("f[0]=1", into: dest)
    }
  }

  @Test func userValueFlagsOrderAndPrefixes() throws {
    let file = GoMap([
      "a": .map(["x": .float(1), "y": .float(2)]), "l": .list([.string("p"), .string("q")]),
    ])
    let flags = UserValueFlags(
      valueFiles: [file, GoMap(["a": .map(["y": .float(3)])])],
      jsonValues: [#"{"j": {"k": 1}}"#, "j.m=[1]"],
      values: ["l[1]=Q,n=1"], stringValues: ["n=2"], fileValues: [], literalValues: ["lit=a,b"])
    let merged = try flags.merge(fileReader: { _ in .null }, jsonDecoder: SetParser.decodeJSONPrefix)
    #expect(
      pythonJSON(.map(merged))
        == #"{"a": {"x": 1, "y": 3}, "j": {"k": 1, "m": [1]}, "l": ["p", "Q"], "lit": "a,b", "n": "2"}"#)

    let bad = UserValueFlags(valueFiles: [GoMap(["a": .string("s")])], values: ["a.b=1"])
    #expect(
      throws: SetParserError(
        "failed parsing --set data: unable to parse key: interface conversion: interface {} is string, not map[string]interface {}"
      )
    ) {
      _ = try bad.merge(fileReader: { _ in .null }, jsonDecoder: SetParser.decodeJSONPrefix)
    }
    let badJSON = UserValueFlags(jsonValues: ["a=x"])
    #expect(throws: SetParserError("failed parsing --set-json data a=x")) {
      _ = try badJSON.merge(fileReader: { _ in .null }, jsonDecoder: SetParser.decodeJSONPrefix)
    }
    let badObject = UserValueFlags(jsonValues: [" {\"a\": 1} x"])
    #expect(throws: SetParserError("failed parsing --set-json data JSON:  {\"a\": 1} x")) {
      _ = try badObject.merge(fileReader: { _ in .null }, jsonDecoder: SetParser.decodeJSONPrefix)
    }
  }

  @Test(arguments: [
    ("1,b=2", 1), ("  \"x,y\" ,b", 7), ("{\"a\":[1,\"]\"]}x", 13), ("-0.5e+3 ", 7), ("true,", 4),
    ("null", 4), ("[]", 2), ("0123", 1),
  ])
  func jsonPrefixExtent(_ text: String, _ consumed: Int) throws {
    #expect(try SetParser.decodeJSONPrefix(text).1 == consumed)
  }

  @Test(arguments: ["tru", "1.", "1e", "-", "{\"a\":1", "\"x", "x", "", "trux"])
  func jsonPrefixErrors(_ text: String) {
    #expect(throws: (any Error).self) { _ = try SetParser.decodeJSONPrefix(text) }
  }
}
