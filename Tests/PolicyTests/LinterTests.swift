import Charts
import Checking
import Foundation
import Policy
import TestSupport
import Testing
import Validation
import Values

/// The linter over small charts written for each test: Helm's findings at template lines,
/// configuration (severities, exclusions, external references), ignore annotations and
/// `--strict`.
@Suite struct LinterTests {
  /// A chart in a fresh temporary folder: `files` are chart-relative paths and contents.
  static func chart(_ files: [String: String]) throws -> String {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("lint-\(UUID().uuidString)/demo")
    for (path, text) in files {
      let url = root.appendingPathComponent(path)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }
    return root.path
  }

  static let chartYAML = "apiVersion: v2\nname: demo\nversion: 0.1.0\nicon: https://example.com/i.png\n"

  static func configMap(_ name: String, annotations: String = "") -> String {
    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: \(name)\n\(annotations)data:\n  a: b\n"
  }

  static func lint(_ path: String, options: LintOptions = LintOptions(), environment: String? = nil) async
    -> LintOutcome
  {
    await Linter(registry: nil, rules: [], options: options).lint(
      LintTarget(chart: "demo", environment: environment, request: RenderRequest(chartPath: path)))
  }

  @Test func helmFindingIsPlacedAtTheObjectsTemplateLine() async throws {
    let path = try Self.chart([
      "Chart.yaml": Self.chartYAML, "values.yaml": "",
      "templates/cm.yaml": "# first line\n" + Self.configMap("Bad_Name"),
    ])
    let outcome = await Self.lint(path)
    let finding = try #require(outcome.findings.first { $0.rule == "helm-templates" })
    #expect(finding.severity == .warning)
    #expect(
      finding.message.hasPrefix(
        "object name does not conform to Kubernetes naming requirements: \"Bad_Name\""))
    #expect(finding.place?.file == "demo/templates/cm.yaml")
    #expect(finding.place?.line == 2)
    #expect(finding.object?.name == "Bad_Name")
  }

  @Test func configurationChangesSeveritiesAndExcludes() async throws {
    let path = try Self.chart([
      "Chart.yaml": "apiVersion: v2\nname: demo\nversion: 0.1.0\n", "values.yaml": "",
      "templates/cm.yaml": Self.configMap("Bad_Name"),
    ])
    var configuration = LintConfiguration()
    configuration.rules["helm-chartfile"] = .off
    configuration.rules["helm-templates"] = .severity(.error)
    var outcome = await Self.lint(path, options: LintOptions(configuration: configuration))
    #expect(outcome.findings.map(\.rule) == ["helm-templates"])
    #expect(outcome.findings.first?.severity == .error)
    #expect(outcome.suppressed == 1)

    configuration.exclusions = [
      LintConfiguration.Exclusion(
        rules: ["helm-templates"], environments: ["dev"], kinds: ["Config*"], names: ["Bad_*"],
        reason: "legacy",
        origin: "test")
    ]
    outcome = await Self.lint(path, options: LintOptions(configuration: configuration), environment: "dev")
    #expect(outcome.findings.isEmpty)
    outcome = await Self.lint(path, options: LintOptions(configuration: configuration), environment: "prod")
    #expect(outcome.findings.map(\.rule) == ["helm-templates"])
  }

  @Test func ignoreAnnotationSilencesItsRulesWithAReason() async throws {
    let ignored = Self.configMap(
      "Bad_Name", annotations: "  annotations:\n    chartc.io/ignore: \"helm-templates -- vendor name\"\n")
    var outcome = await Self.lint(
      try Self.chart(["Chart.yaml": Self.chartYAML, "values.yaml": "", "templates/cm.yaml": ignored]))
    #expect(outcome.findings.isEmpty)
    #expect(outcome.suppressed == 1)

    let noReason = Self.configMap(
      "Bad_Name", annotations: "  annotations:\n    chartc.io/ignore: helm-templates\n")
    outcome = await Self.lint(
      try Self.chart(["Chart.yaml": Self.chartYAML, "values.yaml": "", "templates/cm.yaml": noReason]))
    #expect(outcome.findings.map(\.rule).sorted() == ["helm-templates", "lint-config"])
    #expect(outcome.findings.contains { $0.message.contains("needs a reason") && $0.severity == .error })

    let unknown = Self.configMap(
      "good", annotations: "  annotations:\n    chartc.io/ignore: \"no-such-rule -- because\"\n")
    outcome = await Self.lint(
      try Self.chart(["Chart.yaml": Self.chartYAML, "values.yaml": "", "templates/cm.yaml": unknown]))
    #expect(outcome.findings.map(\.message) == ["chartc.io/ignore: unknown rule \"no-such-rule\""])
  }

  @Test func strictAnnotationsCannotSilenceErrors() async throws {
    let deployment = """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
        annotations:
          chartc.io/ignore: "helm-templates -- no selector on purpose"
      spec:
        template:
          spec:
            containers: [{name: x, image: "nginx:1.27"}]

      """
    let path = try Self.chart([
      "Chart.yaml": Self.chartYAML, "values.yaml": "", "templates/d.yaml": deployment,
    ])
    #expect(await Self.lint(path).findings.isEmpty)
    let strict = await Self.lint(path, options: LintOptions(strict: true))
    #expect(
      strict.findings.map(\.message) == [
        "a Deployment must contain matchLabels or matchExpressions, and \"web\" does not"
      ])
  }

  @Test func configurationFileErrorsHaveFileAndLine() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("lintcfg-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    let file = dir.appendingPathComponent("chartc.yaml").path
    try """
    version: 1
    lint:
      rules:
        helm-templates: warning
        no-such-rule: off
      exclude:
        - rules: [helm-values]
          charts: [demo]
          reason: generated values
        - rules: [schema]
      colour: blue
      external:
        - {kind: Secret, name: "tls-*"}

    """.write(toFile: file, atomically: true, encoding: .utf8)
    let reader = LintConfigurationReader(knownRules: [
      "helm-templates", "helm-values", "schema", "missing-reference",
    ])
    let configuration = reader.read(file: file)
    #expect(configuration.rules["helm-templates"] == .severity(.warning))
    #expect(configuration.exclusions.count == 1)
    #expect(configuration.externalReferences.first?.name == "tls-*")
    let problems = configuration.problems.map { "\($0.place?.line ?? 0): \($0.message)" }
    #expect(
      problems == [
        "5: unknown rule \"no-such-rule\"", "10: an exclusion needs a reason",
        "11: unknown key \"lint.colour\" (expected rules, exclude or external)",
      ])
    #expect(configuration.problems.allSatisfy { $0.place?.file == file && $0.severity == .error })
    let external = Finding(
      rule: "missing-reference", severity: .error,
      message: "pod uses Secret \"tls-web\" which is not rendered")
    #expect(configuration.isExternal(external))
  }
}
