import Checking

/// Helm's lint messages as findings: one rule id per group of Helm's checks, Helm's
/// severity, and the chart file as the place.
public enum HelmLintFindings {
  /// The rule ids Helm's checks report under, with their default severity, rationale and fix.
  public static let rules: [LintRuleDescription] = [
    LintRuleDescription(
      id: "helm-chartfile", severity: .error,
      rationale: "helm lint: Chart.yaml must be valid chart metadata.",
      fix: "Correct the Chart.yaml field the message names."),
    LintRuleDescription(
      id: "helm-values", severity: .error,
      rationale: "helm lint: values.yaml must parse and meet values.schema.json.",
      fix: "Fix the values file or the schema."),
    LintRuleDescription(
      id: "helm-templates", severity: .error,
      rationale: "helm lint: templates must render to valid, well-named, current Kubernetes objects.",
      fix: "Fix the template the message names."),
    LintRuleDescription(
      id: "helm-dependencies", severity: .error,
      rationale: "helm lint: Chart.yaml dependencies and charts/ must agree.",
      fix: "Run `helm dependency build` or declare the subchart in Chart.yaml."),
    LintRuleDescription(
      id: "helm-crds", severity: .error,
      rationale: "helm lint: crds/ holds plain CustomResourceDefinitions only.",
      fix: "Keep only CustomResourceDefinition documents, untemplated, in crds/."),
  ]

  /// The rule id of a Helm message, from the path it names.
  public static func ruleID(for message: HelmLintMessage) -> String {
    let path = message.path
    if path == "Chart.yaml" { return "helm-chartfile" }
    if path == "values.yaml" { return "helm-values" }
    if path.hasPrefix("templates") { return "helm-templates" }
    if path.hasPrefix("crds") { return "helm-crds" }
    return "helm-dependencies"
  }

  /// The finding of a Helm message about the chart named `chartName` (template paths are
  /// prefixed with it, as render places are).
  /// A template message about an object is placed at the object's template line when
  /// `release` holds it (the same document of the same template).
  public static func finding(_ message: HelmLintMessage, chartName: String, release: RenderedRelease? = nil)
    -> Finding
  {
    let severity: Severity =
      switch message.level {
      case .error: .error
      case .warning: .warning
      default: .info
      }
    let file: String
    if message.path.hasPrefix("/") || message.path.isEmpty {
      file = "\(chartName)/Chart.yaml"
    } else {
      file = "\(chartName)/\(message.path)"
    }
    var finding = Finding(
      rule: ruleID(for: message), severity: severity, message: message.message,
      place: SourcePlace(file: file, line: 1, isTemplateLine: false))
    if let subject = message.subject, let release {
      let candidates = release.objects.filter { $0.template == file && $0.reference.kind == subject.kind }
      let object =
        candidates.first { $0.reference.name == subject.name }
        ?? (candidates.count == 1 ? candidates.first : nil)
      if let object {
        finding.object = object.reference
        if let place = object.place { finding.place = place }
      }
    }
    return finding
  }
}
