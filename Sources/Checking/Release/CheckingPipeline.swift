import Charts
import Template
import Values

/// The one flow every check stands on: load a chart, render it as `helm template` does,
/// and decode the output into objects whose fields lead back to their template lines, in
/// one pass. Validation, golden files, budgets, lint and diff all consume its result.
public struct CheckingPipeline: Sendable {
  /// The engine every render of this pipeline shares (parsed templates are cached in it).
  public let engine: RenderEngine

  public init(engine: RenderEngine = RenderEngine()) {
    self.engine = engine
  }

  /// Where `helm template` writes: stdout (the default) or `--output-dir`.
  public struct OutputLayout: Sendable {
    public var outputDir: String?
    public var useReleaseName: Bool
    public init(outputDir: String? = nil, useReleaseName: Bool = false) {
      self.outputDir = outputDir
      self.useReleaseName = useReleaseName
    }
  }

  /// Renders `request` and decodes its output. Throws the render's error as Helm words it;
  /// a document that renders but does not decode is kept with its `readError`.
  public func render(_ request: RenderRequest, layout: OutputLayout = OutputLayout()) throws
    -> RenderedRelease
  {
    try LargeStack.run {
      try render(request, loaded: try ChartLoader.load(path: request.chartPath), layout: layout)
    }
  }

  /// Renders `request` over a chart already loaded (e.g. with dependencies resolved by the
  /// caller); `loaded` itself is not changed.
  public func render(_ request: RenderRequest, loaded: Chart, layout: OutputLayout = OutputLayout()) throws
    -> RenderedRelease
  {
    try LargeStack.run {
      let userValues = try UserValues.load(request)
      var engine = self.engine
      let maps = RenderSourceMaps()
      engine.sourceMaps = maps
      let rendered = try ChartRenderer(engine: engine).render(
        chart: loaded, userValues: userValues, request: request, outputDir: layout.outputDir,
        useReleaseName: layout.useReleaseName)
      return RenderedRelease(request: request, chart: loaded, rendered: rendered, sourceMaps: maps)
    }
  }
}
