import GoLib
import Testing
import Values

@testable import YAML

/// Unsupported values: results confirmed with helm-oracle (`mustToYaml`/`toYaml`/`toYamlPretty`
/// of `float64 "NaN"`, `-Inf` and a DEL character).
struct YAMLWriterErrorTests {
  @Test func nanAndInfinity() {
    let m = Value.map(["a": .float(.nan)])
    #expect(YAMLWriter.toYaml(m) == nil)
    #expect(throws: YAMLError("error marshaling into JSON: json: unsupported value: NaN")) {
      try YAMLWriter.marshal(m)
    }
    #expect(
      YAMLWriter.toYamlPretty(.map(["a": .float(.nan), "b": .float(-.infinity)])) == "a: .nan\nb: -.inf")
  }

  @Test func controlCharactersRejectedByTheJSONDetour() {
    let m = Value.map(["a": .string("x\u{7f}y")])
    #expect(YAMLWriter.toYaml(m) == nil)
    #expect(throws: YAMLError("yaml: control characters are not allowed")) { try YAMLWriter.marshal(m) }
  }

  @Test func typedValues() {
    // Template literals: ints and int64 print as integers; floats through JSON.
    #expect(
      YAMLWriter.toYaml(.map(["k": .int(42), "j": .int64(9_007_199_254_740_993), "f": .float(2)]))
        == "f: 2\nj: 9007199254740993\nk: 42")
    #expect(YAMLWriter.toYaml(TypedSlice.strings(["a", "b"])) == "- a\n- b")
    #expect(YAMLWriter.toYaml(TypedSlice.bytes([104, 105])) == "aGk=")
  }
}
