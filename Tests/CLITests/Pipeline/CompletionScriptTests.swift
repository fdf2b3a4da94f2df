import Foundation
import Testing

/// `chartc --generate-completion-script bash|zsh|fish`: scripts that load in their shell and
/// know the subcommands and options.
@Suite struct CompletionScriptTests {
  static let shells = ["bash", "zsh", "fish"]

  @Test(arguments: shells) func scriptNamesSubcommandsAndOptions(_ shell: String) throws {
    let run = try ChartcRun.run(["--generate-completion-script", shell])
    #expect(run.status == 0, "\(run.stderr)")
    for word in [
      "render", "validate", "lint", "diff", "budget", "golden", "check", "set-json", "kube-version",
    ] {
      #expect(run.stdout.contains(word), "\(shell): \(word)")
    }
  }

  /// The script is valid syntax for its shell (`-n`), when that shell is installed.
  @Test(arguments: shells) func scriptParses(_ shell: String) throws {
    guard
      let program = ["/bin", "/usr/bin", "/usr/local/bin"].map({ URL(fileURLWithPath: "\($0)/\(shell)") })
        .first(where: { FileManager.default.isExecutableFile(atPath: $0.path) })
    else { return }
    let scratch = try TemporaryDirectory()
    try scratch.write("script", try ChartcRun.run(["--generate-completion-script", shell]).stdout)
    let check = try ChartcRun.runProcess(program, ["-n", scratch.path + "/script"])
    #expect(check.status == 0, "\(shell) -n: \(check.stderr)")
  }

  /// The bash script completes subcommands, options, choices and value files.
  @Test func bashCompletes() throws {
    let scratch = try TemporaryDirectory()
    try scratch.write("chartc.bash", try ChartcRun.run(["--generate-completion-script", "bash"]).stdout)
    try scratch.write("values-prod.yaml", "a: 1\n")
    let probe = """
      source chartc.bash
      complete_words() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _chartc; echo "${COMPREPLY[*]}"; }
      complete_words chartc ""
      complete_words chartc golden ""
      complete_words chartc golden check -o ""
      complete_words chartc render --kube-v
      complete_words chartc render -f values-p

      """
    try scratch.write("probe.sh", probe)
    let run = try ChartcRun.runProcess(URL(fileURLWithPath: "/bin/bash"), ["probe.sh"], in: scratch.url)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(
      run.stdout.split(separator: "\n").map(String.init) == [
        "render validate lint diff budget golden bench eval version help", "check update list render",
        "text json junit", "--kube-version", "values-prod.yaml",
      ], "\(run.stdout)")
  }

  @Test func shellIsDetectedFromTheEnvironment() throws {
    let run = try ChartcRun.run(["--generate-completion-script"], environment: ["SHELL": "/usr/bin/fish"])
    #expect(run.status == 0)
    #expect(run.stdout.contains("complete -c chartc"))
  }
}
