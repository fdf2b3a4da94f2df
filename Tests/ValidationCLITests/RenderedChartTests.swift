import Charts
import Foundation
import Testing
import Validation

/// `chartc render --validate` on a small chart: each error names the template that
/// produced the field.
struct RenderedChartTests {
  /// Renders the test chart and validates its stream with the chart's CRDs, as the command does.
  static func validateChart() async throws -> [ManifestResult] {
    let chartPath = Fixtures.data.appendingPathComponent("chart").path
    let result = try ChartRenderer().render(RenderRequest(chartPath: chartPath))
    let registry = Fixtures.registry()
    for m in LocatedManifest.read(try Fixtures.input("chart/crds/widget.yaml")) {
      registry.addCRD(m.resource.object)
    }
    let validator = ManifestValidator(registry: registry)
    let locator = RenderedStreamLocator(stream: result.output.stdout, files: result.files)
    let manifests = LocatedManifest.read(ManifestInput(name: "<stdout>", text: result.output.stdout))
    return await ManifestStreamValidation(validator: validator).validate(manifests) { _, mark in
      locator.location(line: mark.line, column: mark.column)
    }
  }

  @Test func errorsNameTheRenderedFileAndLine() async throws {
    let results = try await Self.validateChart()
    let invalid = results.filter { $0.status == .invalid }
    let found = invalid.flatMap { r in
      r.errors.map { "\(r.resourceName) \($0.path) \($0.sourceLocation ?? "-")" }
    }
    #expect(
      found == [
        "ConfigMap/release-name-settings /data/extra shop/templates/service.yaml (rendered line 16)",
        "Deployment/release-name-web /spec/replicas shop/templates/deployment.yaml (rendered line 9)",
        "Deployment/release-name-web /spec/template/spec/containers/0/ports/0/containerPort shop/templates/deployment.yaml (rendered line 24)",
        "Widget/release-name-widget /spec/size shop/templates/widget.yaml (rendered line 6)",
      ])
    #expect(results.filter { $0.status == .valid }.map(\.kind) == ["Service"])
  }
}
