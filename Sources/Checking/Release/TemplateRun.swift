import Charts
import GoLib
import Template

/// `chartc render` (`helm template`) as one library call: load the chart, attach its missing
/// `file://` dependencies when asked, render it (decoding the objects with their template
/// places when they are to be validated), and on a failure of the render stage keep what
/// `--debug` prints.
public struct TemplateRun: Sendable {
  public var request: RenderRequest
  public var layout: CheckingPipeline.OutputLayout
  /// `--dependency-update`: resolve `file://` dependencies missing from `charts/`.
  public var resolveLocalDependencies = false
  /// Decode the rendered objects with their places (`--validate`).
  public var decodeObjects = false
  /// `--debug`: on a render-stage failure, what Helm prints on stdout.
  public var debugOutputOnFailure = false

  public init(request: RenderRequest, layout: CheckingPipeline.OutputLayout) {
    self.request = request
    self.layout = layout
  }

  /// What one run produced.
  public struct Output: Sendable {
    /// Template path → rendered text.
    public var files: [String: String]
    public var manifests: ManifestOutput
    public var warnings: [String]
    /// The decoded release, when `decodeObjects`.
    public var release: RenderedRelease?
  }

  /// A failed run: the error, and with `debugOutputOnFailure` the partial output Helm's
  /// `--debug` prints when the render stage failed.
  public struct Failure: Error, Sendable {
    public let error: any Error
    public let debugOutput: String?
  }

  public func run(pipeline: CheckingPipeline = CheckingPipeline()) throws(Failure) -> Output {
    var chart: Chart?
    do {
      var loaded = try LargeStack.run { try ChartLoader.load(path: request.chartPath) }
      if resolveLocalDependencies {
        loaded = try LocalDependencyUpdate.resolve(loaded, chartPath: request.chartPath)
      }
      chart = loaded
      ExitTeardown.keep(loaded)
      if decodeObjects {
        let release = try pipeline.render(request, loaded: loaded, layout: layout)
        return Output(
          files: release.files, manifests: release.output, warnings: release.warnings, release: release)
      }
      let rendered = try LargeStack.run {
        try ChartRenderer(engine: pipeline.engine).render(
          chart: loaded, userValues: try UserValues.load(request), request: request,
          outputDir: layout.outputDir, useReleaseName: layout.useReleaseName)
      }
      return Output(
        files: rendered.files, manifests: rendered.output, warnings: rendered.warnings, release: nil)
    } catch {
      var debugOutput: String?
      if debugOutputOnFailure, let chart, let render = error as? RenderError, render.isRenderStage {
        debugOutput = RenderDebugOutput.text(chart: chart, request: request)
      }
      throw Failure(error: error, debugOutput: debugOutput)
    }
  }
}
