import Checking

/// One lint rule over a rendered release. Rules are values in a registry: the linter runs
/// every enabled rule on one render and hands the findings to the reports.
public protocol LintRule: Sendable {
  /// The stable id configurations and annotations name (`no-value`, `run-as-non-root`).
  var id: String { get }
  /// The severity of its findings unless the configuration changes it.
  var severity: Severity { get }
  /// One line: why the rule exists.
  var rationale: String { get }
  /// One line: how to fix what it finds.
  var fix: String { get }
  /// The findings of this rule in `release` (severity and rule id set by the rule).
  func check(_ release: RenderedRelease) -> [Finding]
}

/// A rule whose id, severity, rationale and fix are one catalogue entry
/// (`LintRuleDescription`), so a rule states its description once, as a value.
public protocol CataloguedRule: LintRule {
  /// The rule's catalogue entry.
  var about: LintRuleDescription { get }
}

extension CataloguedRule {
  public var id: String { about.id }
  public var severity: Severity { about.severity }
  public var rationale: String { about.rationale }
  public var fix: String { about.fix }
}
