import Testing
import Values

@testable import YAML

/// Inputs that must neither crash nor hang.
struct ReaderLimitsTests {
  @Test func deepNestingIsReadOrRejected() {
    let depth = 1_500
    let text = "a: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
    #expect((try? ValuesReader.read(text)) != nil)
    let deeper = "a: " + String(repeating: "[", count: 20_000) + "\n"
    // Oracle: `yaml: exceeded max depth of 10000` (no line on line 1).
    #expect(
      throws: YAMLError(
        "cannot unmarshal yaml document: error converting YAML to JSON: yaml: exceeded max depth of 10000",
        line: 1)
    ) {
      try ValuesReader.read(deeper)
    }
  }

  @Test func billionLaughsIsRejected() {
    var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
    for i in 1..<9 {
      let refs = Array(repeating: "*a\(i - 1)", count: 10).joined(separator: ", ")
      text += "a\(i): &a\(i) [\(refs)]\n"
    }
    // Oracle (fromYaml): `error converting YAML to JSON: yaml: document contains excessive aliasing`.
    #expect(throws: YAMLError("error converting YAML to JSON: yaml: document contains excessive aliasing")) {
      try YAMLReader.unmarshalMap(text)
    }
  }

  @Test func wideMapsStayFast() throws {
    var text = ""
    for i in 0..<5_000 { text += "k\(i): \(i)\n" }
    let v = try ValuesReader.read(text)
    #expect(v.mapValue?.count == 5_000)
    #expect(YAMLWriter.toYaml(v)?.isEmpty == false)
  }
}

/// Where errors point in multi-document values files.
struct ValuesErrorLineTests {
  @Test func laterDocumentErrorKeepsRelativeMessageAndAbsoluteLine() {
    // Oracle (reader-cases `err-colon-later-doc`): the message says `line 2`.
    do {
      _ = try ValuesReader.read("a: 1\n---\nx: 1\ny: z: 2\n")
      Issue.record("expected an error")
    } catch let e as YAMLError {
      #expect(
        e.message
          == "cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 2: mapping values are not allowed in this context"
      )
      #expect(e.line == 4)
    } catch {
      Issue.record("unexpected \(error)")
    }
  }

  @Test func separatorErrorLine() {
    #expect(throws: YAMLError("error reading yaml document: invalid Yaml document separator: foo", line: 2)) {
      try ValuesReader.read("a: 1\n---foo\n")
    }
  }
}
