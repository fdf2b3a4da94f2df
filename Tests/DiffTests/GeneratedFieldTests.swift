import Checking
import Foundation
import Review
import Testing

/// Fields a chart generates (`generated:` in `chartc.yaml`): golden files lock them as a
/// placeholder, golden check and diff compare them as present and well formed.
@Suite struct GeneratedFieldTests {
  static let templates = """
    apiVersion: v1
    kind: Secret
    metadata:
      name: app-credentials
    data:
      password: {{ randAlphaNum 24 | b64enc | quote }}
      token: {{ .Values.token | b64enc | quote }}
    ---
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: app
    data:
      key: {{ randAlphaNum 16 | quote }}
      script: |
        echo {{ randAlphaNum 10 }}
        exit 0
      stable: "yes"

    """

  static func project(generated: Bool) throws -> Scratch {
    let scratch = try Scratch()
    try scratch.write("charts/app/Chart.yaml", "apiVersion: v2\nname: app\nversion: 0.1.0\n")
    try scratch.write("charts/app/values.yaml", "token: abc\n")
    try scratch.write("charts/app/templates/objects.yaml", templates)
    try scratch.write("empty-token.yaml", "token: \"\"\n")
    let fields =
      generated
      ? """
      , generated: [
              {kind: Secret, name: app-credentials, path: /data/password},
              {kind: Secret, name: app-credentials, path: /data/token},
              {kind: ConfigMap, name: app, path: /data/key},
              {kind: ConfigMap, name: app, path: /data/script}]
      """ : ""
    try scratch.write(
      "chartc.yaml",
      """
      version: 1
      charts:
        - name: app
          path: charts/app
          namespace: apps
          environments:
            default: {values: []\(fields)}

      """)
    return scratch
  }

  @Test func goldenFilesHoldPlaceholdersAndStayUnchanged() async throws {
    let scratch = try Self.project(generated: true)
    let matrix = try RenderMatrix.load(scratch.path + "/chartc.yaml")
    #expect(matrix.entries.first?.generated.count == 4)
    let golden = GoldenFiles(matrix: matrix)
    #expect(try golden.update(await golden.check(matrix.entries)) == ["golden/app/default.yaml"])
    let text = try String(contentsOfFile: scratch.path + "/golden/app/default.yaml", encoding: .utf8)
    #expect(text.contains("  password: \(GeneratedField.placeholder)\n"))
    #expect(text.contains("  token: \(GeneratedField.placeholder)\n"))
    #expect(text.contains("  key: \(GeneratedField.placeholder)\n"))
    #expect(text.contains("  script: \(GeneratedField.placeholder)\n  stable: \"yes\"\n"))
    for _ in 0..<3 {
      #expect(await golden.check(matrix.entries).map(\.status) == [.unchanged])
    }
  }

  @Test func aMalformedGeneratedValueDrifts() async throws {
    let scratch = try Self.project(generated: true)
    let matrix = try RenderMatrix.load(scratch.path + "/chartc.yaml")
    let golden = GoldenFiles(matrix: matrix)
    _ = try golden.update(await golden.check(matrix.entries))
    var broken = matrix
    broken.entries[0].values = ["empty-token.yaml"]
    let outcome = await GoldenFiles(matrix: broken).check(broken.entries)
    guard case .drifted(let diff)? = outcome.first?.status else {
      Issue.record("expected drift, got \(String(describing: outcome.first?.status))")
      return
    }
    #expect(diff.contains("-  token: \(GeneratedField.placeholder)\n+  token: \"\"\n"))
  }

  @Test func withoutTheDeclarationGoldenFilesDrift() async throws {
    let scratch = try Self.project(generated: false)
    let matrix = try RenderMatrix.load(scratch.path + "/chartc.yaml")
    let golden = GoldenFiles(matrix: matrix)
    _ = try golden.update(await golden.check(matrix.entries))
    if case .drifted = await golden.check(matrix.entries).first?.status {
    } else {
      Issue.record("random values should drift when not declared as generated")
    }
  }

  @Test func diffComparesGeneratedFieldsAsPresent() async throws {
    for declared in [true, false] {
      let scratch = try Self.project(generated: declared)
      let project = scratch.path + "/chartc.yaml"
      let old = try await ProjectRenders.render(project: project, revision: nil, charts: [], environments: [])
      let new = try await ProjectRenders.render(project: project, revision: nil, charts: [], environments: [])
      let report = ManifestDiff(options: DiffOptions(generated: old.generated + new.generated)).compare(
        old: old.sets, new: new.sets)
      if declared {
        #expect(report.changes.isEmpty, "\(report.changes.map(\.title))")
      } else {
        #expect(report.changes.map(\.reference.kind).sorted() == ["ConfigMap", "Secret"])
      }
    }
  }
}
