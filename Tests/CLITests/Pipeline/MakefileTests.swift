import Foundation
import Testing

/// The Makefile as a pipeline uses it. `SWIFT=true` stands in for the toolchain: the tests
/// run after the build, and a nested `swift build` would wait on the running one.
@Suite struct MakefileTests {
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/make")))
  // Run as a person runs it, from a shell: under `make test` the inherited MAKELEVEL would
  // make GNU make print "Entering directory" before it reads the Makefile.
  func makeRenderPrintsOnlyTheManifests() throws {
    let run = try ChartcRun.shell(
      "env -u MAKELEVEL -u MAKEFLAGS -u MFLAGS make -s render CHART=workfx ENV=dev SWIFT=true",
      in: ChartcRun.packageRoot)
    #expect(run.status == 0, "\(run.stderr)")
    let golden = try String(
      contentsOf: ChartcRun.packageRoot.appendingPathComponent("golden/workfx/dev.yaml"), encoding: .utf8)
    #expect(run.stdout == golden)
    let verbose = try ChartcRun.shell(
      "env -u MAKELEVEL -u MAKEFLAGS -u MFLAGS make render CHART=workfx ENV=dev SWIFT=true",
      in: ChartcRun.packageRoot)
    #expect(verbose.stdout == golden, "make echoes commands on stdout: \(verbose.stdout.prefix(300))")
  }

  @Test func makefileHasTheInstallTargets() throws {
    let makefile = try String(
      contentsOf: ChartcRun.packageRoot.appendingPathComponent("Makefile"), encoding: .utf8)
    for target in ["release:", "install:", "dist:"] {
      #expect(makefile.contains("\n" + target), "no \(target) target")
    }
    let dry = try ChartcRun.shell("make -n install PREFIX=/tmp/chartc-prefix", in: ChartcRun.packageRoot)
    #expect(dry.status == 0, "\(dry.stderr)")
    #expect(dry.stdout.contains("scripts/install-chartc"))
  }
}
