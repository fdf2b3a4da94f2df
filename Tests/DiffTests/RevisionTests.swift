import Foundation
import TestSupport
import Testing

/// `chartc diff --base REV [--head REV]` on a scratch git repository holding a copy of a
/// product chart: revisions are read through git, the working tree and index stay as they were.
@Suite struct RevisionTests {
  static let root = SharedFixtures.packageRoot

  /// A repository with control-plane and its project file committed once.
  static func repository() throws -> Scratch {
    let scratch = try Scratch()
    try FileManager.default.createDirectory(
      at: scratch.url.appendingPathComponent("charts"), withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: root.appendingPathComponent("charts/control-plane"),
      to: scratch.url.appendingPathComponent("charts/control-plane"))
    try scratch.write(
      "chartc.yaml",
      """
      version: 1
      charts:
        - name: control-plane
          path: charts/control-plane
          release: es-control-plane
          namespace: es-serverless
          environments:
            default: {values: [], set: []}
            prod: {values: [charts/control-plane/values-prod.yaml], set: []}

      """)
    try git(["init", "-q", "-b", "main"], scratch)
    try git(["add", "."], scratch)
    try git(["commit", "-q", "-m", "first"], scratch)
    return scratch
  }

  @discardableResult
  static func git(_ arguments: [String], _ scratch: Scratch) throws -> String {
    let run = try ChartcProcess.runTool(
      "/usr/bin/env", ["git", "-c", "user.name=t", "-c", "user.email=t@example.com"] + arguments,
      in: scratch.url)
    if run.status != 0 { throw ProcessFailure("git \(arguments): \(run.stderr)") }
    return run.stdout
  }

  static func changes(_ json: String) throws -> [[String: Any]] {
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    return object?["changes"] as? [[String: Any]] ?? []
  }

  @Test func workingTreeAgainstHeadLeavesTheRepositoryAlone() throws {
    let repo = try Self.repository()
    let values = repo.url.appendingPathComponent("charts/control-plane/values-prod.yaml")
    let text = try String(contentsOf: values, encoding: .utf8)
    try text.replacingOccurrences(of: "    maxReplicas: 10\n", with: "    maxReplicas: 12\n")
      .write(to: values, atomically: true, encoding: .utf8)
    let statusBefore = try Self.git(["status", "--porcelain"], repo)
    let indexBefore = try Data(contentsOf: repo.url.appendingPathComponent(".git/index"))

    let run = try ChartcProcess.run(["diff", "--base", "HEAD", "-o", "json"], in: repo.url)
    #expect(run.status == 0, "\(run.stderr)")
    let changes = try Self.changes(run.stdout)
    #expect(changes.count == 1)
    #expect(changes.first?["env"] as? String == "prod")
    #expect(
      (changes.first?["fields"] as? [[String: Any]])?.map { $0["path"] as? String } == ["spec.maxReplicas"])

    #expect(try Self.git(["status", "--porcelain"], repo) == statusBefore)
    #expect(try Data(contentsOf: repo.url.appendingPathComponent(".git/index")) == indexBefore)
    #expect(try String(contentsOf: values, encoding: .utf8).contains("maxReplicas: 12"))
  }

  @Test func twoCommitsWithAnAddedChart() throws {
    let repo = try Self.repository()
    // second commit: a new chart in the matrix
    try FileManager.default.copyItem(
      at: Self.root.appendingPathComponent("charts/control-plane"),
      to: repo.url.appendingPathComponent("charts/second"))
    let chartYAML = repo.url.appendingPathComponent("charts/second/Chart.yaml")
    let meta = try String(contentsOf: chartYAML, encoding: .utf8)
    try meta.replacingOccurrences(of: "name: control-plane", with: "name: second")
      .write(to: chartYAML, atomically: true, encoding: .utf8)
    let project = repo.url.appendingPathComponent("chartc.yaml")
    try
      (try String(contentsOf: project, encoding: .utf8)
        + """
          - name: second
            path: charts/second
            release: second
            namespace: es-serverless
            environments:
              default: {values: [], set: []}

        """).write(to: project, atomically: true, encoding: .utf8)
    try Self.git(["add", "."], repo)
    try Self.git(["commit", "-q", "-m", "second chart"], repo)

    let run = try ChartcProcess.run(
      ["diff", "--base", "HEAD~1", "--head", "HEAD", "-o", "json"], in: repo.url)
    #expect(run.status == 0, "\(run.stderr)")
    let changes = try Self.changes(run.stdout)
    #expect(!changes.isEmpty)
    #expect(changes.allSatisfy { $0["chart"] as? String == "second" && $0["change"] as? String == "added" })

    let back = try ChartcProcess.run(
      ["diff", "--base", "HEAD", "--head", "HEAD~1", "-o", "json", "--chart", "second"], in: repo.url)
    #expect(back.status == 0, "\(back.stderr)")
    #expect(try Self.changes(back.stdout).allSatisfy { $0["change"] as? String == "removed" })
    #expect(try Self.changes(back.stdout).count == changes.count)
  }

  @Test func unknownRevisionAndChartAreErrors() throws {
    let repo = try Self.repository()
    let bad = try ChartcProcess.run(["diff", "--base", "no-such-branch"], in: repo.url)
    #expect(bad.status == 1)
    #expect(bad.stderr.hasPrefix("Error: "), "\(bad.stderr)")
    #expect(bad.stderr.contains("no-such-branch"))
    #expect(bad.stdout.isEmpty)
    let chart = try ChartcProcess.run(["diff", "--base", "HEAD", "--chart", "nope"], in: repo.url)
    #expect(chart.status == 1)
    #expect(chart.stderr.contains("no chart named \"nope\""), "\(chart.stderr)")
  }
}
