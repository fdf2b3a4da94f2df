import Foundation
import Testing
import Validation
import Values
import YAML

/// Every object the product charts render, in every environment, validates against the
/// bundled schemas of its target Kubernetes version in strict mode (no unknown fields);
/// custom resources (Istio, ServiceMonitor, cert-manager) against the bundled CRD schemas.
@Suite struct GoldenValidationTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  @Test func everyGoldenObjectIsValidInStrictMode() throws {
    let schemas = Self.root.appendingPathComponent("schemas")
    let registry = SchemaRegistry(directory: schemas)
    let validator = ManifestValidator(
      registry: registry, options: ManifestValidationOptions(kubeVersion: "1.36.0", strict: true))
    let goldenDir = Self.root.appendingPathComponent("golden")
    var checked = 0
    for chart in try FileManager.default.contentsOfDirectory(atPath: goldenDir.path).sorted() {
      let chartDir = goldenDir.appendingPathComponent(chart)
      for file in try FileManager.default.contentsOfDirectory(atPath: chartDir.path).sorted()
      where file.hasSuffix(".yaml") {
        let text = try String(contentsOf: chartDir.appendingPathComponent(file), encoding: .utf8)
        for (index, document) in try ManifestReader.read(text).enumerated() {
          let object = try document.value()
          if case .null = object { continue }
          let result = validator.validate(
            ManifestResource(source: "golden/\(chart)/\(file)", documentIndex: index, object: object))
          checked += 1
          #expect(
            result.status == .valid,
            "golden/\(chart)/\(file) \(result.kind)/\(result.name): \(result.errors.map { "\($0.path): \($0.message)" })"
          )
        }
      }
    }
    #expect(checked > 300, "only \(checked) objects found")
    print("[golden] \(checked) rendered objects valid in strict mode")
  }
}
