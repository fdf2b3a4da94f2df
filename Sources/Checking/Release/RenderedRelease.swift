import Charts
import Foundation
import Validation
import Values
import YAML

/// Everything one render produced, in the form every check consumes: Helm's output, the
/// engine's files, and each rendered object with the template place of its fields.
public struct RenderedRelease: Sendable {
  /// What was rendered (chart path, release, namespace, values, Kubernetes version).
  public let request: RenderRequest
  /// The chart as loaded, before dependency processing (for checks of the chart itself).
  public let chart: Chart
  /// Helm's engine output: template path → rendered text (partials excluded).
  public let files: [String: String]
  /// The assembled `helm template` output: stdout text and `--output-dir` writes.
  public let output: ManifestOutput
  /// Warnings Helm would log (coalescing, dependency conditions).
  public let warnings: [String]
  /// Every document of the manifest stream, in order (hooks and tests included).
  public let objects: [RenderedObject]
  /// Why the stream could not be read as YAML, when it could not (then `objects` is empty).
  public let streamReadError: String?
  let places: TemplatePlaces

  /// The manifest stream as `helm template` prints it (what `--output-dir` wrote, joined,
  /// when the output went to files).
  public var stream: String {
    output.writes.isEmpty ? output.stdout : output.writes.map(\.content).joined()
  }

  /// The Kubernetes version the render targeted (`v1.36.0` when the request names none).
  public var kubeVersion: String { request.kubeVersion ?? KubeVersion.helmDefault.version }

  /// The objects that are applied as the release (no hooks, no tests).
  public var releaseObjects: [RenderedObject] { objects.filter { !$0.isHook } }

  /// CRD files of the chart and its subcharts (`crds/`), whatever `--include-crds` says.
  public var crdFiles: [ChartFile] { Self.crdFiles(of: chart) }

  private static func crdFiles(of chart: Chart) -> [ChartFile] {
    chart.crdFiles + chart.dependencies.flatMap { crdFiles(of: $0) }
  }

  /// `file:line` text for a stream position, as reports print it.
  public func location(line: Int, column: Int) -> String? {
    places.location(line: line, column: column)
  }

  init(
    request: RenderRequest, chart: Chart, rendered: ChartRenderer.Result, sourceMaps: RenderSourceMaps?
  ) {
    self.request = request
    self.chart = chart
    files = rendered.files
    output = rendered.output
    warnings = rendered.warnings
    let stream =
      rendered.output.writes.isEmpty ? rendered.output.stdout : rendered.output.writes.map(\.content).joined()
    let places = TemplatePlaces(stream: stream, files: rendered.files, sourceMaps: sourceMaps)
    self.places = places
    let decoded = StreamObjects(stream: stream, places: places, namespace: request.namespace)
    objects = decoded.objects
    streamReadError = decoded.readError
  }
}
