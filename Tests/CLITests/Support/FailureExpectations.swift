import Foundation
import Testing

/// Runs `chartc render ARGS` twice — once to stdout, once with `--output-dir` — and checks
/// each run fails as Helm fails: exit code 1, stderr `Error: …`, stdout empty, nothing written.
/// Returns the stderr of the first run.
@discardableResult
func expectRenderFailure(
  _ arguments: [String], in directory: URL? = nil, sourceLocation: SourceLocation = #_sourceLocation
) throws -> String {
  let run = try ChartcRun.run(["render"] + arguments, in: directory)
  #expect(run.status == 1, "exit status \(run.status), stderr: \(run.stderr)", sourceLocation: sourceLocation)
  #expect(run.stderr.hasPrefix("Error: "), "stderr: \(run.stderr)", sourceLocation: sourceLocation)
  #expect(run.stdout.isEmpty, "stdout: \(run.stdout.prefix(500))", sourceLocation: sourceLocation)

  let scratch = try TemporaryDirectory()
  let outDir = scratch.path + "/out"
  let dirRun = try ChartcRun.run(["render"] + arguments + ["--output-dir", outDir], in: directory)
  #expect(
    dirRun.status == 1, "with --output-dir: exit status \(dirRun.status)", sourceLocation: sourceLocation)
  #expect(
    dirRun.stdout.isEmpty, "with --output-dir, stdout: \(dirRun.stdout.prefix(500))",
    sourceLocation: sourceLocation)
  #expect(
    !FileManager.default.fileExists(atPath: outDir), "with --output-dir, written: \(scratch.listing())",
    sourceLocation: sourceLocation)
  return run.stderr
}

/// The first line of an error text, without the `Error: ` prefix.
func firstLine(_ stderr: String) -> String {
  String(stderr.split(separator: "\n", omittingEmptySubsequences: false).first ?? "")
}
