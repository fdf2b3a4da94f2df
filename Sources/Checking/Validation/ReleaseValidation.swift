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

  /// One result per object of `release`, in stream order.
  public func validate(_ release: RenderedRelease) async -> [ManifestResult] {
    for crd in release.crdFiles {
      for m in LocatedManifest.read(ManifestInput(name: crd.name, text: crd.text)) where m.readError == nil {
        registry.addCRD(m.resource.object)
      }
    }
    let manifests = release.objects.map { object in
      // the nodes are read only to place an error
      LocatedManifest(
        resource: ManifestResource(
          source: object.template, documentIndex: object.index, object: object.value),
        readError: object.readError, nodes: { object.document })
    }
    let validator = ManifestValidator(registry: registry, options: options)
    return await ManifestStreamValidation(validator: validator).validate(manifests) { _, mark in
      release.location(line: mark.line, column: mark.column) ?? "<stdout>:\(mark.line)"
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
