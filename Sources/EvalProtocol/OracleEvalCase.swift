import Charts
import Values

/// One case of the `helm-oracle eval` protocol: a template rendered in a minimal chart
/// (`oracle` 0.1.0, appVersion "1.0") with optional chart values, user values and helpers.
/// `chartc eval` and the conformance suite both run cases through this type, which uses
/// the same loader and engine as `chartc render`.
public struct OracleEvalCase: Sendable {
  public var id: Value
  public var template: String
  /// User values (JSON: every number a float64).
  public var values: GoMap
  /// Raw `values.yaml` text of the chart.
  public var chartValues: String
  /// Raw `templates/_helpers.tpl`; empty means no helpers file.
  public var helpers: String
  public var release: String
  public var namespace: String

  /// Reads a case from its JSON object.
  public init(json: Value) throws {
    guard case .map(let m) = json else { throw RenderError("eval case is not a JSON object") }
    id = m["id"] ?? .null
    guard case .string(let template)? = m["template"] else {
      throw RenderError("eval case has no \"template\" string")
    }
    self.template = template
    if case .map(let v)? = m["values"] { values = v } else { values = GoMap() }
    chartValues = m["chart_values"]?.stringValue ?? ""
    helpers = m["helpers"]?.stringValue ?? ""
    release = m["release"]?.stringValue ?? "rel"
    namespace = m["namespace"]?.stringValue ?? "ns"
  }

  /// The chart's files, as the oracle writes them.
  public var chartFiles: [ChartFile] {
    var files = [
      ChartFile(
        name: "Chart.yaml",
        data: Array("apiVersion: v2\nname: oracle\nversion: 0.1.0\nappVersion: \"1.0\"\n".utf8)),
      ChartFile(name: "values.yaml", data: Array(chartValues.utf8)),
      ChartFile(name: "templates/t.yaml", data: Array(template.utf8)),
    ]
    if !helpers.isEmpty { files.append(ChartFile(name: "templates/_helpers.tpl", data: Array(helpers.utf8))) }
    return files
  }

  /// The rendered `templates/t.yaml`, or Helm's error text.
  public func run(with renderer: ChartRenderer) -> Result<String, RenderFailure> {
    do {
      let chart = try ChartLoader.load(files: chartFiles)
      var request = RenderRequest(chartPath: "oracle")
      request.releaseName = release
      request.namespace = namespace
      let rendered = try renderer.renderTemplates(chart: chart, userValues: values, request: request)
      // The oracle reads Helm's output as text: bytes that are not UTF-8 become U+FFFD.
      let output = rendered.files["oracle/templates/t.yaml"] ?? ""
      return .success(String(decoding: GoByteString.bytes(output), as: UTF8.self))
    } catch {
      return .failure(RenderFailure("\(error)"))
    }
  }
}
