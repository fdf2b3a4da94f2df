import Foundation
import GoLib
import Template
import Validation
import Values
import YAML

/// `helm template` as a library call: load the chart, layer the values, process
/// dependencies, render, and assemble Helm's output. Nothing here prints or exits.
public struct ChartRenderer: Sendable {
  public let engine: RenderEngine

  public init(engine: RenderEngine = RenderEngine()) {
    self.engine = engine
  }

  /// What one render produced.
  public struct Result: Sendable {
    /// Helm's engine output: template path → rendered text (what `--output json` prints).
    public var files: [String: String]
    /// The assembled `helm template` output (stdout text and `--output-dir` writes).
    public var output: ManifestOutput
    /// Warnings Helm would log (coalescing, dependency conditions).
    public var warnings: [String]
  }

  /// Runs the whole `helm template` pipeline for `request`.
  public func render(_ request: RenderRequest, outputDir: String? = nil, useReleaseName: Bool = false) throws
    -> Result
  {
    let chart = try ChartLoader.load(path: request.chartPath)
    let userValues = try UserValues.load(request)
    return try render(
      chart: chart, userValues: userValues, request: request, outputDir: outputDir,
      useReleaseName: useReleaseName)
  }

  /// The pipeline from a loaded chart and merged user values on.
  public func render(
    chart: Chart, userValues: GoMap, request: RenderRequest, outputDir: String? = nil,
    useReleaseName: Bool = false
  ) throws -> Result {
    try checkInstallable(chart: chart, request: request)
    let prepared = try prepare(chart: chart, userValues: userValues, request: request)
    let files = try engine.render(chart: prepared.chart, top: prepared.top)
    let output = try assemble(
      chart: prepared.chart, files: files, request: request, outputDir: outputDir,
      useReleaseName: useReleaseName)
    ExitTeardown.keep(prepared.chart)
    ExitTeardown.keep(prepared.top)
    ExitTeardown.keep(userValues)
    return Result(files: files, output: output, warnings: prepared.warnings)
  }

  /// What `helm template` refuses before rendering: library charts, dependencies missing
  /// from `charts/`, invalid release names.
  public func checkInstallable(chart: Chart, request: RenderRequest) throws {
    if chart.metadata.isLibrary { throw RenderError("library charts are not installable") }
    try DependencyCheck.requireLoaded(chart)
    if let failure = ReleaseName.checkFailure(request.releaseName) { throw RenderError(failure) }
  }

  /// Helm's output assembly (sorting, framing, hooks) over the engine's output.
  public func assemble(
    chart: Chart, files: [String: String], request: RenderRequest, outputDir: String? = nil,
    useReleaseName: Bool = false
  ) throws -> ManifestOutput {
    var options = ManifestOutputOptions()
    options.includeCRDs = request.includeCRDs
    options.crds = request.includeCRDs ? ChartRenderer.crds(of: chart) : []
    options.skipTests = request.skipTests
    options.noHooks = request.noHooks
    options.showOnly = request.showOnly
    options.outputDir = outputDir
    options.useReleaseName = useReleaseName
    options.releaseName = request.releaseName
    do {
      return try ManifestAssembler.assemble(
        files: files, options: options, decode: { try DecodedDocumentCache.decode($0) },
        fileExists: { FileManager.default.fileExists(atPath: $0) })
    } catch {
      throw RenderError(error.description, isRenderStage: true)
    }
  }

  /// Helm's engine render (what `helm-oracle template --format json` and `eval` return):
  /// dependencies processed, values coalesced and checked against the schemas, the
  /// Kubernetes version checked, every template executed.
  public func renderTemplates(chart: Chart, userValues: GoMap, request: RenderRequest) throws
    -> (files: [String: String], warnings: [String])
  {
    let prepared = try prepare(chart: chart, userValues: userValues, request: request)
    return (try engine.render(chart: prepared.chart, top: prepared.top), prepared.warnings)
  }

  /// Everything before the engine runs: dependencies processed,
  /// values coalesced and checked against the schemas, the Kubernetes version checked, and
  /// the top-level data (`Values`, `Release`, `Capabilities`) built. Returns the processed
  /// chart (disabled subcharts removed, aliases applied); `chart` itself is left as loaded.
  /// `checkingKubeVersion: false` skips the chart's `kubeVersion` constraint (`helm lint`
  /// renders without it).
  public func prepare(
    chart loaded: Chart, userValues: GoMap, request: RenderRequest, checkingKubeVersion: Bool = true
  ) throws -> (chart: Chart, top: GoMap, warnings: [String]) {
    let processed = try DependencyProcessing.process(loaded, userValues: userValues)
    let chart = processed.chart
    var warnings = processed.warnings
    let coalesced = try ValueCoalescing.coalesce(chart: chart.coalescingTree(), userValues: userValues)
    warnings += coalesced.warnings
    let values = coalesced.values
    values.goTypeName = "common.Values"
    if !request.skipSchemaValidation {
      try ValuesSchemaCheck.validate(chart: chart, values: values)
    }

    var capabilities = Capabilities()
    if let kube = request.kubeVersion { capabilities.kubeVersion = try KubeVersion.parse(kube) }
    capabilities.apiVersions.versions += request.extraAPIVersions
    if checkingKubeVersion { try KubeVersionCheck.check(chart, against: capabilities.kubeVersion) }

    let top = GoMap(goTypeName: "common.Values")
    top["Values"] = .map(values)
    top["Release"] = ReleaseObject.make(
      name: request.releaseName, namespace: request.namespace, isUpgrade: request.isUpgrade)
    top["Capabilities"] = .object(capabilities)
    return (chart, top, warnings)
  }

  /// CRD files of the chart then its enabled subcharts, recursively (Helm's `CRDObjects`).
  static func crds(of chart: Chart) -> [ChartCRDFile] {
    var out = chart.crdFiles.map { ChartCRDFile(filename: chart.fullPath + "/" + $0.name, content: $0.text) }
    for child in chart.dependencies { out += crds(of: child) }
    return out
  }
}
