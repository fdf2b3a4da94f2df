import Foundation
import Testing

/// `chartc lint` run as a binary: exit codes, the three kinds of input (a chart, files, the
/// matrix), `--strict`, `--quiet`, configuration files and the report formats.
@Suite struct LintCommandTests {
  static let deploymentWithoutSelector = """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      template:
        metadata: {labels: {app: web}}
        spec:
          containers: [{name: web, image: "nginx:1.27"}]

    """

  @Test func cleanChartExitsZero() throws {
    let chart = try FixtureChart(["Chart.yaml": FixtureChart.chartYAML + "icon: https://example.com/i.png\n"])
    let run = try ChartcRun.run(["lint", chart.path, "--color", "never"])
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(run.stdout.contains("==> demo ok"))
    #expect(run.stdout.contains("0 error(s), 0 warning(s), 0 info"))
  }

  @Test func errorsFailWithTheTemplateFileAndLine() throws {
    let chart = try FixtureChart(["templates/deploy.yaml": "# a comment\n" + Self.deploymentWithoutSelector])
    let run = try ChartcRun.run(["lint", chart.path, "--color", "never"])
    #expect(run.status == 1)
    #expect(run.stdout.contains("demo/templates/deploy.yaml\n"))
    #expect(
      run.stdout.contains(
        "2 error   helm-templates  Deployment/default/web: a Deployment must contain matchLabels or matchExpressions, and \"web\" does not"
      ), "\(run.stdout)")
    #expect(run.stdout.contains("info    helm-chartfile: icon is recommended"))
    let quiet = try ChartcRun.run(["lint", chart.path, "--quiet", "--color", "never"])
    #expect(!quiet.stdout.contains("icon is recommended"))
  }

  @Test func strictFailsOnWarnings() throws {
    let chart = try FixtureChart([
      "Chart.yaml": FixtureChart.chartYAML + "icon: https://example.com/i.png\n",
      "templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Bad_Name\n",
    ])
    #expect(try ChartcRun.run(["lint", chart.path]).status == 0)
    let strict = try ChartcRun.run(["lint", chart.path, "--strict", "-o", "json"])
    #expect(strict.status == 1)
    #expect(strict.stdout.contains("\"severity\" : \"warning\""))
  }

  @Test func valueFlagsAndKubeVersionReachTheRender() throws {
    let chart = try FixtureChart([
      "Chart.yaml": FixtureChart.chartYAML + "icon: https://example.com/i.png\n",
      "templates/cm.yaml": "apiVersion: {{ .Values.api }}\nkind: CronJob\nmetadata:\n  name: job\n",
      "values.yaml": "api: batch/v1\n",
    ])
    let old = try ChartcRun.run(
      ["lint", "demo", "--set", "api=batch/v1beta1", "--kube-version", "v1.21.0", "-o", "github"],
      in: chart.root.url)
    #expect(
      old.stdout.contains(
        "::warning file=demo/templates/cm.yaml,line=1,title=helm-templates (demo)::CronJob/default/job: batch/v1beta1 CronJob is deprecated in v1.21+, unavailable in v1.25+; use batch/v1 CronJob"
      ), "\(old.stdout)")
  }

  @Test func filesMapToTheirChart() throws {
    let chart = try FixtureChart(["templates/deploy.yaml": Self.deploymentWithoutSelector])
    let run = try ChartcRun.run(
      ["lint", "demo/templates/deploy.yaml", "demo/values.yaml", "-o", "junit"], in: chart.root.url)
    #expect(run.status == 1)
    #expect(run.stdout.components(separatedBy: "<testsuite ").count == 2, "\(run.stdout)")
    #expect(run.stdout.contains("<failure message=\"Deployment/default/web: a Deployment must contain"))
    let none = try ChartcRun.run(["lint", "elsewhere.txt"], in: chart.root.url)
    #expect(none.status == 0)
  }

  /// The product's own charts lint clean in every environment of the matrix: defects are
  /// fixed in the charts or exempted in chartc.yaml with a written reason.
  @Test func productMatrixLintsClean() throws {
    let run = try ChartcRun.run(["lint", "--strict", "--color", "never"], in: ChartcRun.packageRoot)
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(run.stdout.contains("linted: 0 error(s), 0 warning(s), 0 info"), "\(run.stdout)")
  }

  @Test func matrixConfigurationAndChartConfiguration() throws {
    let chart = try FixtureChart(["templates/deploy.yaml": Self.deploymentWithoutSelector])
    try chart.root.write(
      "chartc.yaml",
      """
      version: 1
      charts:
        - name: demo
          path: demo
          environments:
            dev: {values: [], set: []}
            prod: {values: [], set: []}
      lint:
        rules:
          helm-chartfile: off
        exclude:
          - rules: [helm-templates, schema]
            environments: [dev]
            kinds: [Deployment]
            reason: the dev cluster has no selector check

      """)
    let run = try ChartcRun.run(["lint", "--color", "never"], in: chart.root.url)
    #expect(run.status == 1)
    #expect(run.stdout.contains("==> demo (dev) ok"), "\(run.stdout)")
    #expect(run.stdout.contains("==> demo (prod) fail"))
    #expect(!run.stdout.contains("icon is recommended"))

    try chart.root.write("demo/.chartc.yaml", "lint:\n  rules:\n    no-such-rule: off\n")
    let broken = try ChartcRun.run(["lint", "--env", "dev", "--color", "never"], in: chart.root.url)
    #expect(broken.status == 1)
    #expect(
      broken.stdout.contains(
        "demo/.chartc.yaml\n        3 error   lint-config: unknown rule \"no-such-rule\""), "\(broken.stdout)"
    )
  }

  /// `--chart`, `--env` and `--shard` select matrix entries as they do for golden and budget.
  @Test func matrixSelection() throws {
    let chart = try FixtureChart([
      "Chart.yaml": FixtureChart.chartYAML + "icon: https://example.com/i.png\n",
      "templates/cm.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n",
    ])
    try chart.root.write(
      "chartc.yaml",
      """
      version: 1
      charts:
        - {name: one, path: demo, environments: {dev: {}, prod: {}}}
        - {name: two, path: demo, environments: {dev: {}, prod: {}}}

      """)
    func linted(_ flags: [String]) throws -> [String] {
      let run = try ChartcRun.run(["lint", "-o", "json"] + flags, in: chart.root.url)
      #expect(run.status == 0, "\(flags): \(run.stderr)")
      let report = try #require(
        try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
      let charts = try #require(report["charts"] as? [[String: Any]])
      return charts.map { "\($0["chart"] ?? "")/\($0["environment"] ?? "")" }
    }
    #expect(try linted([]) == ["one/dev", "one/prod", "two/dev", "two/prod"])
    #expect(try linted(["--chart", "two"]) == ["two/dev", "two/prod"])
    #expect(try linted(["--chart", "two", "--env", "prod"]) == ["two/prod"])
    let halves = try linted(["--shard", "1/2"]) + linted(["--shard", "2/2"])
    #expect(halves.sorted() == ["one/dev", "one/prod", "two/dev", "two/prod"])
    #expect(try linted(["--chart", "one", "demo/templates/cm.yaml"]) == ["one/dev", "one/prod"])
    let unknown = try ChartcRun.run(["lint", "--chart", "three"], in: chart.root.url)
    #expect(unknown.status == 1)
    #expect(unknown.stderr.contains("no chart named \"three\""), "\(unknown.stderr)")
    let noProject = try ChartcRun.run(["lint", chart.path, "--chart", "one", "--project", "none.yaml"])
    #expect(noProject.status == 1)
    #expect(noProject.stderr.contains("none.yaml"), "\(noProject.stderr)")
  }

  /// The schemas of `--schema-location` reach the rules that read schemas, not only
  /// validation: `yaml-reinterpreted` needs to know where a string is wanted.
  @Test func schemaLocationsReachTheRules() throws {
    let chart = try FixtureChart([
      "Chart.yaml": FixtureChart.chartYAML + "icon: https://example.com/i.png\n",
      "templates/widget.yaml":
        "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: w\nspec:\n  mode: yes\n",
    ])
    try chart.root.write(
      "schemas/example.com/widget_v1.json",
      #"{"type": "object", "properties": {"spec": {"type": "object", "properties": {"mode": {"type": "string"}}}}}"#
    )
    let without = try ChartcRun.run(["lint", chart.path, "-o", "json"])
    #expect(!without.stdout.contains("yaml-reinterpreted"), "\(without.stdout)")
    let with = try ChartcRun.run(
      [
        "lint", chart.path, "-o", "json", "--schema-location",
        chart.root.url.appendingPathComponent("schemas").path,
      ])
    #expect(with.status == 1)
    #expect(with.stdout.contains("\"rule\" : \"yaml-reinterpreted\""), "\(with.stdout)")
    #expect(with.stdout.contains("unquoted yes is read as the boolean true where a string is expected"))
    let missing = try ChartcRun.run(["lint", chart.path, "--schema-location", "/nonexistent"])
    #expect(missing.status == 1)
    #expect(
      missing.stderr == "Error: --schema-location /nonexistent: no such directory\n", "\(missing.stderr)")
  }

  @Test func usageErrorsExitOne() throws {
    let dir = try TemporaryDirectory()
    let noProject = try ChartcRun.run(["lint"], in: dir.url)
    #expect(noProject.status == 1)
    #expect(noProject.stderr.contains("chartc.yaml"))
    let badFormat = try ChartcRun.run(["lint", "-o", "xml"], in: dir.url)
    #expect(badFormat.status == 1)
  }
}
