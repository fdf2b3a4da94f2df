import Foundation
import Template
import Testing
import Validation
import Values

/// The template source map: which template line wrote each part of a rendered file
/// (the chart-level flow is tested in CheckingTests).
struct SourceMapTests {
  @Test func positionsInTextActionsAndDefinitions() throws {
    let set = TemplateSet()
    let text =
      "{{- define \"lbl\" }}\nx: 1\ny: {{ .b }}\n{{- end }}\na: {{ .a }}\n\nc: 3\n{{- template \"lbl\" . }}\nz: {{ .missing }}{{ .a }}\n"
    try set.parse(name: "t.yaml", text: text)
    let (output, map) = try set.executeRecordingSourceMap(
      name: "t.yaml", data: .map(GoMap(["a": .string("A"), "b": .string("B")])))
    #expect(
      try output == set.execute(name: "t.yaml", data: .map(GoMap(["a": .string("A"), "b": .string("B")]))))
    let bytes = Array(output.utf8)
    func lineOf(_ needle: String) -> Int? {
      guard let r = output.range(of: needle) else { return nil }
      return map.position(
        ofOutputOffset: output.utf8.distance(from: output.startIndex, to: r.lowerBound), in: bytes)?.line
    }
    #expect(lineOf("a: ") == 5)
    #expect(lineOf("A") == 5)
    #expect(lineOf("c: 3") == 7)
    #expect(lineOf("x: 1") == 2)
    #expect(lineOf("y: ") == 3)
    #expect(lineOf("B") == 3)
    #expect(lineOf("z: ") == 9)
    // after Helm deletes `<no value>`, the map still points at the right line
    let stripped = NoValueStripping.strip(output)
    let shifted = map.removingOccurrences(of: Array(NoValueStripping.marker.utf8), from: bytes)
    let sBytes = Array(stripped.utf8)
    let r = try #require(stripped.range(of: "z: A"))
    let offset = stripped.utf8.distance(from: stripped.startIndex, to: r.lowerBound) + 3
    #expect(shifted.position(ofOutputOffset: offset, in: sBytes)?.line == 9)
    #expect(shifted.position(ofOutputOffset: offset, in: sBytes)?.file == "t.yaml")
  }
}
