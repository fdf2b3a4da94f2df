import Checking

/// What a report says about a rule: its id, default severity, rationale and fix hint. Every
/// `LintRule` has one; built-in checks (Helm's lint, schema validation, rendering) too.
public struct LintRuleDescription: Sendable, Hashable {
  public let id: String
  public let severity: Severity
  public let rationale: String
  public let fix: String
}

extension LintRuleDescription {
  /// The description of `rule`.
  public init(_ rule: any LintRule) {
    self.init(id: rule.id, severity: rule.severity, rationale: rule.rationale, fix: rule.fix)
  }
}

/// The catalogue of every rule id the linter can report.
public enum LintCatalogue {
  /// Checks of the linter itself: rendering, schema validation, configuration.
  public static let builtIn: [LintRuleDescription] = [
    LintRuleDescription(
      id: "render", severity: .error, rationale: "The chart must render as `helm template` renders it.",
      fix: "Fix the template or values error the message names."),
    LintRuleDescription(
      id: "schema", severity: .error,
      rationale: "Every rendered object must meet the schema of its kind for the target Kubernetes version.",
      fix: "Correct the field at the template line, or add the CRD schema."),
    LintRuleDescription(
      id: "lint-config", severity: .error,
      rationale: "Lint configuration and ignore annotations must name known rules and give a reason.",
      fix: "Correct the key, rule id or annotation the message names."),
  ]

  /// Every rule: built-in checks, Helm's lint groups and the object rules.
  public static func all(rules: [any LintRule] = LintRules.all) -> [LintRuleDescription] {
    builtIn + HelmLintFindings.rules + rules.map(LintRuleDescription.init)
  }
}
