import Foundation
import Testing

/// Help texts: named positionals, the same argument order everywhere, no broken lines.
@Suite struct HelpTextTests {
  static let commands: [[String]] = [
    [], ["render"], ["validate"], ["golden"], ["golden", "check"], ["golden", "update"], ["golden", "list"],
    ["golden", "render"], ["bench"], ["eval"], ["version"],
  ]

  @Test func renderAndBenchNameTheirPositionals() throws {
    for command in ["render", "bench"] {
      let help = try ChartcRun.run([command, "--help"]).stdout
      #expect(help.contains("chartc \(command) [NAME] CHART"), "\(command): \(help)")
      #expect(!help.contains("<positional>"), "\(command): \(help)")
      #expect(help.contains("<NAME>") && help.contains("<CHART>"), "\(command): \(help)")
    }
  }

  @Test func benchTakesNameThenChart() throws {
    let chart = try FixtureChart(["templates/name.yaml": "name: {{ .Release.Name }}\n"])
    let run = try ChartcRun.run(["bench", "mine", chart.path, "--iterations", "1"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.contains("\"chart\": \"\(chart.path)\""), "\(run.stdout)")
  }

  /// A line break where the next word would still have fitted means the text was wrapped
  /// twice (hard newlines in the source, then the help formatter): a broken line.
  @Test func noHelpTextHasBrokenLines() throws {
    for command in Self.commands {
      let help = try ChartcRun.run(command + ["--help"]).stdout
      let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      for (line, next) in zip(lines, lines.dropFirst()) {
        let trimmed = next.drop { $0 == " " }
        guard let first = trimmed.first, first.isLowercase || first == "(" || first == "`" else { continue }
        if trimmed.hasPrefix("chartc ") { continue }  // one usage line each
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
        let indent = next.prefix { $0 == " " }.count
        let word = trimmed.prefix { $0 != " " }
        #expect(
          line.count + 1 + word.count > 79 || indent != line.prefix(while: { $0 == " " }).count,
          "chartc \(command.joined(separator: " ")) --help: broken line \"\(line)\" / \"\(next)\"")
      }
    }
  }
}
