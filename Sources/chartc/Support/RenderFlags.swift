import Charts

/// The flags that shape one render of a chart, shared by the commands that render a chart
/// given on the command line (`render`, `lint`, `budget`): Helm's value flags, namespace and
/// Kubernetes version, `--api-versions`, `--is-upgrade` and `--skip-schema-validation`.
struct RenderFlags {
  /// The flags, as declared to the parser.
  enum Option {
    static let apiVersions = OptionSpec.repeatable(
      "api-versions", short: "a",
      help: "Kubernetes api versions used for Capabilities.APIVersions (multiple can be specified).")
    static let isUpgrade = OptionSpec.flag(
      "is-upgrade", help: "Set .Release.IsUpgrade instead of .Release.IsInstall.")
    static let skipSchemaValidation = OptionSpec.flag(
      "skip-schema-validation", help: "Disable JSON schema validation.")
  }

  static let options =
    ValueFlags.options + [Option.apiVersions, Option.isUpgrade, Option.skipSchemaValidation]

  var valueFlags: ValueFlags
  var apiVersions: [String]
  var isUpgrade: Bool
  var skipSchemaValidation: Bool

  init(_ parsed: ParsedArguments) {
    valueFlags = ValueFlags(parsed)
    apiVersions = parsed.values(Option.apiVersions)
    isUpgrade = parsed.flag(Option.isUpgrade)
    skipSchemaValidation = parsed.flag(Option.skipSchemaValidation)
  }

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
