import Foundation
import Testing

/// Inputs that are not regular files — process substitution, `/dev/stdin` from a pipe, FIFOs —
/// are read to their end, as Helm reads them; folders and unreadable paths keep Go's errors.
@Suite struct FileKindTests {
  static let expected = "---\n# Source: demo/templates/t.yaml\nx: from-pipe\n"

  func project() throws -> ScratchFolder {
    let folder = try ScratchFolder()
    try folder.chart(templates: ["t.yaml": "x: {{ .Values.k }}\n"])
    try folder.write("m.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n")
    return folder
  }

  @Test func valuesFromProcessSubstitution() throws {
    let folder = try project()
    let run = try BoundedRun.bash("\"$CHARTC\" render chart -f <(printf 'k: from-pipe\\n')", in: folder.url)
    #expect(!run.timedOut)
    #expect(run.status == 0, "\(run.stderrText)")
    #expect(run.stdoutText == Self.expected)
  }

  @Test func valuesFromDevStdinOnAPipe() throws {
    let folder = try project()
    let run = try BoundedRun.bash(
      "printf 'k: from-pipe\\n' | \"$CHARTC\" render chart -f /dev/stdin", in: folder.url)
    #expect(!run.timedOut)
    #expect(run.status == 0, "\(run.stderrText)")
    #expect(run.stdoutText == Self.expected)
  }

  @Test func valuesFromAFIFO() throws {
    let folder = try project()
    let run = try BoundedRun.bash(
      "mkfifo v.fifo && (printf 'k: from-pipe\\n' > v.fifo &) && \"$CHARTC\" render chart -f v.fifo",
      in: folder.url,
      timeLimit: 60)
    #expect(!run.timedOut)
    #expect(run.status == 0, "\(run.stderrText)")
    #expect(run.stdoutText == Self.expected)
  }

  @Test func setFileFromProcessSubstitution() throws {
    let folder = try project()
    let run = try BoundedRun.bash("\"$CHARTC\" render chart --set-file k=<(printf from-pipe)", in: folder.url)
    #expect(!run.timedOut)
    #expect(run.status == 0, "\(run.stderrText)")
    #expect(run.stdoutText == Self.expected)
  }

  @Test func validateFromProcessSubstitutionAndFIFO() throws {
    let folder = try project()
    let run = try BoundedRun.bash(
      "mkfifo m.fifo && (cat m.yaml > m.fifo &) && \"$CHARTC\" validate <(cat m.yaml) m.fifo", in: folder.url,
      timeLimit: 60)
    #expect(!run.timedOut)
    #expect(run.status == 0, "\(run.stderrText)")
    #expect(
      run.stdoutText.contains(
        "Summary: 2 resources found in 2 files - Valid: 2, Invalid: 0, Errors: 0, Skipped: 0"),
      "\(run.stdoutText)")
  }

  @Test func folderAndMissingFileKeepGoErrors() throws {
    let folder = try project()
    let run = try BoundedRun.bash(
      "\"$CHARTC\" render chart -f chart; \"$CHARTC\" render chart -f nothere.yaml", in: folder.url)
    #expect(!run.timedOut)
    #expect(
      run.stderrText
        == "Error: read chart: is a directory\nError: open nothere.yaml: no such file or directory\n")
  }

  /// (Root reads any file: the check needs an ordinary user.)
  @Test(.enabled(if: getuid() != 0)) func unreadableFileKeepsGoError() throws {
    let folder = try project()
    try folder.write("locked.yaml", "k: 1\n")
    let run = try BoundedRun.bash(
      "chmod 000 locked.yaml; \"$CHARTC\" render chart -f locked.yaml", in: folder.url)
    #expect(run.stderrText == "Error: open locked.yaml: permission denied\n")
  }
}
