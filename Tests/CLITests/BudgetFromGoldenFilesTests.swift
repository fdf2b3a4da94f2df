import Foundation
import Testing

/// `chartc budget` over the matrix reads a golden file instead of rendering while the render
/// inputs recorded beside it (`golden update`) still hold; anything else renders. Each case
/// tells the two apart by a figure only one of them can give.
@Suite struct BudgetFromGoldenFilesTests {
  /// One chart, two environments: `pass` (2 replicas of 500m, within a budget of 2 CPUs) and
  /// `fail` (5 replicas: 2500m, over it).
  static func project() throws -> TemporaryDirectory {
    let project = try TemporaryDirectory()
    try project.write(
      "chartc.yaml",
      """
      version: 1
      charts:
        - name: app
          path: app
          release: app
          namespace: apps
          kubeVersion: v1.36.0
          environments:
            pass: {values: [app/values-pass.yaml], set: []}
            fail: {values: [], set: ["replicas=5"]}

      """)
    try project.write("app/Chart.yaml", "apiVersion: v2\nname: app\nversion: 1.0.0\n")
    try project.write("app/values.yaml", "replicas: 1\n")
    try project.write("app/values-pass.yaml", "replicas: 2\n")
    try project.write(
      "app/budgets.yaml",
      """
      environments:
        pass:
          requests: {cpu: "2"}
        fail:
          requests: {cpu: "2"}

      """)
    try project.write(
      "app/templates/deployment.yaml",
      """
      apiVersion: apps/v1
      kind: Deployment
      metadata:
        name: web
      spec:
        replicas: {{ .Values.replicas }}
        strategy: {type: Recreate}
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            containers:
              - name: web
                image: web:1
                resources:
                  requests: {cpu: 500m}

      """)
    return project
  }

  /// The steady `requests.cpu` of each entry in `chartc budget -o json`.
  static func steadyCPU(_ run: ChartcRun) throws -> [String] {
    let top = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
    let releases = try #require(top["releases"] as? [[String: Any]])
    return releases.map {
      let totals = $0["totals"] as? [String: [String: String]]
      return "\($0["env"] ?? "")=\(totals?["steady"]?["requests.cpu"] ?? "-")"
    }
  }

  static func sha256(_ path: String) throws -> String {
    let run = try ChartcRun.runProcess(URL(fileURLWithPath: "/usr/bin/env"), ["sha256sum", path])
    return String(run.stdout.prefix(64))
  }

  @Test func aCurrentGoldenFileIsReadAndAnythingElseRenders() throws {
    let project = try Self.project()
    let update = try ChartcRun.run(["golden", "update"], in: project.url)
    #expect(update.status == 0, "\(update.stderr)")
    #expect(
      update.stdout.hasSuffix(
        "2 golden files updated, 0 unchanged\nrecorded the render inputs of 2 golden files\n"))
    #expect(project.listing("golden/app") == ["fail.inputs", "fail.yaml", "pass.inputs", "pass.yaml"])
    let again = try ChartcRun.run(["golden", "update"], in: project.url)
    #expect(again.stdout == "0 golden files updated, 2 unchanged\n", "records already current are left alone")

    let rendered = try ChartcRun.run(["budget", "-o", "json", "--render"], in: project.url)
    #expect(rendered.status == 1)
    #expect(try Self.steadyCPU(rendered) == ["fail=2500m", "pass=1"])
    let read = try ChartcRun.run(["budget", "-o", "json"], in: project.url)
    #expect(read.status == 1)
    #expect(read.stdout == rendered.stdout)

    // A golden file edited together with its record's golden digest is what budget reads:
    // 3 replicas only the golden file holds (the inputs still say 2).
    let golden = project.url.appendingPathComponent("golden/app/pass.yaml").path
    let text = try String(contentsOfFile: golden, encoding: .utf8)
    try project.write(
      "golden/app/pass.yaml", text.replacingOccurrences(of: "replicas: 2", with: "replicas: 3"))
    let recordPath = project.url.appendingPathComponent("golden/app/pass.inputs").path
    let record = try String(contentsOfFile: recordPath, encoding: .utf8)
    let edited = record.split(separator: "\n").map {
      $0.hasPrefix("golden: ") ? "golden: sha256:\(try! Self.sha256(golden))" : String($0)
    }
    try project.write("golden/app/pass.inputs", edited.joined(separator: "\n") + "\n")
    #expect(
      try Self.steadyCPU(try ChartcRun.run(["budget", "-o", "json"], in: project.url)) == [
        "fail=2500m", "pass=1500m",
      ])
    #expect(
      try Self.steadyCPU(try ChartcRun.run(["budget", "-o", "json", "--render"], in: project.url)) == [
        "fail=2500m", "pass=1",
      ])

    // The golden file edited alone no longer matches its record: rendered.
    try project.write(
      "golden/app/pass.yaml", text.replacingOccurrences(of: "replicas: 2", with: "replicas: 4"))
    #expect(
      try Self.steadyCPU(try ChartcRun.run(["budget", "-o", "json"], in: project.url)) == [
        "fail=2500m", "pass=1",
      ])

    // Changed inputs (a values file) are rendered, whatever the golden file says.
    try project.write(
      "golden/app/pass.yaml", text.replacingOccurrences(of: "replicas: 2", with: "replicas: 3"))
    try project.write("golden/app/pass.inputs", edited.joined(separator: "\n") + "\n")
    try project.write("app/values-pass.yaml", "replicas: 1\n")
    #expect(
      try Self.steadyCPU(try ChartcRun.run(["budget", "-o", "json"], in: project.url)) == [
        "fail=2500m", "pass=500m",
      ])
  }

  /// Over the product matrix (every kind the budget reads, sidecars, quotas, hooks), the
  /// reports read from the golden files are the rendered reports, byte for byte.
  @Test func productBudgetsFromGoldenFilesAreTheRenderedOnes() throws {
    for format in ["json", "markdown"] {
      let read = try ChartcRun.run(["budget", "-o", format], in: ChartcRun.packageRoot)
      let rendered = try ChartcRun.run(["budget", "-o", format, "--render"], in: ChartcRun.packageRoot)
      #expect(read.status == 0 && rendered.status == 0, "\(read.stderr)\(rendered.stderr)")
      #expect(read.stdout == rendered.stdout)
      #expect(read.stdout.count > 1000)
    }
  }

  /// The product's own records are current: its budgets read the golden files.
  @Test func goldenCheckNotesGoldenFilesWithoutCurrentRecords() throws {
    let product = try ChartcRun.run(["golden", "check"], in: ChartcRun.packageRoot)
    #expect(product.status == 0, "\(product.stdout)")
    #expect(product.stderr.isEmpty, "\(product.stderr)")
    let project = try Self.project()
    #expect(try ChartcRun.run(["golden", "update"], in: project.url).status == 0)
    #expect(try ChartcRun.run(["golden", "check"], in: project.url).stderr.isEmpty)
    try project.write("app/README.md", "a file the render may read\n")
    let check = try ChartcRun.run(["golden", "check"], in: project.url)
    #expect(check.status == 0)
    #expect(
      check.stderr.hasPrefix("note: 2 golden files are current but their render inputs are not recorded"))
  }

  @Test func aRecordWithoutItsEntryIsAnExtraGoldenFile() throws {
    let project = try Self.project()
    #expect(try ChartcRun.run(["golden", "update"], in: project.url).status == 0)
    try project.write("golden/app/old.inputs", "inputs: sha256:0\ngolden: sha256:0\n")
    let check = try ChartcRun.run(["golden", "check", "--color", "never"], in: project.url)
    #expect(check.status == 1)
    #expect(check.stdout.contains("golden/app/old.inputs"), "\(check.stdout)")
  }

  @Test func renderAppliesToTheMatrixOnly() throws {
    let project = try Self.project()
    let run = try ChartcRun.run(["budget", "app", "--render"], in: project.url)
    #expect(run.status == 1)
    #expect(run.stderr.contains("--render applies to the matrix"), "\(run.stderr)")
  }
}
