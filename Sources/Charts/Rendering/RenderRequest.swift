/// Everything one `chartc render` needs, as plain data: the chart, the value sources in the
/// order given, the release and the cluster capabilities. The CLI builds it from flags.
public struct RenderRequest: Sendable {
  /// A chart directory or `.tgz` archive.
  public var chartPath: String
  public var releaseName: String = "release-name"
  public var namespace: String = "default"
  public var isUpgrade: Bool = false
  /// `-f/--values` files in order (`-` stands for `standardInput`).
  public var valueFiles: [String] = []
  /// What `-f -` reads: the command line reads standard input and hands the bytes over
  /// (the library never reads it).
  public var standardInput: [UInt8]? = nil
  /// `--set`-family expressions, each tagged with its flag; Helm applies them flag by flag
  /// in a fixed order (`--set-json`, `--set`, `--set-string`, `--set-file`, `--set-literal`).
  public var valueExpressions: [ValueExpression] = []
  public var kubeVersion: String?
  public var extraAPIVersions: [String] = []
  public var includeCRDs: Bool = false
  public var skipTests: Bool = false
  public var noHooks: Bool = false
  public var skipSchemaValidation: Bool = false
  /// `--show-only` patterns.
  public var showOnly: [String] = []

  public init(chartPath: String) { self.chartPath = chartPath }
}

/// One `--set`-family flag occurrence.
public struct ValueExpression: Sendable, Equatable {
  /// The flag that carried it.
  public enum Kind: String, Sendable, CaseIterable {
    case json = "set-json"
    case set = "set"
    case string = "set-string"
    case file = "set-file"
    case literal = "set-literal"
  }

  public var kind: Kind
  public var text: String

  public init(_ kind: Kind, _ text: String) {
    self.kind = kind
    self.text = text
  }
}
