import Foundation
import Testing

/// Names taken from untrusted input never become paths: a manifest's kind and apiVersion
/// under `--schema-location`, chart and environment names of `chartc.yaml` under `golden/`.
@Suite struct HostileNameTests {
  @Test func kindNamingAPathOutsideTheSchemaLocationIsRefusedBeforeAnyRead() throws {
    let scratch = try ScratchFolder()
    try scratch.write("schemas/configmap-v1.json", "{\"type\": \"object\"}\n")
    try scratch.write("outside/creds_v1.json", "{\"secret\": \"do-not-print\"}\n")
    try scratch.write("m.yaml", "apiVersion: v1\nkind: ../outside/creds\nmetadata:\n  name: x\n")
    let run = try BoundedRun.chartc(["validate", "--schema-location", "schemas", "m.yaml"], in: scratch.url)
    #expect(run.status == 1)
    #expect(!run.stdoutText.contains("do-not-print") && !run.stderrText.contains("do-not-print"))
    #expect(
      run.stdoutText.contains(
        "kind \"../outside/creds\" is not a Kubernetes kind name: no schema file can have that name"),
      "\(run.stdoutText)")
  }

  @Test func ordinaryKindsStillFindTheirSchemaFiles() throws {
    let scratch = try ScratchFolder()
    try scratch.write(
      "schemas/widget-example-v1.json",
      "{\"type\": \"object\", \"required\": [\"spec\"]}\n")
    try scratch.write("m.yaml", "apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: x\n")
    let run = try BoundedRun.chartc(["validate", "--schema-location", "schemas", "m.yaml"], in: scratch.url)
    #expect(run.status == 1)
    #expect(
      run.stdoutText.contains("missing property 'spec'") || run.stdoutText.contains("spec"),
      "\(run.stdoutText)")
    #expect(run.stdoutText.contains("Invalid: 1"), "\(run.stdoutText)")
  }

  func matrixProject(chart: String, environment: String) throws -> ScratchFolder {
    let scratch = try ScratchFolder()
    try scratch.write("project/charts/demo/Chart.yaml", "apiVersion: v2\nname: demo\nversion: 0.1.0\n")
    try scratch.write("project/charts/demo/templates/t.yaml", "x: 1\n")
    try scratch.write(
      "project/chartc.yaml",
      "version: 1\ncharts:\n  - name: \(chart)\n    path: charts/demo\n    environments:\n      \(environment): {}\n"
    )
    return scratch
  }

  @Test(arguments: [
    ("../escape", "dev", "project/chartc.yaml:3:11: chart name \"../escape\""),
    ("demo", "../../escape", "project/chartc.yaml:6:7: environment name \"../../escape\""),
    ("demo", "a/b", "project/chartc.yaml:6:7: environment name \"a/b\""),
    ("'..'", "dev", "project/chartc.yaml:3:11: chart name \"..\""),
  ])
  func matrixNamesThatAreNotPlainNamesAreRefusedAtLoad(chart: String, environment: String, message: String)
    throws
  {
    let scratch = try matrixProject(chart: chart, environment: environment)
    let run = try BoundedRun.chartc(
      ["golden", "update", "--project", "project/chartc.yaml"], in: scratch.url)
    #expect(run.status == 1)
    #expect(run.stderrText.contains(message), "\(run.stderrText)")
    // Nothing was written anywhere: only the files the test made exist.
    let written = FileManager.default.enumerator(atPath: scratch.url.path)?.allObjects as? [String] ?? []
    #expect(
      written.filter { $0.hasSuffix(".yaml") }.sorted() == [
        "project/chartc.yaml", "project/charts/demo/Chart.yaml", "project/charts/demo/templates/t.yaml",
      ])
  }
}
