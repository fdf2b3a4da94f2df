/// One message of `helm lint`: a severity, the chart path it is about (`Chart.yaml`,
/// `templates/x.yaml`, ...) and Helm's text, exactly as Helm's `support.Message` holds them.
public struct HelmLintMessage: Sendable, Hashable {
  /// Helm's severities (`support.InfoSev`...), in Helm's numbering.
  public enum Level: Int, Sendable, Hashable, Comparable {
    case unknown = 0, info, warning, error

    /// `INFO`, `WARNING`, `ERROR` as `helm lint` prints them.
    public var label: String {
      switch self {
      case .unknown: "UNKNOWN"
      case .info: "INFO"
      case .warning: "WARNING"
      case .error: "ERROR"
      }
    }

    public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
  }

  /// The object a template message is about (`apiVersion`, `kind`, `name` as Helm's
  /// lint decoded them), to place it at its template line; not part of Helm's message.
  public var subject: HelmLintSubject?
  public var level: Level
  /// The chart-relative path Helm names (`Chart.yaml`, `values.yaml`, `templates/`, a
  /// template file), or the chart's absolute directory for dependency messages.
  public var path: String
  public var message: String

  public init(_ level: Level, _ path: String, _ message: String, subject: HelmLintSubject? = nil) {
    self.level = level
    self.path = path
    self.message = message
    self.subject = subject
  }

  /// `[WARNING] templates/x.yaml: message`, as `helm lint` prints a message.
  public var text: String { "[\(level.label)] \(path): \(message)" }
}

/// The object of a template message: what Helm's lint decoded of it.
public struct HelmLintSubject: Sendable, Hashable {
  public let apiVersion: String
  public let kind: String
  public let name: String
  /// Its position among the documents of its template (0-based).
  public let index: Int

}

/// What `helm lint` reports for a set of chart paths (Helm's `action.LintResult`).
public struct HelmLintResult: Sendable {
  /// Charts that could be linted at all.
  public var totalChartsLinted = 0
  public var messages: [HelmLintMessage] = []
  /// Messages at or above the failing severity (errors; warnings too with `--strict`), and
  /// charts that could not be linted.
  public var errors: [String] = []

  public init() {}

  /// Helm's `HasWarningsOrErrors`.
  public var hasWarningsOrErrors: Bool {
    messages.contains { $0.level > .info } || !errors.isEmpty
  }
}
