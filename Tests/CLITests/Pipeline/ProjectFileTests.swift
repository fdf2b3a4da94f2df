import Foundation
import Testing

/// `chartc.yaml` is checked against its schema: a typo is an error with file and line, never
/// a silently different matrix.
@Suite struct ProjectFileTests {
  /// A project with one chart (the fixture chart) and the given environments text.
  static func project(_ environments: String, extra: String = "") throws -> (FixtureChart, String) {
    let chart = try FixtureChart(["values-dev.yaml": "a: 2\n"])
    let text = """
      version: 1
      \(extra)charts:
        - name: demo
          path: demo
          environments:
      \(environments)
      """
    try chart.root.write("chartc.yaml", text)
    return (chart, chart.root.path + "/chartc.yaml")
  }

  @Test func unknownKeyIsAnErrorWithItsLine() throws {
    let (chart, file) = try Self.project("      dev: {valeus: [demo/values-dev.yaml]}\n")
    for command in [["golden", "check"], ["golden", "list"], ["golden", "update"]] {
      let run = try ChartcRun.run(command + ["--project", file], in: chart.root.url)
      #expect(run.status == 1, "\(command)")
      #expect(run.stderr.hasPrefix("Error: \(file):6: "), "\(command): \(run.stderr)")
      #expect(run.stderr.contains("valeus"), "\(run.stderr)")
      #expect(!run.stdout.contains("drift") && !run.stderr.contains("golden update"), "\(run.stdout)")
    }
    #expect(!FileManager.default.fileExists(atPath: chart.root.path + "/golden"))
  }

  @Test func wrongTypeIsAnErrorWithItsLine() throws {
    let (chart, file) = try Self.project("      dev: {values: demo/values-dev.yaml}\n")
    let run = try ChartcRun.run(["golden", "list", "--project", file], in: chart.root.url)
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("Error: \(file):6: at '/charts/0/environments/dev/values'"), "\(run.stderr)")
  }

  @Test func missingValuesFileIsAnError() throws {
    let (chart, file) = try Self.project("      dev: {values: [demo/values-qa.yaml]}\n")
    let run = try ChartcRun.run(["golden", "list", "--project", file], in: chart.root.url)
    #expect(run.status == 1)
    #expect(
      run.stderr == "Error: \(file):6: values file demo/values-qa.yaml: no such file or directory\n",
      "\(run.stderr)")
  }

  @Test func keysOfOtherFeaturesAreAllowed() throws {
    let (chart, file) = try Self.project(
      "      dev: {values: [demo/values-dev.yaml], generated: [{kind: ConfigMap, name: demo, path: /data/x}]}\n",
      extra: "budget: budget.yaml\nlint: {disabled: []}\n")
    let run = try ChartcRun.run(["golden", "list", "--project", file], in: chart.root.url)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == "demo\tdev\tgolden/demo/dev.yaml\n")
  }
}
