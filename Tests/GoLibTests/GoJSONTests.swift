import GoLib
import Testing
import Values

/// `GoJSON` behaviours that template cases cannot reach: nesting limits, cycles, indentation
/// options and byte input.
@Suite struct GoJSONTests {
  @Test func nestingLimitMatchesGo() throws {
    let ok = String(repeating: "[", count: 10000) + String(repeating: "]", count: 10000)
    let v = try GoJSON.decode(ok)
    #expect(try GoJSON.encode(v).utf8.count == 20000)
    // Printing stops descending after 1000 levels (Go has no limit; no chart nests so deep).
    let printed = GoFormatter.formatV(v)
    #expect(printed.contains("[[[...]]]") && printed.utf8.count < 20000)
    let tooDeep = String(repeating: "{\"a\":", count: 10001) + "1" + String(repeating: "}", count: 10001)
    let e = #expect(throws: GoJSONError.self) { try GoJSON.decode(tooDeep) }
    #expect(e?.message == "invalid character '{' exceeded max depth")
  }

  @Test func cyclesAreErrorsNotCrashes() {
    let m = GoMap(["a": .int(1)])
    m["self"] = .list([.map(m)])
    #expect(throws: GoJSONError("json: unsupported value: encountered a cycle via map[string]interface {}")) {
      try GoJSON.encode(.map(m))
    }
    #expect(GoFormatter.formatV(.map(m)) == "map[a:1 self:[map[...]]]")
  }

  @Test func floatForm() throws {
    #expect(try GoJSON.formatFloat(1e6) == "1000000")
    #expect(try GoJSON.formatFloat(1e21) == "1e+21")
    #expect(try GoJSON.formatFloat(1e-7) == "1e-7")
    #expect(try GoJSON.formatFloat(-0.0) == "-0")
  }

  @Test func unsupportedFloats() {
    #expect(throws: GoJSONError("json: unsupported value: NaN")) { try GoJSON.encode(.float(.nan)) }
    #expect(throws: GoJSONError("json: unsupported value: -Inf")) {
      try GoJSON.encode(.list([.float(-.infinity)]))
    }
  }

  @Test func indentOptionsAndBytes() throws {
    let v = Value.map([
      "a": .list([.int(1), .emptyMap()]),
      "b": .object(TypedSlice(elementType: "uint8", items: [.int(104), .int(105)])),
    ])
    #expect(
      try GoJSON.encodeIndented(v, prefix: ">", indent: "\t")
        == "{\n>\t\"a\": [\n>\t\t1,\n>\t\t{}\n>\t],\n>\t\"b\": \"aGk=\"\n>}")
    #expect(try GoJSON.encode(.string("<\u{2028}>"), escapeHTML: false) == "\"<\\u2028>\"")
    let decoded = try GoJSON.decode(bytes: [0x22, 0x61, 0xFF, 0xE2, 0x82, 0x22])
    #expect(decoded.stringValue == "a\u{FFFD}\u{FFFD}\u{FFFD}")
  }
}
