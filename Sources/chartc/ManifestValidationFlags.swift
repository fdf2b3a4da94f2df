import Charts
import Checking
import Foundation
import GoLib
import Validation

/// Flags shared by `chartc validate` and `chartc render --validate` (kubeconform's).
struct ManifestValidationFlags {
  /// The flags, as declared to the parser.
  enum Option {
    static let strict = OptionSpec.flag(
      "strict", help: "Refuse fields the schema does not declare (additional properties).")
    static let ignoreMissingSchemas = OptionSpec.flag(
      "ignore-missing-schemas", help: "Skip resources whose kind has no schema instead of failing them.")
    static let skip = OptionSpec.repeatable(
      "skip", help: "Kinds to skip: Kind or apiVersion/Kind (can specify multiple or separate with commas).")
    static let reject = OptionSpec.repeatable(
      "reject",
      help: "Kinds to reject: Kind or apiVersion/Kind (can specify multiple or separate with commas).")
  }

  static let options =
    [Option.strict, Option.ignoreMissingSchemas, Option.skip, Option.reject] + SchemaLocationFlags.options

  var strict: Bool
  var ignoreMissingSchemas: Bool
  var skip: [String]
  var reject: [String]
  var locations: SchemaLocationFlags

  init(_ parsed: ParsedArguments) {
    strict = parsed.flag(Option.strict)
    ignoreMissingSchemas = parsed.flag(Option.ignoreMissingSchemas)
    skip = parsed.values(Option.skip)
    reject = parsed.values(Option.reject)
    locations = SchemaLocationFlags(parsed)
  }

  var schemaLocations: [String] { locations.schemaLocations }

  func makeRegistry() throws -> SchemaRegistry { try locations.makeRegistry() }

  /// Refuses, once, a Kubernetes version with no bundled schemas (unless other schema
  /// folders are given), naming the versions that are bundled.
  func checkKubeVersion(_ kubeVersion: String, in registry: SchemaRegistry) throws {
    guard schemaLocations.isEmpty, registry.resolveVersion(kubeVersion) == nil else { return }
    let bundled = registry.kubernetesVersions.map { "v" + $0 }
    throw CommandFailure(
      "no bundled Kubernetes schemas for version \(kubeVersion): chartc bundles \(bundled.joined(separator: ", ")); choose one of them with --kube-version or give schemas with --schema-location"
    )
  }

  func makeOptions(kubeVersion: String) -> ManifestValidationOptions {
    ManifestValidationOptions(
      kubeVersion: kubeVersion, strict: strict, ignoreMissingSchemas: ignoreMissingSchemas,
      skipKinds: Set(skip.flatMap { $0.split(separator: ",").map(String.init) }))
  }

  /// kubeconform's `-reject`: resources of a rejected kind fail, whatever their schema says.
  func rejecting(_ results: [ManifestResult]) -> [ManifestResult] {
    let kinds = Set(reject.flatMap { $0.split(separator: ",").map(String.init) })
    guard !kinds.isEmpty else { return results }
    return results.map { result in
      guard result.status != .empty,
        kinds.contains(result.kind) || kinds.contains("\(result.apiVersion)/\(result.kind)")
      else { return result }
      var rejected = result
      rejected.status = .error
      rejected.errors = [
        ManifestError(path: "", keyword: "reject", message: "prohibited resource kind \(result.kind)")
      ]
      return rejected
    }
  }
}

extension ManifestValidationFlags {
  /// Releases of up to this many objects are validated on the calling thread: threads cost
  /// more than they save on a few objects (kibana: 70 context switches against 5).
  static let objectsValidatedInPlace = 48

  /// `chartc render --validate`: `release` validated against the schemas of its Kubernetes
  /// version; the text report (each error at its template line), empty when valid.
  func validate(_ release: RenderedRelease) throws -> String {
    let registry = try prepare(kubeVersion: release.kubeVersion)
    let validation = ReleaseValidation(
      registry: registry, options: makeOptions(kubeVersion: release.kubeVersion))
    let results: [ManifestResult]
    if release.objects.count <= Self.objectsValidatedInPlace {
      results = validation.validateInPlace(release)
    } else {
      results = try BlockingTask.run { await validation.validate(release) }
    }
    ExitTeardown.keep(results)
    return failureReport(results)
  }

  /// `chartc render --validate --post-renderer ...`: the stream the post-renderer printed
  /// (what is actually applied) validated; the text report, empty when valid.
  func validate(stream: String, kubeVersion: String) async throws -> String {
    let registry = try prepare(kubeVersion: kubeVersion)
    let validator = ManifestValidator(registry: registry, options: makeOptions(kubeVersion: kubeVersion))
    let manifests = LocatedManifest.read(ManifestInput(name: "post-renderer output", text: stream))
    return failureReport(await ManifestStreamValidation(validator: validator).validate(manifests))
  }

  private func prepare(kubeVersion: String) throws -> SchemaRegistry {
    let registry = try makeRegistry()
    ExitTeardown.keep(registry)
    try checkKubeVersion(kubeVersion, in: registry)
    return registry
  }

  private func failureReport(_ results: [ManifestResult]) -> String {
    let results = rejecting(results)
    let summary = ManifestSummary(results)
    guard summary.invalid > 0 || summary.errors > 0 else { return "" }
    return ManifestReportFormat.text.render(results)
  }
}
