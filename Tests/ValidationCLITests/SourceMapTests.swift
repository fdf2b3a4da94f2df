import Charts
import Foundation
import Template
import Testing
import Validation
import Values

/// The template source map: which template line wrote each part of a rendered file.
struct SourceMapTests {
  static let chartPath = Fixtures.data.appendingPathComponent("chart").path

  @Test func recordingLeavesTheOutputUnchanged() throws {
    let plain = try ChartRenderer().render(RenderRequest(chartPath: Self.chartPath))
    var engine = RenderEngine()
    engine.sourceMaps = RenderSourceMaps()
    let mapped = try ChartRenderer(engine: engine).render(RenderRequest(chartPath: Self.chartPath))
    #expect(plain.files == mapped.files)
    #expect(plain.output.stdout == mapped.output.stdout)
  }

  @Test func errorsNameTheTemplateLine() async throws {
    let request = RenderRequest(chartPath: Self.chartPath)
    var engine = RenderEngine()
    let maps = RenderSourceMaps()
    engine.sourceMaps = maps
    let result = try ChartRenderer(engine: engine).render(request)
    let bytes = result.files.mapValues { Array($0.utf8) }
    let locator = RenderedStreamLocator(stream: result.output.stdout, files: result.files) { file, offset in
      guard let b = bytes[file], let found = maps[file]?.position(ofOutputOffset: offset, in: b) else {
        return nil
      }
      return (found.file, found.line)
    }
    let registry = Fixtures.registry()
    for m in LocatedManifest.read(try Fixtures.input("chart/crds/widget.yaml")) {
      registry.addCRD(m.resource.object)
    }
    let manifests = LocatedManifest.read(ManifestInput(name: "<stdout>", text: result.output.stdout))
    let results = await ManifestStreamValidation(validator: ManifestValidator(registry: registry)).validate(
      manifests
    ) {
      _, mark in locator.location(line: mark.line, column: mark.column)
    }
    let found = results.flatMap { r in r.errors.map { "\($0.path) \($0.sourceLocation ?? "-")" } }
    #expect(
      found == [
        "/data/extra shop/templates/service.yaml:17",
        "/spec/replicas shop/templates/deployment.yaml:9",
        "/spec/template/spec/containers/0/ports/0/containerPort shop/templates/deployment.yaml:22",
        "/spec/size shop/templates/widget.yaml:6",
      ])
  }

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
