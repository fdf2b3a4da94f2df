import Testing
import Values

@testable import Functions
@testable import GoLib

/// Direct checks of the encoder's and parser's building blocks (outputs from the oracle).
struct TOMLEncoderTests {
  @Test func floatsUseShortestGFormWithPointAdded() {
    #expect(TOMLEncoder.formatFloat(3) == "3.0")
    #expect(TOMLEncoder.formatFloat(1e6) == "1e+06")
    #expect(TOMLEncoder.formatFloat(123_456) == "123456.0")
    #expect(TOMLEncoder.formatFloat(1e-5) == "1e-05")
    #expect(TOMLEncoder.formatFloat(-.infinity) == "-inf")
    #expect(TOMLEncoder.formatFloat(.nan) == "nan")
  }

  @Test func keysAreQuotedUnlessBare() {
    #expect(TOMLEncoder.keyString(["a", "b c", "", "é"]) == "a.\"b c\".\"\".\"é\"")
  }

  @Test func nilDocumentIsAGoPanic() {
    #expect(throws: TOMLEncodeFailure.panic("reflect: call of reflect.Value.Type on zero Value")) {
      try TOMLEncoder.encode(.null)
    }
  }

  @Test func nestedTablesAreIndented() throws {
    let inner = GoMap(["c": .int(1)])
    let doc = GoMap(["a": .string("x"), "b": .map(GoMap(["d": .map(inner)]))])
    #expect(try TOMLEncoder.encode(.map(doc)) == "a = \"x\"\n\n[b]\n  [b.d]\n    c = 1\n")
  }

  @Test func parseErrorsNameLineAndLastKey() {
    #expect(throws: TOMLParseError(line: 2, lastKey: "a", message: "Key 'a' has already been defined.")) {
      try TOMLParser.parse("a = 1\na = 2")
    }
  }

  @Test func deepNestingIsAnErrorNotACrash() {
    let deep = "a = " + String(repeating: "[", count: 100_000)
    #expect(throws: TOMLParseError.self) { try TOMLParser.parse(deep) }
  }
}
