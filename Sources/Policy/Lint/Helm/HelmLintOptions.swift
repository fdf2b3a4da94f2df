import Charts
import Values

/// A render to lint instead of Helm's own lint-mode render: the loaded chart and the
/// engine's files of a render that succeeded (with its own release name and namespace).
public struct HelmLintRender: Sendable {
  public let chart: Chart
  public let files: [String: String]

  public init(chart: Chart, files: [String: String]) {
    self.chart = chart
    self.files = files
  }
}

/// The inputs of one `helm lint` run besides the chart: user values (the merged `-f`/`--set`
/// flags), namespace, target Kubernetes version and the flags that change severities.
public struct HelmLintOptions: Sendable {
  /// The merged user values (`values.Options.MergeValues`), not the chart's own.
  public var values: GoMap
  public var namespace: String
  /// `--kube-version`, as given (nil: Helm's default capabilities).
  public var kubeVersion: String?
  /// `--strict`: warnings fail the chart too.
  public var strict: Bool
  /// `--skip-schema-validation`.
  public var skipSchemaValidation: Bool
  /// When set, the template rules read this render instead of rendering in lint mode as
  /// `test-release` (the matrix lints what it deploys).
  public var render: HelmLintRender? = nil

  public init(
    values: GoMap = GoMap(), namespace: String = "default", kubeVersion: String? = nil, strict: Bool = false,
    skipSchemaValidation: Bool = false
  ) {
    self.values = values
    self.namespace = namespace
    self.kubeVersion = kubeVersion
    self.strict = strict
    self.skipSchemaValidation = skipSchemaValidation
  }
}
