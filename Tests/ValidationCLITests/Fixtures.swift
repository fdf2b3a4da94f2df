import Foundation
import Validation

/// Paths of the test data and a registry over the bundled schemas.
enum Fixtures {
  static let data: URL = Bundle.module.resourceURL!.appendingPathComponent("Data")

  /// The package's `schemas/` folder.
  static let schemas: URL = {
    var dir = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { dir = dir.deletingLastPathComponent() }
    return dir.appendingPathComponent("schemas")
  }()

  static func registry() -> SchemaRegistry { SchemaRegistry(directory: schemas) }

  static func input(_ relative: String) throws -> ManifestInput {
    let url = data.appendingPathComponent(relative)
    return ManifestInput(name: relative, text: try String(contentsOf: url, encoding: .utf8))
  }

  /// Validates the data files `relative` as `chartc validate` does.
  static func validate(_ relative: [String], strict: Bool = false) async throws -> [ManifestResult] {
    let validator = ManifestValidator(
      registry: registry(), options: ManifestValidationOptions(kubeVersion: "v1.36.0", strict: strict))
    let manifests = try relative.flatMap { LocatedManifest.read(try input($0)) }
    return await ManifestStreamValidation(validator: validator).validate(manifests)
  }
}
