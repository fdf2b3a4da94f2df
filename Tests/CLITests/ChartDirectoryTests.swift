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

  @Test func symlinkBackToAFolderReachedThroughALinkIsRefused() throws {
    let chart = try FixtureChart()
    try chart.write(
      "shared/inner/cm.yaml", Array("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: inner\n".utf8))
    try FileManager.default.createSymbolicLink(atPath: chart.path + "/linked", withDestinationPath: "shared")
    try FileManager.default.createSymbolicLink(
      atPath: chart.path + "/shared/inner/up", withDestinationPath: "..")
    let stderr = try expectRenderFailure([chart.path])
    let real = URL(fileURLWithPath: chart.path).resolvingSymlinksInPath().path
    // `linked` is walked first (bytewise order); its `inner/up` leads back to `shared`.
    #expect(
      firstLine(stderr)
        == "Error: symlink linked/inner/up points to \(real)/shared, a folder that contains it: the chart would never end",
      "\(stderr)")
  }

  @Test func twoLinksToOneFolderAreBothRead() throws {
    let chart = try FixtureChart()
    try chart.write(
      "shared/cm.yaml", Array("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: shared\n".utf8))
    try FileManager.default.createSymbolicLink(
      atPath: chart.path + "/templates/one", withDestinationPath: "../shared")
    try FileManager.default.createSymbolicLink(
      atPath: chart.path + "/templates/two", withDestinationPath: "../shared")
    let run = try ChartcRun.run(["render", chart.path])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("# Source: demo/templates/one/cm.yaml"))
    #expect(run.stdout.contains("# Source: demo/templates/two/cm.yaml"))
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
