import ArgumentParser
import Charts

/// The flags that shape one render of a chart, shared by the commands that render a chart
/// given on the command line (`render`, `lint`, `budget`): Helm's value flags, namespace and
/// Kubernetes version, `--api-versions`, `--is-upgrade` and `--skip-schema-validation`.
struct RenderFlags: ParsableArguments {
  @OptionGroup var valueFlags: ValueFlags

  @Option(
    name: [.customShort("a"), .customLong("api-versions")],
    help: "Kubernetes api versions used for Capabilities.APIVersions (multiple can be specified).")
  var apiVersions: [String] = []

  @Flag(name: .customLong("is-upgrade"), help: "Set .Release.IsUpgrade instead of .Release.IsInstall.")
  var isUpgrade = false

  @Flag(name: .customLong("skip-schema-validation"), help: "Disable JSON schema validation.")
  var skipSchemaValidation = false

  /// Fills the request's values, namespace, Kubernetes version and capabilities.
  func apply(to request: inout RenderRequest) {
    valueFlags.apply(to: &request)
    request.isUpgrade = isUpgrade
    request.extraAPIVersions = apiVersions.flatMap { $0.split(separator: ",").map(String.init) }
    request.skipSchemaValidation = skipSchemaValidation
  }

  /// A request for the chart at `chartPath` with these flags.
  func request(chartPath: String) -> RenderRequest {
    var request = RenderRequest(chartPath: chartPath)
    apply(to: &request)
    return request
  }
}
