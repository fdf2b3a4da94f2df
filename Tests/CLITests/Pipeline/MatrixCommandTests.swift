import Foundation
import Testing

/// The render matrix at CI scale: deterministic shards, machine-readable reports, progress
/// on a terminal only, colour on demand.
@Suite struct MatrixCommandTests {
  static let root = ChartcRun.packageRoot

  static func entries(_ extra: [String]) throws -> [String] {
    let run = try ChartcRun.run(["golden", "list", "-o", "json"] + extra, in: root)
    #expect(run.status == 0, "\(run.stderr)")
    let list = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]])
    return list.map { "\($0["chart"] ?? "")/\($0["env"] ?? "")" }
  }

  @Test func shardsSplitTheMatrixDeterministically() throws {
    let all = try Self.entries([])
    #expect(all.count >= 3)
    var seen: [String] = []
    for i in 1...3 {
      let shard = try Self.entries(["--shard", "\(i)/3"])
      #expect(shard == (try Self.entries(["--shard", "\(i)/3"])), "shard \(i) differs between runs")
      #expect(!shard.isEmpty)
      #expect(abs(shard.count - all.count / 3) <= 1)
      seen += shard
    }
    #expect(seen.sorted() == all.sorted())
    #expect(Set(seen).count == seen.count)
    let bad = try ChartcRun.run(["golden", "check", "--shard", "4/3"], in: Self.root)
    #expect(bad.status == 1)
    #expect(bad.stderr.hasPrefix("Error: "))
  }

  /// `--shard I/N` picks the same entries in every matrix command: golden, lint, budget and
  /// diff (there over both revisions' entries).
  @Test func everyMatrixCommandShardsAlike() throws {
    let shard = try Self.entries(["--shard", "2/4"])
    #expect(!shard.isEmpty)
    let lint = try ChartcRun.run(["lint", "--shard", "2/4", "-o", "json"], in: Self.root)
    let lintReport = try #require(
      try JSONSerialization.jsonObject(with: Data(lint.stdout.utf8)) as? [String: Any], "\(lint.stderr)")
    let linted = try #require(lintReport["charts"] as? [[String: Any]])
    #expect(linted.map { "\($0["chart"] ?? "")/\($0["environment"] ?? "")" } == shard)
    let budget = try ChartcRun.run(["budget", "--shard", "2/4", "-o", "json"], in: Self.root)
    #expect(budget.status == 0, "\(budget.stderr)")
    let budgets = try #require(
      try JSONSerialization.jsonObject(with: Data(budget.stdout.utf8)) as? [String: Any])
    let releases = try #require(budgets["releases"] as? [[String: Any]])
    #expect(releases.map { "\($0["chart"] ?? "")/\($0["env"] ?? "")" } == shard)
    let diff = try ChartcRun.run(
      ["diff", "--base", "HEAD", "--shard", "2/4", "--color", "never"], in: Self.root)
    #expect(diff.status == 0, "\(diff.stderr)")
    #expect(diff.stdout.contains(" in \(shard.count) renders)"), "\(diff.stdout)")
    let unselected = try ChartcRun.run(["diff", "--shard", "2/4", "a", "b"], in: Self.root)
    #expect(unselected.status == 1)
    #expect(unselected.stderr.contains("they need --base"), "\(unselected.stderr)")
  }

  @Test func goldenCheckJSONAndJUnit() throws {
    let json = try ChartcRun.run(["golden", "check", "--chart", "workfx", "-o", "json"], in: Self.root)
    #expect(json.status == 0, "\(json.stderr)")
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let files = try #require(object["files"] as? [[String: Any]])
    #expect(files.map { $0["env"] as? String } == ["default", "dev", "prod"])
    #expect(files.allSatisfy { $0["status"] as? String == "ok" })
    #expect(object["problems"] as? Int == 0)
    let junit = try ChartcRun.run(
      ["golden", "check", "--chart", "workfx", "--env", "dev", "-o", "junit"], in: Self.root)
    #expect(junit.status == 0, "\(junit.stderr)")
    #expect(junit.stdout.hasPrefix("<?xml"))
    #expect(junit.stdout.contains("<testcase classname=\"golden/workfx/dev.yaml\" name=\"workfx/dev\"/>"))
  }

  @Test func goldenCheckReportsDriftInJSON() throws {
    let chart = try FixtureChart()
    let work = chart.root
    try work.write(
      "chartc.yaml", "charts:\n  - name: demo\n    path: demo\n    environments:\n      default: {}\n")
    try work.write("golden/demo/default.yaml", "stale\n")
    let run = try ChartcRun.run(["golden", "check", "-o", "json"], in: work.url)
    #expect(run.status == 1, "\(run.stderr)")
    let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let files = try #require(object["files"] as? [[String: Any]])
    #expect(files.first?["status"] as? String == "drift")
    #expect((files.first?["diff"] as? String)?.contains("-stale") == true)
  }

  @Test func progressIsSilentWhenStderrIsNotATerminal() throws {
    let run = try ChartcRun.run(["golden", "check", "--chart", "workfx"], in: Self.root)
    #expect(run.status == 0)
    #expect(run.stderr.isEmpty, "\(run.stderr)")
  }

  /// `script` gives the command a terminal; the progress line then shows done/total and the
  /// current chart.
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func progressOnATerminal() throws {
    let command = "\(ChartcRun.executable.path) golden check --chart workfx >/dev/null"
    let run = try ChartcRun.runProcess(
      URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"], in: Self.root)
    #expect(run.status == 0, "\(run.stdout)")
    #expect(run.stdout.contains("[3/3] workfx/"), "\(run.stdout.debugDescription)")
  }

  @Test func colourOnDemandAndNeverWithNoColor() throws {
    let run = try ChartcRun.run(["render", "/nonexistent/chart", "--color", "always"])
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("\u{1B}[31mError:\u{1B}[0m "), "\(run.stderr.debugDescription)")
    let plain = try ChartcRun.run(["render", "/nonexistent/chart"], environment: ["NO_COLOR": "1"])
    #expect(plain.stderr.hasPrefix("Error: "))
    let invalid = try ChartcRun.run(
      ["validate", "--color", "always", "-"],
      stdin: "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: 5}\n")
    #expect(invalid.stdout.contains("Pod/p is invalid\u{1B}[0m\n"), "\(invalid.stdout.debugDescription)")
  }

  /// Colour on a terminal by default (stderr is the terminal here).
  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func errorsAreRedOnATerminal() throws {
    let command = "\(ChartcRun.executable.path) render /nonexistent/chart"
    let run = try ChartcRun.runProcess(
      URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"], in: Self.root,
      environment: ["NO_COLOR": "", "TERM": "xterm"])
    #expect(run.stdout.contains("\u{1B}[31mError:"), "\(run.stdout.debugDescription)")
  }
}
