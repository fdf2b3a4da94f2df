import ArgumentParser
import Charts
import Checking
import Foundation
import Validation

/// Flags shared by `chartc validate` and `chartc render --validate` (kubeconform's).
struct ManifestValidationFlags: ParsableArguments {
  @Flag(
    name: .customLong("strict"), help: "Refuse fields the schema does not declare (additional properties).")
  var strict = false

  @Flag(
    name: .customLong("ignore-missing-schemas"),
    help: "Skip resources whose kind has no schema instead of failing them.")
  var ignoreMissingSchemas = false

  @Option(
    name: .customLong("skip"),
    help: "Kinds to skip: Kind or apiVersion/Kind (can specify multiple or separate with commas).")
  var skip: [String] = []

  @Option(
    name: .customLong("schema-location"),
    help: "Folder of extra schemas, named as kubeconform names them (can specify multiple).")
  var schemaLocations: [String] = []

  /// A registry over the bundled schemas and the `--schema-location` folders.
  func makeRegistry() throws -> SchemaRegistry {
    guard
      let bundled = SchemaRegistry.locateBundledDirectory(
        override: ProcessInfo.processInfo.environment["CHARTC_SCHEMAS"],
        executablePath: CommandLine.arguments.first)
    else {
      throw CommandFailure("cannot find chartc's bundled schemas (set CHARTC_SCHEMAS to the schemas/ folder)")
    }
    return SchemaRegistry(
      directory: bundled, schemaLocations: schemaLocations.map { URL(fileURLWithPath: $0, isDirectory: true) }
    )
  }

  func makeOptions(kubeVersion: String) -> ManifestValidationOptions {
    ManifestValidationOptions(
      kubeVersion: kubeVersion, strict: strict, ignoreMissingSchemas: ignoreMissingSchemas,
      skipKinds: Set(skip.flatMap { $0.split(separator: ",").map(String.init) }))
  }
}

/// `chartc validate [FILE...|DIR|-]`: validates Kubernetes manifests against the schemas of
/// their kinds, like kubeconform; `chartc validate --schema FILE [DOC...|-]` validates any
/// YAML or JSON documents against one JSON schema, like check-jsonschema.
struct ValidateCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Validate Kubernetes manifests (or any documents, with --schema) against JSON schemas.",
    discussion: """
      Without --schema, every document of the inputs is validated against the schema of its apiVersion/kind for --kube-version, from the bundled Kubernetes and CRD schemas, the --schema-location folders and the CustomResourceDefinitions found in the inputs. Each error names the resource, the JSON path, the failing rule and the file:line of the field.

      With --schema FILE, every document (each document of a multi-document stream) is validated against that one schema.

      Reads standard input when no file is given or the file is '-'. Exits 1 when anything is invalid or could not be validated.
      """
  )

  @Argument(help: "Manifest files, folders (their .yaml, .yml and .json files) or '-' for standard input.")
  var inputs: [String] = []

  @Option(
    name: .customLong("schema"), help: "Validate every document against this JSON (or YAML) schema instead.")
  var schema: String?

  @Option(name: .customLong("kube-version"), help: "Kubernetes version whose schemas are used.")
  var kubeVersion: String = "v1.36.0"

  @OptionGroup var flags: ManifestValidationFlags

  @Option(name: [.customShort("o"), .customLong("output")], help: "Report format: text, json, junit or tap.")
  var output: ValidationOutputFormat = .text

  @Flag(
    name: [.customShort("v"), .customLong("verbose")],
    help: "Also list valid and skipped resources (text output).")
  var verbose = false

  func run() async throws {
    let paths = inputs.isEmpty ? ["-"] : inputs
    let sources: [ManifestInput]
    do {
      sources = try ManifestInput.collect(paths: paths) {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
      }
    } catch {
      throw CommandFailure("\(error)")
    }
    if let schema {
      try runSchemaMode(schemaPath: schema, sources: sources)
      return
    }
    let registry = try flags.makeRegistry()
    let validator = ManifestValidator(
      registry: registry, options: flags.makeOptions(kubeVersion: kubeVersion))
    let manifests = await LocatedManifest.read(sources)
    let results = await ManifestStreamValidation(validator: validator).validate(manifests)
    StandardOutput.write(output.format.render(results, verbose: verbose))
    let summary = ManifestSummary(results)
    if summary.invalid > 0 || summary.errors > 0 { throw ExitCode.failure }
  }

  func runSchemaMode(schemaPath: String, sources: [ManifestInput]) throws {
    let compiled: CompiledSchema
    do {
      compiled = try SchemaFileValidation.compile(path: schemaPath)
    } catch {
      throw CommandFailure("\(error)")
    }
    let named = sources.map { ManifestInput(name: $0.name == "stdin" ? "-" : $0.name, text: $0.text) }
    let results = SchemaFileValidation.validate(named, against: compiled)
    switch output {
    case .json: StandardOutput.write(SchemaDocumentReport.json(results))
    case .text: StandardOutput.write(SchemaDocumentReport.text(results))
    case .junit, .tap:
      throw CommandFailure("--schema supports --output text or json")
    }
    if results.contains(where: { !$0.isValid }) { throw ExitCode.failure }
  }
}

/// `--output` of `chartc validate`.
enum ValidationOutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text, json, junit, tap

  var format: ManifestReportFormat { ManifestReportFormat(rawValue: rawValue) ?? .text }
}

extension ManifestValidationFlags {
  /// `chartc render --validate`: validates `release` against the schemas of its Kubernetes
  /// version; returns the text report (each error at its template line), empty when valid.
  func validate(_ release: RenderedRelease) async throws -> String {
    let validation = ReleaseValidation(
      registry: try makeRegistry(), options: makeOptions(kubeVersion: release.kubeVersion))
    let results = await validation.validate(release)
    let summary = ManifestSummary(results)
    guard summary.invalid > 0 || summary.errors > 0 else { return "" }
    return ManifestReportFormat.text.render(results)
  }
}
