/// The reference page of the lint rules (`docs/lint-rules.md`), rendered from the registry
/// so the page and the code cannot disagree.
public enum LintRuleCatalog {
  /// A titled group of rules.
  public struct Section: Sendable {
    public let title: String
    public let summary: String
    public let rules: [any LintRule]
    public init(title: String, summary: String, rules: [any LintRule]) {
      self.title = title
      self.summary = summary
      self.rules = rules
    }
  }

  /// The registry's sections, in the order the page lists them.
  public static var sections: [Section] {
    [
      Section(
        title: "Traps Helm renders without a word",
        summary: "Output that renders and applies, but not as the author meant.", rules: LintRules.traps),
      Section(
        title: "Across resources",
        summary: "Objects of the release that do not fit together.", rules: LintRules.acrossResources),
      Section(
        title: "Practice and security",
        summary: "Cluster practice of the kube-linter / kube-score / Polaris class.",
        rules: LintRules.practice),
    ]
  }

  /// The Markdown page for `sections`.
  public static func markdown(_ sections: [Section] = sections) -> String {
    var out = """
      <!-- Generated from the rule registry (Sources/Policy/Lint/Rules/LintRules.swift); do not edit.
           Regenerate: CHARTC_UPDATE_DOCS=1 swift test --filter LintRuleDocsTests -->
      # Lint rules

      Every object rule `chartc lint` runs on a render, with its id (as configurations and
      `chartc.io/ignore` annotations name it), default severity, why it exists and how to fix
      what it finds. Findings point at the template line that wrote the field.

      """
    for section in sections {
      out += "\n## \(section.title) (\(section.rules.count))\n\n\(section.summary)\n\n"
      out += "| id | severity | why | fix |\n|---|---|---|---|\n"
      for rule in section.rules {
        out += "| `\(rule.id)` | \(rule.severity.rawValue) | \(cell(rule.rationale)) | \(cell(rule.fix)) |\n"
      }
    }
    return out
  }

  private static func cell(_ text: String) -> String {
    text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
  }
}
