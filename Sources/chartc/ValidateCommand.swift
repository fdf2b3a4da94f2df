import ArgumentParser
import Charts
import Dispatch
import Foundation
import Template
import Validation
import YAML

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
    guard let bundled = SchemaRegistry.locateBundledDirectory() else {
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
struct ValidateCommand: ParsableCommand {
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

  func run() throws {
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
    let results = BlockingTask.run {
      let manifests = await LocatedManifest.read(sources)
      return await ManifestStreamValidation(validator: validator).validate(manifests)
    }
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

/// `chartc render --validate`: validates the assembled output stream and reports each
/// error with the template file and line that produced the field, on stderr.
enum RenderValidation {
  /// Validates `result`'s stream; returns false (after printing the report on stderr)
  /// when anything is invalid.
  static func check(
    result: ChartRenderer.Result, request: RenderRequest, flags: ManifestValidationFlags,
    sourceMaps: RenderedStreamLocator.TemplateResolver? = nil
  ) throws -> Bool {
    let registry = try flags.makeRegistry()
    if let chart = try? ChartLoader.load(path: request.chartPath) {
      for crd in crdFiles(of: chart) {
        for m in LocatedManifest.read(ManifestInput(name: crd.name, text: crd.text)) where m.readError == nil
        {
          registry.addCRD(m.resource.object)
        }
      }
    }
    let options = flags.makeOptions(kubeVersion: request.kubeVersion ?? "v1.36.0")
    let validator = ManifestValidator(registry: registry, options: options)
    // with --output-dir the stream went to files: validate what was written
    let stream =
      result.output.writes.isEmpty ? result.output.stdout : result.output.writes.map(\.content).joined()
    let locator = RenderedStreamLocator(stream: stream, files: result.files, resolver: sourceMaps)
    let manifests = LocatedManifest.read(ManifestInput(name: "<stdout>", text: stream)).map {
      m -> LocatedManifest in
      var m = m
      if let line = m.document?.startLine, let position = locator.renderedPosition(line: line) {
        m.resource.source = position.file
      }
      return m
    }
    let results = BlockingTask.run {
      await ManifestStreamValidation(validator: validator).validate(manifests) { _, mark in
        locator.location(line: mark.line, column: mark.column) ?? "<stdout>:\(mark.line)"
      }
    }
    let summary = ManifestSummary(results)
    guard summary.invalid > 0 || summary.errors > 0 else { return true }
    var report = results
    if sourceMaps == nil, let resolver = templateResolver(request: request, rendered: result.files) {
      // only when something is invalid: render again, recording where each byte came from
      let precise = RenderedStreamLocator(stream: stream, files: result.files, resolver: resolver)
      for (i, m) in manifests.enumerated() where i < report.count {
        guard let document = m.document else { continue }
        for j in report[i].errors.indices {
          if let mark = ManifestErrorLocator.mark(of: report[i].errors[j], in: document),
            let place = precise.location(line: mark.line, column: mark.column)
          {
            report[i].errors[j].sourceLocation = place
          }
        }
      }
    }
    FileHandle.standardError.write(Data(ManifestReportFormat.text.render(report).utf8))
    return false
  }

  /// Renders `request` again with source maps; resolves a rendered file offset to its
  /// template file and line when the file rendered the same both times.
  static func templateResolver(request: RenderRequest, rendered: [String: String])
    -> RenderedStreamLocator.TemplateResolver?
  {
    var engine = RenderEngine()
    let maps = RenderSourceMaps()
    engine.sourceMaps = maps
    guard let again = try? ChartRenderer(engine: engine).render(request) else { return nil }
    var bytes: [String: [UInt8]] = [:]
    for (path, text) in again.files where rendered[path] == text { bytes[path] = Array(text.utf8) }
    let output = bytes
    return { file, offset in
      guard let b = output[file], let map = maps[file],
        let found = map.position(ofOutputOffset: offset, in: b)
      else { return nil }
      return (found.file, found.line)
    }
  }

  static func crdFiles(of chart: Chart) -> [ChartFile] {
    chart.crdFiles + chart.dependencies.flatMap { crdFiles(of: $0) }
  }
}

/// Runs async work to completion from synchronous command code.
enum BlockingTask {
  final class Box<T>: @unchecked Sendable {
    var value: T?
  }

  static func run<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
    let box = Box<T>()
    let done = DispatchSemaphore(value: 0)
    Task.detached {
      box.value = await body()
      done.signal()
    }
    done.wait()
    return box.value!
  }
}
