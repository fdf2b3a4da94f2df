import Foundation
import Testing

/// Bad input to `chartc diff`: a clear `Error:` on stderr, exit status 1, nothing on stdout.
@Suite struct CommandErrorTests {
  static let folder = FixtureCaseTests.casesFolder.appendingPathComponent("changed-image")

  @Test(arguments: [
    (["diff", "old.yaml", "missing.yaml"], "missing.yaml"),
    (["diff", "old.yaml", "new.yaml", "--ignore-path", "a[x"], "column"),
    (["diff", "old.yaml"], "--old-values"),
    (["diff", "old.yaml", "new.yaml", "-o", "pdf"], "pdf"),
    (["diff", "old.yaml", "broken.yaml"], "broken.yaml"),
  ])
  func badInput(_ arguments: [String], _ mention: String) throws {
    let scratch = try Scratch()
    try FileManager.default.copyItem(
      at: Self.folder.appendingPathComponent("old.yaml"), to: scratch.url.appendingPathComponent("old.yaml"))
    try FileManager.default.copyItem(
      at: Self.folder.appendingPathComponent("new.yaml"), to: scratch.url.appendingPathComponent("new.yaml"))
    try scratch.write("broken.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x\n")
    let run = try ChartcProcess.run(arguments, in: scratch.url)
    #expect(run.status == 1 || (arguments.contains("pdf") && run.status != 0), "status \(run.status)")
    #expect(run.stderr.hasPrefix("Error: "), "\(run.stderr)")
    #expect(run.stderr.contains(mention), "\(run.stderr)")
    #expect(run.stdout.isEmpty)
  }

  @Test func streamsFromStandardInput() throws {
    let scratch = try Scratch()
    let process = try ChartcProcess.runTool(
      "/bin/sh", ["-c", "\(ChartcProcess.executable.path) diff old.yaml - -o json < new.yaml"],
      in: Self.folder)
    _ = scratch
    #expect(process.status == 0, "\(process.stderr)")
    #expect(process.stdout.contains("\"path\": \"spec.template.spec.containers[name=api].image\""))
  }
}
