import Charts
import Checking
import Foundation
import GoLib
import Template
import Validation

/// `chartc validate [FILE...|DIR|-]`: validates Kubernetes manifests against the schemas of
/// their kinds, like kubeconform; `--schema FILE [DOC...|-]` validates any YAML or JSON
/// documents against one JSON schema; `--values CHART [-f FILE]... [--set ...]` validates a
/// chart's merged values against its `values.schema.json`.
struct ValidateCommand: AsynchronousCommand {
  /// The options of validate itself, as declared to the parser.
  enum Option {
    static let schema = OptionSpec.single(
      "schema", help: "Validate every document against this JSON (or YAML) schema instead."
    ).completingPaths
    static let values = OptionSpec.single(
      "values", valueName: "CHART",
      help: "Validate the merged values of this chart against its values.schema.json."
    ).completingPaths
    static let valueFiles = OptionSpec.repeatable(
      nil, short: "f", valueName: "FILE",
      help: "With --values: a values file merged over the chart's values (can specify multiple)."
    ).completingPaths
    static let kubeVersion = OptionSpec.single(
      "kube-version", help: "Kubernetes version whose schemas are used.", default: "v1.36.0")
    static let ignoreFilenamePattern = OptionSpec.repeatable(
      "ignore-filename-pattern",
      help: "A regular expression: input files whose path matches it are ignored (can specify multiple).")
    static let output = OptionSpec.single(
      "output", short: "o", help: "Report format: text, json, junit or tap.",
      values: .choice(ValidationOutputFormat.allCases.map(\.rawValue), listed: true), default: "text")
    static let verbose = OptionSpec.flag(
      "verbose", short: "v", help: "Also list valid and skipped resources (text output).")
  }

  static let spec = CommandSpec(
    name: "validate",
    abstract:
      "Validate Kubernetes manifests, documents (--schema) or a chart's values (--values) against JSON schemas.",
    usage: """
      chartc validate [FILE...|DIR|-] [--kube-version V] [--strict] [-o text|json|junit|tap]
        chartc validate --schema SCHEMA [DOC...|-]
        chartc validate --values CHART [-f FILE]... [--set ...]
      """,
    discussion: """
      Without --schema or --values, every document of the inputs is validated against the schema of its apiVersion/kind for --kube-version, from the bundled Kubernetes and CRD schemas, the --schema-location folders and the CustomResourceDefinitions found in the inputs. Each error names the resource, the JSON path, the failing rule and the file:line of the field.

      With --schema FILE, every document (each document of a multi-document stream) is validated against that one schema.

      With --values CHART, the chart's values.yaml, the -f files and the --set expressions are merged as Helm merges them, and the result is validated against the values.schema.json of the chart and of each enabled subchart; each error names the file and line (or the --set expression) that gave the offending value.

      Reads standard input when no file is given or the file is '-'. Every --output format works in every mode. Exits 1 when anything is invalid or could not be validated.
      """,
    arguments: [
      ArgumentSpec(
        valueName: "FILE",
        help: "Manifest files, folders (their .yaml, .yml and .json files) or '-' for standard input.",
        repeating: true)
    ],
    options: [Option.schema, Option.values, Option.valueFiles]
      + SetFlags.options.titled("Values (with --values)")
      + [Option.kubeVersion, Option.ignoreFilenamePattern] + ManifestValidationFlags.options
      + [Option.output, Option.verbose] + ColorFlag.options,
    start: start
  )

  var inputs: [String]
  var schema: String?
  var valuesChart: String?
  var valueFiles: [String]
  var setFlags: SetFlags
  var kubeVersion: String
  var ignoreFilenamePatterns: [String]
  var flags: ManifestValidationFlags
  var output: ValidationOutputFormat
  var verbose: Bool
  var color: ColorFlag

  init(_ parsed: ParsedArguments) throws {
    inputs = parsed.positionals
    schema = parsed.value(Option.schema)
    valuesChart = parsed.value(Option.values)
    valueFiles = parsed.values(Option.valueFiles)
    setFlags = SetFlags(parsed)
    kubeVersion = parsed.value(Option.kubeVersion) ?? "v1.36.0"
    ignoreFilenamePatterns = parsed.values(Option.ignoreFilenamePattern)
    flags = ManifestValidationFlags(parsed)
    output = parsed.choice(Option.output, default: .text)
    verbose = parsed.flag(Option.verbose)
    color = ColorFlag(parsed)
    try validate()
  }

  func validate() throws {
    if schema != nil && valuesChart != nil {
      throw CommandFailure("--schema and --values cannot be combined")
    }
    if valuesChart != nil && !inputs.isEmpty {
      throw CommandFailure(
        "--values takes the chart as its value; give values files with -f, not as arguments")
    }
    if valuesChart == nil && (!valueFiles.isEmpty || !setFlags.expressions.isEmpty) {
      throw CommandFailure("-f and --set apply to --values CHART")
    }
  }

  func run() async throws {
    // One validation, then exit: its schemas and results are left to the system.
    ExitTeardown.leaveToExit()
    // the inputs are read into this thread's heap (the corpus render: 38 MB)
    HeapHugePages.adviseCallingThread()
    if let valuesChart {
      let results: [ManifestResult]
      do {
        results = try ChartValuesValidation.validate(
          chartPath: valuesChart, valueFiles: valueFiles, expressions: setFlags.expressions)
      } catch {
        throw CommandFailure.from(error)
      }
      return try report(results)
    }
    let paths = inputs.isEmpty ? ["-"] : inputs
    var sources: [ManifestInput]
    do {
      sources = try ManifestInput.collect(paths: paths) {
        String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
      }
      sources = try FilenameFilter(patterns: ignoreFilenamePatterns).keep(sources)
    } catch {
      throw CommandFailure("\(error)")
    }
    if let schema {
      try runSchemaMode(schemaPath: schema, sources: sources)
      return
    }
    let registry = try flags.makeRegistry()
    try flags.checkKubeVersion(kubeVersion, in: registry)
    let validator = ManifestValidator(
      registry: registry, options: flags.makeOptions(kubeVersion: kubeVersion))
    let results = flags.rejecting(try await Self.validate(sources, with: validator))
    ExitTeardown.keep(validator)
    ExitTeardown.keep(results)
    try report(results)
  }

  /// The results of every input, in input order. The inputs are read and validated a few at
  /// a time, so only the documents of those in flight are held (the corpus renders without
  /// CRDs, 10 MB: 87 → 62 MB resident, 16,800 → 9,800 page faults). The
  /// CustomResourceDefinitions among all the inputs are registered first, as when every
  /// document is read before any is validated: the inputs that may hold one are read ahead
  /// and kept until the job that validates each takes them (with the corpus CRD renders, 28
  /// of its 38 MB, the saving is smaller: 207 → 185 MB).
  static func validate(_ sources: [ManifestInput], with validator: ManifestValidator) async throws
    -> [ManifestResult]
  {
    let readAhead = ReadAheadManifests(
      validator.options.useCRDsFromInput ? try await readCRDsAhead(sources, into: validator) : [:])
    var options = validator.options
    options.useCRDsFromInput = false
    let stream = ManifestStreamValidation(
      validator: ManifestValidator(registry: validator.registry, options: options))
    // each input read (unless read ahead), validated and freed on one thread
    return try await LargeStack.map(count: sources.count, width: ProcessorCount.active) { i in
      stream.validateInPlace(readAhead.take(i) ?? LocatedManifest.read(sources[i]))
    }.flatMap { $0 }
  }

  /// The documents of the inputs that may hold a CustomResourceDefinition, by input index,
  /// their CRDs registered with `validator`.
  static func readCRDsAhead(_ sources: [ManifestInput], into validator: ManifestValidator) async throws
    -> [Int: [LocatedManifest]]
  {
    let candidates = sources.indices.filter { mayDefineCRDs(sources[$0].text) }
    let read = try await Self.read(candidates.map { sources[$0] })
    validator.registerCRDs(in: read.joined().filter { $0.readError == nil }.map(\.resource))
    return Dictionary(uniqueKeysWithValues: zip(candidates, read))
  }

  /// Whether a text may hold a CustomResourceDefinition: its kind written out, or an escape
  /// that could spell it (`\x`, `\u`, `\U`, or a line joined by `\` in double quotes).
  static func mayDefineCRDs(_ text: String) -> Bool {
    if ByteSearch.offset(of: "CustomResourceDefinition", in: text) != nil { return true }
    guard ByteSearch.offset(of: "\\", in: text) != nil else { return false }
    return ["\\x", "\\u", "\\U", "\\\n", "\\\r"].contains { ByteSearch.offset(of: $0, in: text) != nil }
  }

  /// Every document of each input, read on the large-stack threads side by side: a
  /// document nested thousands of levels deep (go-yaml allows 10,000) recurses deeper than a
  /// task's thread stack allows.
  static func read(_ sources: [ManifestInput]) async throws -> [[LocatedManifest]] {
    try await LargeStack.map(count: sources.count, width: ProcessorCount.active) {
      LocatedManifest.read(sources[$0])
    }
  }

  /// Prints `results` in the chosen format and exits 1 when any is invalid or failed.
  func report(_ results: [ManifestResult]) throws {
    let text = output.format.render(results, verbose: verbose)
    StandardOutput.write(output == .text ? ReportPainting.validation(text, style: color.color.style()) : text)
    let summary = ManifestSummary(results)
    if summary.invalid > 0 || summary.errors > 0 { throw ExitStatus.failure }
  }

  func runSchemaMode(schemaPath: String, sources: [ManifestInput]) throws {
    let compiled: CompiledSchema
    do {
      compiled = try SchemaFileValidation.compile(path: schemaPath)
    } catch {
      throw CommandFailure("\(error)")
    }
    let named = sources.map { ManifestInput(name: $0.name == "stdin" ? "-" : $0.name, text: $0.text) }
    if output == .json {
      let results = try LargeStack.run { SchemaFileValidation.validate(named, against: compiled) }
      StandardOutput.write(SchemaDocumentReport.json(results))
      if results.contains(where: { !$0.isValid }) { throw ExitStatus.failure }
      return
    }
    try report(try LargeStack.run { SchemaDocumentValidation.validate(named, against: compiled) })
  }
}

/// `--output` of `chartc validate`.
enum ValidationOutputFormat: String, CaseIterable {
  case text, json, junit, tap

  var format: ManifestReportFormat { ManifestReportFormat(rawValue: rawValue) ?? .text }
}
