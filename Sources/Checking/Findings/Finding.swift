/// How serious a finding is; the order is the order of severity.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable, Codable {
  case info, warning, error

  private var rank: Int {
    switch self {
    case .info: 0
    case .warning: 1
    case .error: 2
    }
  }

  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// One thing a check found in a render: the value every checking stage (validation, lint,
/// budgets) hands to the reports, as kubeconform's `Result` is for its stages.
public struct Finding: Sendable, Hashable {
  /// The rule or check that found it (`schema`, `no-value`, `budget`, a Helm lint rule...).
  public var rule: String
  public var severity: Severity
  public var message: String
  /// The object concerned, if the finding is about one.
  public var object: ObjectReference?
  /// The field concerned, as a JSON pointer into the object (`/spec/replicas`), if any.
  public var path: String?
  /// The template line (or file) that produced it, if known.
  public var place: SourcePlace?

  public init(
    rule: String, severity: Severity, message: String, object: ObjectReference? = nil, path: String? = nil,
    place: SourcePlace? = nil
  ) {
    self.rule = rule
    self.severity = severity
    self.message = message
    self.object = object
    self.path = path
    self.place = place
  }
}
