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

  @Test func usageErrorsExitOne() throws {
    let dir = try TemporaryDirectory()
    let noProject = try ChartcRun.run(["lint"], in: dir.url)
    #expect(noProject.status == 1)
    #expect(noProject.stderr.contains("chartc.yaml"))
    let badFormat = try ChartcRun.run(["lint", "-o", "xml"], in: dir.url)
    #expect(badFormat.status == 1)
  }
}
