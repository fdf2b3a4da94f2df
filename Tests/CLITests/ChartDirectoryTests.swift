import Foundation
import Testing

/// Chart directories: symlinks leaving the chart, oversized files, missing paths.
@Suite struct ChartDirectoryTests {
  @Test func symlinkOutOfTheChartIsRefused() throws {
    let chart = try FixtureChart()
    let secret = try chart.root.write("secret.txt", "password\n")
    try FileManager.default.createSymbolicLink(
      atPath: chart.path + "/files-secret.txt", withDestinationPath: secret)
    let stderr = try expectRenderFailure([chart.path])
    #expect(stderr.contains("files-secret.txt"), "\(stderr)")
    #expect(stderr.contains("outside the chart"), "\(stderr)")
  }

  @Test func relativeSymlinkDirectoryOutOfTheChartIsRefused() throws {
    let chart = try FixtureChart()
    try chart.root.write("outside/x.yaml", "x: 1\n")
    try FileManager.default.createSymbolicLink(
      atPath: chart.path + "/templates/escape", withDestinationPath: "../../outside")
    let stderr = try expectRenderFailure([chart.path])
    #expect(stderr.contains("templates/escape"), "\(stderr)")
  }

  @Test func symlinkInsideTheChartIsFollowed() throws {
    let chart = try FixtureChart()
    try FileManager.default.createSymbolicLink(
      atPath: chart.path + "/templates/cm2.yaml", withDestinationPath: "cm.yaml")
    let run = try ChartcRun.run(["render", chart.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("# Source: demo/templates/cm2.yaml"))
  }

  @Test func danglingSymlinkFails() throws {
    let chart = try FixtureChart()
    try FileManager.default.createSymbolicLink(
      atPath: chart.path + "/templates/gone.yaml", withDestinationPath: "nowhere.yaml")
    let stderr = try expectRenderFailure([chart.path])
    #expect(
      firstLine(stderr)
        == "Error: error evaluating symlink \(chart.path)/templates/gone.yaml: lstat \(chart.path)/templates/nowhere.yaml: no such file or directory"
    )
  }

  @Test func symlinkToAnEnclosingFolderIsRefused() throws {
    let chart = try FixtureChart()
    try FileManager.default.createSymbolicLink(
      atPath: chart.path + "/templates/loop", withDestinationPath: "..")
    let stderr = try expectRenderFailure([chart.path])
    #expect(firstLine(stderr).hasPrefix("Error: symlink templates/loop points to "), "\(stderr)")
  }

  @Test func loopOfSymlinksIsRefused() throws {
    let chart = try FixtureChart()
    try FileManager.default.createSymbolicLink(atPath: chart.path + "/one", withDestinationPath: "two")
    try FileManager.default.createSymbolicLink(atPath: chart.path + "/two", withDestinationPath: "one")
    let stderr = try expectRenderFailure([chart.path])
    #expect(firstLine(stderr).hasPrefix("Error: error evaluating symlink \(chart.path)/one"), "\(stderr)")
  }

  @Test func fileOverFiveMebibytesIsRefused() throws {
    let chart = try FixtureChart()
    try chart.write("files/big.txt", [UInt8](repeating: 0x78, count: 5 * 1024 * 1024 + 1))
    let stderr = try expectRenderFailure([chart.path])
    #expect(firstLine(stderr) == "Error: chart file \"big.txt\" is larger than the maximum file size 5242880")
  }

  @Test func missingChartPathFails() throws {
    let dir = try TemporaryDirectory()
    let stderr = try expectRenderFailure([dir.path + "/nothing"])
    #expect(stderr.contains(dir.path + "/nothing"), "\(stderr)")
  }
}
