import Charts
import Checking
import Foundation
import Testing
import Validation

/// One render through the checking pipeline: the manifests, the decoded objects, and the
/// template line behind every field, from a single render.
struct RenderedReleaseTests {
  static let data: URL = Bundle.module.resourceURL!.appendingPathComponent("Data")
  static let chartPath = data.appendingPathComponent("chart").path
  static let schemas = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("schemas")

  @Test func theStreamIsExactlyWhatRenderPrints() throws {
    let request = RenderRequest(chartPath: Self.chartPath)
    let plain = try ChartRenderer().render(request)
    let release = try CheckingPipeline().render(request)
    #expect(release.output == plain.output)
    #expect(release.files == plain.files)
    #expect(release.stream == plain.output.stdout)
  }

  @Test func everyDocumentIsDecodedWithItsIdentity() throws {
    let release = try CheckingPipeline().render(RenderRequest(chartPath: Self.chartPath))
    #expect(
      release.objects.map(\.reference.description) == [
        "ConfigMap/default/release-name-settings", "Service/default/release-name-web",
        "Deployment/default/release-name-web", "Widget/default/release-name-widget",
      ])
    #expect(
      release.objects.map(\.template) == [
        "shop/templates/service.yaml", "shop/templates/service.yaml", "shop/templates/deployment.yaml",
        "shop/templates/widget.yaml",
      ])
    #expect(release.objects.allSatisfy { $0.readError == nil && !$0.isHook })
    #expect(release.crdFiles.map(\.name) == ["crds/widget.yaml"])
  }

  @Test func fieldsLeadBackToTheirTemplateLines() throws {
    let release = try CheckingPipeline().render(RenderRequest(chartPath: Self.chartPath))
    let deployment = try #require(release.objects.first { $0.kind == "Deployment" })
    #expect(deployment.place(ofPointer: "/spec/replicas")?.description == "shop/templates/deployment.yaml:9")
    #expect(
      deployment.place(ofPointer: "/spec/template/spec/containers/0/ports/0/containerPort")?.description
        == "shop/templates/deployment.yaml:22")
    // an absent field is placed at its nearest enclosing field
    #expect(deployment.place(ofPointer: "/spec/replicas/nothing")?.line == 9)
  }

  @Test func validationPlacesEachErrorAtItsTemplateLine() async throws {
    let release = try CheckingPipeline().render(RenderRequest(chartPath: Self.chartPath))
    let validation = ReleaseValidation(
      registry: SchemaRegistry(directory: Self.schemas),
      options: ManifestValidationOptions(kubeVersion: "v1.36.0"))
    let results = await validation.validate(release)
    let found = results.flatMap { r in
      r.errors.map { "\(r.resourceName) \($0.path) \($0.sourceLocation ?? "-")" }
    }
    #expect(
      found == [
        "ConfigMap/release-name-settings /data/extra shop/templates/service.yaml:17",
        "Deployment/release-name-web /spec/replicas shop/templates/deployment.yaml:9",
        "Deployment/release-name-web /spec/template/spec/containers/0/ports/0/containerPort shop/templates/deployment.yaml:22",
        "Widget/release-name-widget /spec/size shop/templates/widget.yaml:6",
      ])
    #expect(results.filter { $0.status == .valid }.map(\.kind) == ["Service"])
    // one object after another on this thread: the same results, placed the same way
    let inPlace = ReleaseValidation(
      registry: SchemaRegistry(directory: Self.schemas),
      options: ManifestValidationOptions(kubeVersion: "v1.36.0")
    ).validateInPlace(release)
    #expect(
      inPlace.map {
        "\($0.resourceName) \($0.status) \($0.errors.map { "\($0.path) \($0.sourceLocation ?? "-")" })"
      }
        == results.map {
          "\($0.resourceName) \($0.status) \($0.errors.map { "\($0.path) \($0.sourceLocation ?? "-")" })"
        })
    let findings = ReleaseValidation.findings(results, in: release)
    #expect(findings.count == 4)
    #expect(findings.allSatisfy { $0.rule == "schema" && $0.severity == .error })
    #expect(
      findings.map { $0.place?.description ?? "-" } == [
        "shop/templates/service.yaml:17", "shop/templates/deployment.yaml:9",
        "shop/templates/deployment.yaml:22",
        "shop/templates/widget.yaml:6",
      ])
  }
}
