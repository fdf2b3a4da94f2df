import Foundation
import Testing
import Validation

/// Each broken manifest is caught with the right JSON path, rule and file:line.
struct BrokenManifestTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var file: String
    var strict = false
    var resource: String
    var path: String
    var keyword: String
    var location: String
    var testDescription: String { file }
  }

  static let cases: [Case] = [
    Case(
      file: "broken/misspelled-field.yaml", strict: true, resource: "Deployment/shop/web", path: "/spec",
      keyword: "additionalProperties", location: "broken/misspelled-field.yaml:7"),
    Case(
      file: "broken/wrong-type.yaml", resource: "Deployment/web", path: "/spec/replicas", keyword: "type",
      location: "broken/wrong-type.yaml:6"),
    Case(
      file: "broken/missing-required.yaml", resource: "Pod/lonely", path: "/spec/containers/0",
      keyword: "required", location: "broken/missing-required.yaml:7"),
    Case(
      file: "broken/bad-enum.yaml", resource: "Certificate/shop/web-tls", path: "/spec/privateKey/algorithm",
      keyword: "enum", location: "broken/bad-enum.yaml:14"),
    Case(
      file: "broken/crd-object.yaml", resource: "ServiceMonitor/monitoring/web",
      path: "/spec/endpoints/0/scrapeTimeout", keyword: "type", location: "broken/crd-object.yaml:13"),
  ]

  @Test(arguments: cases)
  func caught(_ c: Case) async throws {
    let results = try await Fixtures.validate([c.file], strict: c.strict)
    #expect(results.count == 1)
    let r = try #require(results.first)
    #expect(r.status == .invalid)
    #expect(r.resourceName == c.resource)
    #expect(r.errors.map(\.path) == [c.path])
    #expect(r.errors.first?.keyword == c.keyword)
    #expect(r.errors.first?.sourceLocation == c.location)
  }

  @Test func misspelledFieldIsAcceptedWithoutStrict() async throws {
    let results = try await Fixtures.validate(["broken/misspelled-field.yaml"])
    #expect(results.map(\.status) == [.valid])
  }

  @Test func wrongAPIVersionIsAnError() async throws {
    let results = try await Fixtures.validate(["broken/wrong-apiversion.yaml"])
    #expect(results.map(\.status) == [.error])
    #expect(
      results.first?.errors.first?.message
        == "could not find schema for Deployment (apps/v2) in Kubernetes v1.36.0")
  }

  @Test func crdInTheStreamValidatesItsCustomResources() async throws {
    let results = try await Fixtures.validate(["broken/crd-in-stream.yaml"])
    #expect(results.map(\.status) == [.valid, .invalid])
    #expect(results.last?.errors.map(\.path) == ["/spec/size"])
    #expect(results.last?.errors.first?.keyword == "enum")
    #expect(results.last?.errors.first?.sourceLocation == "broken/crd-in-stream.yaml:33")
  }

  @Test func validStreamPasses() async throws {
    let results = try await Fixtures.validate(["valid-stream.yaml"])
    #expect(results.map(\.status) == [.valid, .valid])
    #expect(
      ManifestSummary(results)
        == {
          var s = ManifestSummary([]); s.files = 1; s.resources = 2; s.valid = 2; return s
        }())
  }

  @Test func syntaxErrorIsAnErrorResult() async throws {
    let validator = ManifestValidator(registry: Fixtures.registry())
    let manifests = LocatedManifest.read(ManifestInput(name: "bad.yaml", text: "a: [\n"))
    let results = await ManifestStreamValidation(validator: validator).validate(manifests)
    #expect(results.map(\.status) == [.error])
  }

  @Test func skipAndIgnoreMissingSchemas() async throws {
    var options = ManifestValidationOptions(kubeVersion: "v1.36.0")
    options.skipKinds = ["ServiceMonitor"]
    options.ignoreMissingSchemas = true
    let validator = ManifestValidator(registry: Fixtures.registry(), options: options)
    let manifests = try ["broken/crd-object.yaml", "broken/wrong-apiversion.yaml"].flatMap {
      LocatedManifest.read(try Fixtures.input($0))
    }
    let results = await ManifestStreamValidation(validator: validator).validate(manifests)
    #expect(results.map(\.status) == [.skipped, .skipped])
  }
}

/// `--schema-location`: kubeconform-named schema files for kinds chartc does not bundle.
struct SchemaLocationTests {
  @Test func extraFolderSchemasAreUsed() async throws {
    let registry = SchemaRegistry(
      directory: Fixtures.schemas, schemaLocations: [Fixtures.data.appendingPathComponent("schema-location")])
    let validator = ManifestValidator(registry: registry)
    let manifests = LocatedManifest.read(try Fixtures.input("gadget.yaml"))
    let results = await ManifestStreamValidation(validator: validator).validate(manifests)
    #expect(results.map(\.status) == [.invalid])
    #expect(results.first?.errors.map(\.path) == ["/spec/count"])
    #expect(results.first?.errors.first?.sourceLocation == "gadget.yaml:6")
  }

  @Test func withoutTheFolderTheKindIsUnknown() async throws {
    let results = try await Fixtures.validate(["gadget.yaml"])
    #expect(results.map(\.status) == [.error])
  }
}
