import Foundation
import TestSupport
import Testing

/// Where the system refuses a 1 GiB thread stack (an address-space limit), chartc falls back
/// to smaller stacks and renders as Helm does — it never waits for a thread that never started.
@Suite struct StackFallbackTests {
  /// A corpus chart with deterministic output, rendered under `ulimit -v 1000000` (1 GB).
  @Test(.enabled(if: SharedFixtures.sharedDirectory != nil, "needs ../shared (the corpus)"))
  func corpusChartRendersUnderAnAddressSpaceLimit() throws {
    let chart = try #require(SharedFixtures.shared("corpus/charts/alertmanager"))
    let expected = try #require(SharedFixtures.shared("corpus/cases/alertmanager/default/expected.yaml"))
    let scratch = try ScratchFolder()
    let run = try BoundedRun.bash(
      "ulimit -v 1000000 && \"$CHARTC\" render release-name '\(chart)' -n default", in: scratch.url,
      timeLimit: 120)
    #expect(!run.timedOut, "chartc hung under an address-space limit")
    #expect(run.status == 0, "\(run.stderrText.prefix(2000))")
    #expect(run.stdout == [UInt8](try Data(contentsOf: URL(fileURLWithPath: expected))))
  }

  /// Deep template nesting on the smaller stack still ends in Helm's answer or a clear
  /// error, never a crash.
  @Test func deepNestingUnderAnAddressSpaceLimitEndsCleanly() throws {
    let scratch = try ScratchFolder()
    try scratch.chart(templates: [
      "t.yaml":
        "{{ define \"s\" }}{{ if lt . 20000 }}{{ template \"s\" (add1 .) }}{{ end }}{{ end }}"
        + "x: {{ template \"s\" 0 }}1\n"
    ])
    let run = try BoundedRun.bash(
      "ulimit -v 1000000 && \"$CHARTC\" render chart", in: scratch.url, timeLimit: 300)
    #expect(!run.timedOut)
    #expect(run.status == 0 || run.status == 1, "crashed: \(run.stderrText.prefix(2000))")
    if run.status == 0 {
      #expect(run.stdoutText == "---\n# Source: demo/templates/t.yaml\nx: 1\n")
    } else {
      // The stack is an eighth of the 1,024,000,000-byte limit.
      #expect(
        run.stderrText
          == "Error: demo/templates/t.yaml:1:47\n  executing \"s\" at <{{template \"s\" (add1 .)}}>:\n"
          + "    template nesting exceeds the 122 MiB thread stack the system allowed\n\n"
          + "Use --debug flag to render out invalid YAML\n")
    }
  }
}
