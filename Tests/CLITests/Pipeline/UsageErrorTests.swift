import Foundation
import Testing

/// Command-line misuse exits 1 with Helm's wording, like every other failure.
@Suite struct UsageErrorTests {
  @Test func unknownLongFlag() throws {
    let run = try ChartcRun.run(["render", "charts/elasticsearch", "--foo"], in: ChartcRun.packageRoot)
    #expect(run.status == 1)
    #expect(run.stderr == "Error: unknown flag: --foo\n")
    #expect(run.stdout.isEmpty)
  }

  @Test func unknownShortFlag() throws {
    let run = try ChartcRun.run(["validate", "-x"])
    #expect(run.status == 1)
    #expect(run.stderr == "Error: unknown shorthand flag: 'x' in -x\n")
  }

  @Test func missingFlagValue() throws {
    let run = try ChartcRun.run(["render", "charts/elasticsearch", "--set"], in: ChartcRun.packageRoot)
    #expect(run.status == 1)
    #expect(run.stderr == "Error: flag needs an argument: --set\n")
  }

  @Test func invalidOptionValueExitsOne() throws {
    let run = try ChartcRun.run(["validate", "-o", "yaml"])
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("Error: "))
  }

  @Test func unknownSubcommandExitsOne() throws {
    let run = try ChartcRun.run(["nosuch"])
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("Error: "))
  }

  @Test func helpExitsZero() throws {
    let run = try ChartcRun.run(["render", "--help"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("USAGE:"))
  }
}
