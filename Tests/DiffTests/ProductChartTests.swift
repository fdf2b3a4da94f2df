import Foundation
import TestSupport
import Testing

/// On the product charts, one changed value is one changed field, in every output mode.
@Suite struct ProductChartTests {
  static let chart = SharedFixtures.packageRoot.appendingPathComponent("charts/control-plane").path
  static let prodValues = SharedFixtures.packageRoot.appendingPathComponent(
    "charts/control-plane/values-prod.yaml"
  ).path
  static let base = [
    "diff", chart, "-f", prodValues, "-n", "es-serverless", "--old-set", "manager.autoscaling.maxReplicas=10",
    "--new-set", "manager.autoscaling.maxReplicas=12",
  ]

  @Test func jsonHasExactlyOneChangedField() throws {
    let run = try ChartcProcess.run(Self.base + ["-o", "json"])
    #expect(run.status == 0, "\(run.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    let changes = object?["changes"] as? [[String: Any]] ?? []
    #expect(changes.count == 1)
    let change = try #require(changes.first)
    #expect(change["change"] as? String == "changed")
    #expect(change["kind"] as? String == "HorizontalPodAutoscaler")
    #expect(
      Set(change.keys) == [
        "chart", "env", "apiVersion", "kind", "namespace", "name", "change", "from", "fields",
      ])
    let fields = change["fields"] as? [[String: Any]] ?? []
    #expect(fields.count == 1)
    #expect(fields.first?["path"] as? String == "spec.maxReplicas")
    #expect(fields.first?["old"] as? Int == 10)
    #expect(fields.first?["new"] as? Int == 12)
  }

  @Test func textShowsOneFieldAndOneLineChange() throws {
    let run = try ChartcProcess.run(Self.base + ["--color", "never"])
    #expect(run.status == 0, "\(run.stderr)")
    let lines = run.stdout.split(separator: "\n")
    #expect(lines.filter { $0.contains("spec.maxReplicas") }.count == 1)
    #expect(
      lines.filter { $0.hasPrefix("    -maxReplicas") || $0.hasPrefix("    -  maxReplicas") }.count == 1)
    #expect(lines.filter { $0.hasPrefix("    +") && !$0.hasPrefix("    +++") }.count == 1)
    #expect(lines.filter { $0.hasPrefix("    -") && !$0.hasPrefix("    ---") }.count == 1)
    #expect(run.stdout.contains("1 changed"))
  }

  @Test func markdownShowsOneResourceWithOneField() throws {
    let run = try ChartcProcess.run(Self.base + ["-o", "markdown"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.components(separatedBy: "<details>").count - 1 == 1)
    #expect(run.stdout.contains("(1 field)"))
    #expect(run.stdout.components(separatedBy: "<code>spec.maxReplicas</code>").count - 1 == 1)
    #expect(run.stdout.contains("| control-plane | — | 0 | 0 | 1 | 0 | 0 |"))
  }

  @Test func htmlShowsOneResourceWithOneField() throws {
    let run = try ChartcProcess.run(Self.base + ["-o", "html"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.components(separatedBy: "<details class=\"resource").count - 1 == 1)
    #expect(run.stdout.components(separatedBy: "<td class=\"path\">").count - 1 == 1)
    #expect(run.stdout.contains("id=\"count-changed\" data-count=\"1\""))
  }

  @Test func exitCodeTellsWhetherAnythingChanged() throws {
    #expect(try ChartcProcess.run(Self.base + ["--exit-code", "-o", "json"]).status == 1)
    let same = ["diff", Self.chart, Self.chart, "-f", Self.prodValues, "--exit-code"]
    let run = try ChartcProcess.run(same)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("No changes"))
  }
}

/// Renames and migrations on the product charts.
@Suite struct ProductChartRenameTests {
  static func changes(_ run: ChartcProcess) throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
    return object?["changes"] as? [[String: Any]] ?? []
  }

  @Test func aNewFullnameIsARenameOfEveryResource() throws {
    let run = try ChartcProcess.run(
      [
        "diff", ProductChartTests.chart, "--old-set", "fullnameOverride=es-cp", "--new-set",
        "fullnameOverride=es-manager",
        "-o", "json",
      ])
    #expect(run.status == 0, "\(run.stderr)")
    let changes = try Self.changes(run)
    #expect(changes.count >= 5)
    for change in changes {
      #expect(change["change"] as? String == "renamed", "\(change)")
      let name = change["name"] as? String ?? ""
      let from = change["from"] as? String ?? ""
      #expect(name.hasPrefix("es-manager") && from.hasPrefix("es-cp"), "\(name) from \(from)")
    }
  }

  @Test func anOlderPolicyAPIIsAMigration() throws {
    let golden = SharedFixtures.packageRoot.appendingPathComponent("golden/control-plane/prod.yaml")
    let text = try String(contentsOf: golden, encoding: .utf8)
    let scratch = try Scratch()
    try scratch.write(
      "old.yaml",
      text.replacingOccurrences(of: "apiVersion: policy/v1\n", with: "apiVersion: policy/v1beta1\n"))
    let run = try ChartcProcess.run(["diff", "old.yaml", golden.path, "-o", "json"], in: scratch.url)
    #expect(run.status == 0, "\(run.stderr)")
    let changes = try Self.changes(run)
    #expect(!changes.isEmpty)
    for change in changes {
      #expect(change["change"] as? String == "migrated")
      #expect(change["kind"] as? String == "PodDisruptionBudget")
      #expect(change["from"] as? String == "policy/v1beta1")
      #expect((change["fields"] as? [[String: Any]])?.map { $0["path"] as? String } == ["apiVersion"])
    }
    let text2 = try ChartcProcess.run(["diff", "old.yaml", golden.path, "--color", "never"], in: scratch.url)
    #expect(text2.stdout.contains("migrated"))
    #expect(text2.stdout.contains("policy/v1beta1 → policy/v1"))
  }
}

/// `chartc diff OLD NEW` with chart archives.
@Suite struct ChartArchiveTests {
  @Test func anArchiveOfTheSameChartHasNoChangesAndAChangedOneHasOne() throws {
    let scratch = try Scratch()
    let charts = SharedFixtures.packageRoot.appendingPathComponent("charts").path
    let tar = try ChartcProcess.runTool(
      "/usr/bin/env", ["tar", "-czf", scratch.path + "/control-plane.tgz", "-C", charts, "control-plane"])
    #expect(tar.status == 0, "\(tar.stderr)")
    let same = try ChartcProcess.run(
      ["diff", scratch.path + "/control-plane.tgz", ProductChartTests.chart, "--exit-code", "-o", "json"])
    #expect(same.status == 0, "\(same.stderr)")
    #expect(same.stdout == "{\"changes\": []}\n")

    try FileManager.default.copyItem(atPath: ProductChartTests.chart, toPath: scratch.path + "/control-plane")
    let values = scratch.path + "/control-plane/values.yaml"
    let text = try String(contentsOfFile: values, encoding: .utf8)
    #expect(text.contains("logLevel: info\n"))
    try text.replacingOccurrences(of: "logLevel: info\n", with: "logLevel: debug\n")
      .write(toFile: values, atomically: true, encoding: .utf8)
    let changed = try ChartcProcess.run(
      ["diff", scratch.path + "/control-plane.tgz", scratch.path + "/control-plane", "-o", "json"])
    #expect(changed.status == 0, "\(changed.stderr)")
    #expect(changed.stdout.contains("\"change\": \"changed\""))
  }
}
