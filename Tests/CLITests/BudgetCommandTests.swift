import Foundation
import Testing

/// `chartc budget` run as a user runs it: the three output formats, the exit code, the
/// render matrix, and bad input (budget file, quantity) reported with its place.
@Suite struct BudgetCommandTests {
  static let fixtures = ChartcRun.packageRoot.appendingPathComponent("Tests/PolicyTests/Data/budget")

  static func budget(_ fixture: String, _ env: String, _ extra: [String] = []) throws -> ChartcRun {
    try ChartcRun.run(
      [
        "budget", "fx", fixtures.appendingPathComponent(fixture).path, "-n", "apps", "--budget-env", env,
        "--color", "never",
      ]
        + extra)
  }

  @Test func textReportExitsOneWhenExceeded() throws {
    let fail = try Self.budget("restartable-sidecars", "fail")
    #expect(fail.status == 1, "\(fail.stderr)")
    #expect(fail.stderr.isEmpty)
    // sidecar-first: max(500m + 200m, 1 + 200m) = 1200m; sidecar-last: max(700m, 1) = 1
    #expect(
      fail.stdout.contains("    requests.cpu      2200m  2200m      2  110%  budget\n"), "\(fail.stdout)")
    #expect(fail.stdout.contains("  exceeded requests.cpu in all namespaces: 2200m > 2 (budget)\n"))
    #expect(fail.stdout.contains("    Deployment/sidecar-first  1200m\n    Deployment/sidecar-last  1\n"))
    #expect(fail.stdout.hasSuffix("  over budget\n"))
    let pass = try Self.budget("restartable-sidecars", "pass")
    #expect(pass.status == 0, "\(pass.stderr)")
    #expect(pass.stdout.hasSuffix("  within budget\n"))
  }

  @Test func jsonReportHasTheIssueShape() throws {
    let run = try Self.budget("restartable-sidecars", "fail", ["-o", "json"])
    #expect(run.status == 1)
    let top = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    #expect(Array(top.keys) == ["releases"])
    let releases = try #require(top["releases"] as? [[String: Any]])
    #expect(releases.count == 1)
    let release = releases[0]
    #expect(Set(release.keys) == ["chart", "env", "namespaces", "totals", "violations"])
    #expect(release["chart"] as? String == "restartable-sidecars")
    #expect(release["env"] as? String == "fail")
    let namespaces = try #require(release["namespaces"] as? [String: [String: [String: String]]])
    #expect(Array(namespaces.keys) == ["apps"])
    #expect(namespaces["apps"]?["steady"]?["requests.cpu"] == "2200m")
    #expect(namespaces["apps"]?["peak"]?["requests.memory"] == "640Mi")
    #expect(namespaces["apps"]?["peak"]?["pods"] == "2")
    #expect(namespaces["apps"]?["peak"]?["count/deployments.apps"] == "2")
    let totals = try #require(release["totals"] as? [String: [String: String]])
    #expect(Set(totals.keys) == ["steady", "peak"])
    #expect(totals["peak"]?["requests.cpu"] == "2200m")
    let violations = try #require(release["violations"] as? [[String: Any]])
    #expect(violations.count == 1)
    let v = violations[0]
    #expect(Set(v.keys) == ["resource", "namespace", "used", "limit", "source", "top"])
    #expect(v["resource"] as? String == "requests.cpu")
    #expect(v["namespace"] as? String == "*")
    #expect(v["used"] as? String == "2200m")
    #expect(v["limit"] as? String == "2")
    #expect(v["source"] as? String == "budget")
    let topList = try #require(v["top"] as? [[String: String]])
    #expect(
      topList == [
        ["kind": "Deployment", "name": "sidecar-first", "amount": "1200m"],
        ["kind": "Deployment", "name": "sidecar-last", "amount": "1"],
      ])
  }

  @Test func jsonNamesTheQuotaThatIsExceeded() throws {
    let run = try ChartcRun.run([
      "budget", Self.fixtures.appendingPathComponent("storage-class-quota").path, "-n", "apps", "-o", "json",
      "-f",
      Self.fixtures.appendingPathComponent("storage-class-quota/values-fail.yaml").path,
    ])
    #expect(run.status == 1)
    #expect(
      run.stdout.contains(
        #"{"resource": "fast-ssd.storageclass.storage.k8s.io/requests.storage", "namespace": "apps", "used": "110Gi", "limit": "100Gi", "source": "ResourceQuota/apps/storage", "top": [{"kind": "PersistentVolumeClaim", "name": "a", "amount": "50Gi"}, {"kind": "PersistentVolumeClaim", "name": "b", "amount": "40Gi"}, {"kind": "PersistentVolumeClaim", "name": "d", "amount": "20Gi"}]}"#
      ), "\(run.stdout)")
  }

  @Test func markdownReportForPullRequests() throws {
    let run = try Self.budget("restartable-sidecars", "fail", ["-o", "markdown"])
    #expect(run.status == 1)
    #expect(run.stdout.hasPrefix("### restartable-sidecars · fail — ❌ over budget\n"))
    #expect(
      run.stdout.contains("| `requests.cpu` ❌ | 2200m | 2200m | 2 | 110% | budget |\n"), "\(run.stdout)")
    #expect(
      run.stdout.contains(
        "- ❌ `requests.cpu` in all namespaces: 2200m > 2 (`budget`); top: `Deployment/sidecar-first` 1200m, `Deployment/sidecar-last` 1\n"
      ))
  }

  @Test func theProductMatrixFitsItsBudgets() throws {
    let run = try ChartcRun.run(["budget", "-o", "json"], in: ChartcRun.packageRoot)
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    let top = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let releases = try #require(top["releases"] as? [[String: Any]])
    let matrix = try ChartcRun.run(["golden", "list"], in: ChartcRun.packageRoot)
    #expect(releases.count == matrix.stdout.split(separator: "\n").count)
    #expect(releases.count >= 15)
    #expect(releases.allSatisfy { ($0["violations"] as? [Any])?.isEmpty == true })
    let one = try ChartcRun.run(
      ["budget", "--chart", "one-data", "--env", "prod"], in: ChartcRun.packageRoot)
    #expect(one.status == 0)
    #expect(one.stdout.hasPrefix("one-data prod (enforced on the peak)\n"))
  }

  @Test func aBadBudgetFileIsReportedAtItsLine() throws {
    let dir = try TemporaryDirectory()
    let budget = try dir.write("budgets.yaml", "environments:\n  default:\n    requests: {cpu: lots}\n")
    let run = try ChartcRun.run([
      "budget", Self.fixtures.appendingPathComponent("init-containers").path, "--budget", budget,
    ])
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.hasPrefix("Error: \(budget):3:"), "\(run.stderr)")
    #expect(run.stderr.contains("/environments/default/requests/cpu"))
  }

  @Test func anInvalidQuantityNamesObjectFieldAndTemplateLine() throws {
    let dir = try TemporaryDirectory()
    try dir.write("bad/Chart.yaml", "apiVersion: v2\nname: bad\nversion: 0.1.0\n")
    try dir.write(
      "bad/templates/pod.yaml",
      "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: c\n"
        + "      resources:\n        requests:\n          cpu: 1mi\n")
    let run = try ChartcRun.run(["budget", dir.url.appendingPathComponent("bad").path])
    #expect(run.status == 1)
    #expect(
      run.stderr
        == "Error: bad/templates/pod.yaml:11: Pod/default/p /spec/containers/0/resources/requests/cpu: invalid quantity \"1mi\": unable to parse quantity's suffix\n",
      "\(run.stderr)")
  }

  /// Helm renders a template whose text after a `...` marker is not YAML (it reads only the
  /// first document of each template); the stream then cannot be read, and the budget says
  /// so instead of counting nothing as within budget.
  @Test func anUnreadableStreamIsAnError() throws {
    let chart = try TemporaryDirectory()
    try chart.write("Chart.yaml", "apiVersion: v2\nname: dk\nversion: 1.0.0\n")
    try chart.write(
      "templates/cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n...\n}{ bad: [\n")
    #expect(try ChartcRun.run(["render", chart.path]).status == 0)
    let run = try ChartcRun.run(["budget", chart.path])
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(
      run.stderr
        == "Error: cannot read the rendered manifests: yaml: line 7: did not find expected <document start>\n"
    )
  }
}
