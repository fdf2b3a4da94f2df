import Charts
import Validation
import YAML

/// Validates a render's objects against the Kubernetes and CRD schemas of its target
/// version, each error placed at the template line that wrote the field. The chart's own
/// CRDs (`crds/` of the chart and its subcharts) are added to the registry first.
public struct ReleaseValidation: Sendable {
  public let registry: SchemaRegistry
  public let options: ManifestValidationOptions

  public init(registry: SchemaRegistry, options: ManifestValidationOptions) {
    self.registry = registry
    self.options = options
  }

  /// One result per object of `release`, in stream order; the objects are validated
  /// concurrently.
  public func validate(_ release: RenderedRelease) async -> [ManifestResult] {
    let validation = prepare(release)
    return await validation.validate(manifests(of: release)) { _, mark in
      release.location(line: mark.line, column: mark.column) ?? "<stdout>:\(mark.line)"
    }
  }

  /// `validate(_:)` one object after another on the calling thread: for a release of a few
  /// objects, starting threads costs more than it saves.
  public func validateInPlace(_ release: RenderedRelease) -> [ManifestResult] {
    let validation = prepare(release)
    return validation.validateInPlace(manifests(of: release)) { _, mark in
      release.location(line: mark.line, column: mark.column) ?? "<stdout>:\(mark.line)"
    }
  }

  /// Registers the chart's own CRDs; the validation of the objects.
  private func prepare(_ release: RenderedRelease) -> ManifestStreamValidation {
    for crd in release.crdFiles {
      for m in LocatedManifest.read(ManifestInput(name: crd.name, text: crd.text)) where m.readError == nil {
        registry.addCRD(m.resource.object)
      }
    }
    return ManifestStreamValidation(validator: ManifestValidator(registry: registry, options: options))
  }

  /// The objects of `release` as located documents (their nodes read only to place an error).
  private func manifests(of release: RenderedRelease) -> [LocatedManifest] {
    release.objects.map { object in
      LocatedManifest(
        resource: ManifestResource(
          source: object.template, documentIndex: object.index, object: object.value),
        readError: object.readError, nodes: { object.document })
    }
  }

  /// The results as findings (rule `schema`): one per error, at the template line of the field.
  public static func findings(_ results: [ManifestResult], in release: RenderedRelease) -> [Finding] {
    var findings: [Finding] = []
    for result in results where result.status == .invalid || result.status == .error {
      let object = release.objects.first { $0.index == result.documentIndex }
      for error in result.errors {
        findings.append(
          Finding(
            rule: "schema", severity: .error, message: error.message, object: object?.reference,
            path: error.path.isEmpty ? nil : error.path,
            place: object.flatMap { $0.place(ofPointer: error.path) }))
      }
    }
    return findings
  }
}
