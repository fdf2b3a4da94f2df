import Foundation

/// `chartc validate --schema FILE` for the text, JUnit and TAP reports: each document
/// validated against the one schema, as a result with each error at its `file:line`.
public enum SchemaDocumentValidation {
  public static func validate(_ inputs: [ManifestInput], against schema: CompiledSchema) -> [ManifestResult] {
    var results: [ManifestResult] = []
    for input in inputs {
      for located in LocatedManifest.read(input) {
        let index = located.resource.documentIndex
        if let problem = located.readError {
          results.append(
            result(input.name, index, .error, [ManifestError(path: "", keyword: "yaml", message: problem)]))
          continue
        }
        var errors = schema.validate(located.resource.object).map {
          ManifestError(path: $0.instancePath, keyword: $0.keyword, message: $0.message)
        }
        if !errors.isEmpty, let document = located.document {
          for i in errors.indices {
            if let mark = ManifestErrorLocator.mark(of: errors[i], in: document) {
              errors[i].sourceLocation = "\(input.name):\(mark.line)"
            }
          }
        }
        results.append(result(input.name, index, errors.isEmpty ? .valid : .invalid, errors))
      }
    }
    return results
  }

  private static func result(
    _ source: String, _ index: Int, _ status: ManifestResult.Status, _ errors: [ManifestError]
  ) -> ManifestResult {
    ManifestResult(
      source: source, documentIndex: index, apiVersion: "", kind: "", name: "", namespace: "", status: status,
      errors: errors)
  }
}
