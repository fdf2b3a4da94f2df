import Foundation
import Testing

/// Command-line misuse fails like any other bad input: `Error: …`, exit code 1.
@Suite struct CommandLineTests {
  @Test func renderWithoutAChartFails() throws {
    let stderr = try expectRenderFailure([])
    #expect(
      firstLine(stderr) == "Error: \"chartc render\" requires at least 1 argument and at most 2: [NAME] CHART"
    )
  }

  @Test func renderWithTooManyArgumentsFails() throws {
    try expectRenderFailure(["a", "b", "c"])
  }

  @Test func invalidReleaseNameFails() throws {
    let chart = try FixtureChart()
    let stderr = try expectRenderFailure(["Bad_Name", chart.path])
    #expect(
      firstLine(stderr).hasPrefix(
        "Error: release name check failed: release name \"Bad_Name\": invalid release name"))
  }

  @Test func invalidKubeVersionFails() throws {
    let chart = try FixtureChart()
    let stderr = try expectRenderFailure([chart.path, "--kube-version", "notaversion"])
    #expect(
      firstLine(stderr)
        == "Error: invalid kube version \"notaversion\": illegal version string \"notaversion\"")
  }

  @Test func evalRejectsInvalidJSONLine() throws {
    let run = try ChartcRun.run(["eval"], stdin: "{bad\n")
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.hasPrefix("Error: stdin:1: invalid JSON: "), "\(run.stderr)")
  }

  @Test func evalReportsTemplateErrorsPerCase() throws {
    let run = try ChartcRun.run(["eval"], stdin: "{\"id\": \"a\", \"template\": \"{{ fail \\\"x\\\" }}\"}\n")
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("{\"id\": \"a\", \"error\": "), "\(run.stdout)")
  }
}
