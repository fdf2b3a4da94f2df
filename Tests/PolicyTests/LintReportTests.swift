import Charts
import Checking
import Foundation
import GoLib
import Policy
import TestSupport
import Testing
import Validation
import Values

/// The report formats over one outcome with findings of every severity: SARIF validates
/// against the bundled SARIF 2.1.0 schema, GitHub commands are escaped, JUnit and JSON
/// carry every finding.
@Suite struct LintReportTests {
  static func report(strict: Bool = false, quiet: Bool = false) -> LintReport {
    var request = RenderRequest(
      chartPath: SharedFixtures.packageRoot.appendingPathComponent("charts/demo").path)
    request.namespace = "apps"
    let object = ObjectReference(apiVersion: "apps/v1", kind: "Deployment", namespace: "apps", name: "web")
    let findings = [
      Finding(
        rule: "schema", severity: .error, message: "at '/spec/replicas': got string, want integer",
        object: object,
        path: "/spec/replicas", place: SourcePlace(file: "demo/templates/deployment.yaml", line: 12)),
      Finding(
        rule: "helm-templates", severity: .warning, message: "a, b: c\nsecond line 100%", object: object,
        place: SourcePlace(file: "demo/templates/deployment.yaml", line: 3)),
      Finding(
        rule: "helm-chartfile", severity: .info, message: "icon is recommended",
        place: SourcePlace(file: "demo/Chart.yaml", line: 1, isTemplateLine: false)),
    ]
    let outcome = LintOutcome(
      target: LintTarget(chart: "demo", environment: "prod", request: request), findings: findings,
      suppressed: 2)
    return LintReport(
      outcomes: [outcome], rules: LintCatalogue.all(), strict: strict, quiet: quiet,
      base: SharedFixtures.packageRoot.path)
  }

  @Test func sarifValidatesAgainstTheBundledSchema() throws {
    let schemaURL = SharedFixtures.packageRoot.appendingPathComponent("schemas/sarif/sarif-schema-2.1.0.json")
    let schema = try HelmValuesSchema.compile(text: String(contentsOf: schemaURL, encoding: .utf8))
    let sarif = LintSARIFReport.render(Self.report())
    let log = try GoJSON.decode(sarif)
    let errors = schema.validate(log)
    #expect(errors.isEmpty, "\(errors.map { "\($0.instancePath): \($0.message)" })")
    #expect(sarif.contains("\"uri\" : \"charts/demo/templates/deployment.yaml\""))
    #expect(sarif.contains("\"startLine\" : 12"))
    #expect(sarif.contains("\"level\" : \"note\""))
    // a broken log fails the same schema (the check can fail)
    let broken = try GoJSON.decode(sarif.replacingOccurrences(of: "\"2.1.0\"", with: "\"9.9\""))
    #expect(!schema.validate(broken).isEmpty)
  }

  @Test func githubAnnotationsAreEscaped() {
    let lines = LintGitHubReport.render(Self.report()).split(separator: "\n")
    #expect(lines.count == 3)
    #expect(
      lines[0]
        == "::error file=charts/demo/templates/deployment.yaml,line=12,title=schema (demo (prod))::Deployment/apps/web: at '/spec/replicas': got string, want integer"
    )
    #expect(
      lines[1].hasPrefix("::warning file=charts/demo/templates/deployment.yaml,line=3,title=helm-templates"))
    #expect(lines[1].hasSuffix("a, b: c%0Asecond line 100%25"))
    #expect(lines[2].hasPrefix("::notice file=charts/demo/Chart.yaml,line=1,"))
  }

  @Test func quietDropsInfoAndStrictFailsOnWarnings() {
    #expect(Self.report(quiet: true).counts[.info] == nil)
    let warningOnly = LintReport(
      outcomes: [
        LintOutcome(
          target: Self.report().outcomes[0].target,
          findings: Self.report().outcomes[0].findings.filter { $0.severity != .error }, suppressed: 0)
      ], rules: [], strict: false, quiet: false, base: "/")
    #expect(!warningOnly.failed)
    #expect(
      LintReport(outcomes: warningOnly.outcomes, rules: [], strict: true, quiet: false, base: "/").failed)
  }

  @Test func junitAndJSONCarryEveryFinding() throws {
    let junit = LintJUnitReport.render(Self.report())
    #expect(junit.contains("<testsuite name=\"demo (prod)\" tests=\"3\" failures=\"1\""))
    #expect(junit.contains("<failure message=\"Deployment/apps/web: at &apos;/spec/replicas&apos;"))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(LintJSONReport.render(Self.report()).utf8))
        as? [String: Any])
    let charts = try #require(json["charts"] as? [[String: Any]])
    #expect((charts.first?["findings"] as? [[String: Any]])?.count == 3)
    #expect((json["summary"] as? [String: Any])?["errors"] as? Int == 1)
  }

  @Test func textGroupsByChartAndFile() {
    let text = LintTextReport.render(Self.report(), style: .plain)
    #expect(text.hasPrefix("==> demo (prod) fail\n  charts/demo/Chart.yaml\n"))
    #expect(text.contains("  charts/demo/templates/deployment.yaml\n        3 warning helm-templates"))
    #expect(text.contains("(2 suppressed by configuration)"))
  }
}
