import Foundation
import Testing

/// `--output-dir`: files appear only after a successful render; write failures are Helm's.
@Suite struct OutputDirectoryTests {
  @Test func successfulRenderWritesEachTemplate() throws {
    let chart = try FixtureChart()
    let out = chart.root.path + "/out"
    let run = try ChartcRun.run(["render", chart.path, "--output-dir", out])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == "wrote \(out)/demo/templates/cm.yaml\n\n")
    #expect(chart.root.listing("out") == ["demo", "demo/templates", "demo/templates/cm.yaml"])
  }

  @Test func outputDirUnderAFileFails() throws {
    let chart = try FixtureChart()
    let blocker = chart.path + "/values.yaml"
    let run = try ChartcRun.run(["render", chart.path, "--output-dir", blocker])
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(
      run.stderr
        == "Error: stat \(blocker)/demo/templates: not a directory\n\nUse --debug flag to render out invalid YAML\n"
    )
  }

  @Test func failedRenderLeavesAnExistingOutputDirUntouched() throws {
    let chart = try FixtureChart(["templates/zz.yaml": "{{ fail \"no\" }}\n"])
    let out = chart.root.path + "/out"
    try chart.root.write("out/keep.txt", "keep\n")
    let run = try ChartcRun.run(["render", chart.path, "--output-dir", out])
    #expect(run.status == 1)
    #expect(chart.root.listing("out") == ["keep.txt"])
  }
}
