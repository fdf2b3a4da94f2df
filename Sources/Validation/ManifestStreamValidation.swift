import Values
import YAML

/// Validates located documents (`chartc validate`, `chartc render --validate`) and places
/// each error: `locate` turns a document and the error's position in its stream (1-based
/// line and column) into `file:line` text.
public struct ManifestStreamValidation: Sendable {
  public let validator: ManifestValidator

  public init(validator: ManifestValidator) {
    self.validator = validator
  }

  /// Results in input order; unreadable documents become `error` results. The documents
  /// are validated concurrently.
  public func validate(
    _ manifests: [LocatedManifest],
    locate: @Sendable (LocatedManifest, Mark) -> String? = { m, mark in "\(m.resource.source):\(mark.line)" }
  ) async -> [ManifestResult] {
    let readable = manifests.filter { $0.readError == nil }
    return results(
      of: manifests, validated: await validator.validate(readable.map(\.resource)), locate: locate)
  }

  /// `validate(_:locate:)` one document after another on the calling thread, for callers
  /// that validate many inputs side by side: each input's documents are read, validated and
  /// freed by the thread that holds them.
  public func validateInPlace(
    _ manifests: [LocatedManifest],
    locate: (LocatedManifest, Mark) -> String? = { m, mark in "\(m.resource.source):\(mark.line)" }
  ) -> [ManifestResult] {
    let readable = manifests.filter { $0.readError == nil }.map(\.resource)
    if validator.options.useCRDsFromInput { validator.registerCRDs(in: readable) }
    return results(of: manifests, validated: readable.map { validator.validate($0) }, locate: locate)
  }

  /// The results of `manifests` in order, from those of their readable documents.
  private func results(
    of manifests: [LocatedManifest], validated: [ManifestResult], locate: (LocatedManifest, Mark) -> String?
  ) -> [ManifestResult] {
    var validated = validated[...]
    var results: [ManifestResult] = []
    results.reserveCapacity(manifests.count)
    for m in manifests {
      if let problem = m.readError {
        results.append(
          ManifestResult(
            source: m.resource.source, documentIndex: m.resource.documentIndex, apiVersion: "", kind: "",
            name: "", namespace: "", status: .error,
            errors: [ManifestError(path: "", keyword: "yaml", message: problem)]))
        continue
      }
      guard var r = validated.popFirst() else { break }
      if !r.errors.isEmpty, let document = m.document {
        for i in r.errors.indices {
          if let mark = ManifestErrorLocator.mark(of: r.errors[i], in: document) {
            r.errors[i].sourceLocation = locate(m, mark)
          }
        }
      }
      results.append(r)
    }
    return results
  }
}
