import Foundation
import Testing

/// The command-line parser: the forms an option may take, repeated options, `--`, options
/// after positionals, and Helm's wording for every kind of misuse.
@Suite struct CommandLineParsingTests {
  /// A command line and the values a chart that prints them should render (`CHART` stands
  /// for the chart's path).
  struct Accepted: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    let rendered: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let template = """
    name: {{ .Release.Name }}
    namespace: {{ .Release.Namespace }}
    a: {{ .Values.a }}
    b: {{ .Values.b | default "none" }}

    """

  static let accepted: [Accepted] = [
    Accepted(arguments: ["CHART"], rendered: "release-name default 1 none"),
    Accepted(arguments: ["--namespace", "x", "CHART"], rendered: "release-name x 1 none"),
    Accepted(arguments: ["--namespace=x", "CHART"], rendered: "release-name x 1 none"),
    Accepted(arguments: ["-n", "x", "CHART"], rendered: "release-name x 1 none"),
    Accepted(arguments: ["-n=x", "CHART"], rendered: "release-name x 1 none"),
    Accepted(arguments: ["-n", "y", "CHART", "-n", "x"], rendered: "release-name x 1 none"),
    Accepted(arguments: ["mine", "CHART", "--namespace", "x"], rendered: "mine x 1 none"),
    Accepted(arguments: ["--set", "a=2", "mine", "--set", "b=3", "CHART"], rendered: "mine default 2 3"),
    Accepted(arguments: ["--set=a=2,b=3", "CHART"], rendered: "release-name default 2 3"),
    Accepted(arguments: ["--set", "a=2", "--set", "a=4", "CHART"], rendered: "release-name default 4 none"),
    Accepted(arguments: ["mine", "--", "CHART"], rendered: "mine default 1 none"),
    Accepted(arguments: ["-gn", "x", "CHART"], rendered: "release-name x 1 none"),
    Accepted(arguments: ["CHART", "--is-upgrade", "--is-upgrade"], rendered: "release-name default 1 none"),
  ]

  @Test(arguments: accepted) func acceptedForms(_ accepted: Accepted) throws {
    let chart = try FixtureChart(["templates/cm.yaml": Self.template])
    let arguments = accepted.arguments.map { $0 == "CHART" ? chart.path : $0 }
    let run = try ChartcRun.run(["render"] + arguments)
    #expect(run.status == 0, "\(run.stderr)")
    let values = run.stdout.split(separator: "\n").compactMap { line -> String? in
      guard let colon = line.firstIndex(of: ":"), !line.hasPrefix("#"), !line.hasPrefix("---") else {
        return nil
      }
      return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
    }
    #expect(values.joined(separator: " ") == accepted.rendered, "\(run.stdout)")
  }

  /// A command line that misuses the command line, and the whole of stderr it gets.
  struct Misuse: Sendable, CustomTestStringConvertible {
    let arguments: [String]
    let stderr: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  static let misuses: [Misuse] = [
    Misuse(arguments: ["render", "x", "--foo"], stderr: "unknown flag: --foo"),
    Misuse(arguments: ["render", "x", "--foo=bar"], stderr: "unknown flag: --foo"),
    Misuse(arguments: ["validate", "-x"], stderr: "unknown shorthand flag: 'x' in -x"),
    Misuse(arguments: ["render", "x", "-xy"], stderr: "unknown shorthand flag: 'x' in -xy"),
    Misuse(arguments: ["validate", "-vx"], stderr: "unknown shorthand flag: 'x' in -x"),
    Misuse(arguments: ["render", "x", "--set"], stderr: "flag needs an argument: --set"),
    Misuse(arguments: ["render", "x", "--set", "--debug"], stderr: "flag needs an argument: --set"),
    Misuse(arguments: ["render", "x", "--set="], stderr: "flag needs an argument: --set"),
    Misuse(arguments: ["version", "-o"], stderr: "flag needs an argument: 'o' in -o"),
    Misuse(
      arguments: ["render", "x", "-fvalues.yaml"], stderr: "unknown shorthand flag: 'f' in -fvalues.yaml"),
    Misuse(
      arguments: ["validate", "-o", "yaml"],
      stderr:
        "The value 'yaml' is invalid for '-o <output>'. Please provide one of 'text', 'json', 'junit' or 'tap'."
    ),
    Misuse(
      arguments: ["version", "--output=yaml"],
      stderr: "The value 'yaml' is invalid for '--output <output>'. Please provide one of 'text' and 'json'."),
    Misuse(
      arguments: ["golden", "list", "-o", "yaml"], stderr: "The value 'yaml' is invalid for '-o <output>'"),
    Misuse(
      arguments: ["diff", "-U", "many", "a", "b"], stderr: "The value 'many' is invalid for '-U <context>'"),
    Misuse(
      arguments: ["golden", "check", "--shard", "5"], stderr: "The value '5' is invalid for '--shard <I/N>'"),
    Misuse(
      arguments: ["render", "x", "--debug=1"],
      stderr: "The option '--debug' does not take any value, but '1' was specified."),
    Misuse(arguments: ["render", "a", "b", "c"], stderr: "Unexpected argument 'c'"),
    Misuse(arguments: ["golden", "check", "a", "b"], stderr: "2 unexpected arguments: 'a', 'b'"),
    Misuse(arguments: ["nosuch"], stderr: "Unexpected argument 'nosuch'"),
    Misuse(arguments: ["golden", "nosuch"], stderr: "Unexpected argument 'nosuch'"),
    Misuse(arguments: ["--", "version"], stderr: "Unexpected argument 'version'"),
    Misuse(arguments: ["version", "--", "--help"], stderr: "Unexpected argument '--help'"),
    Misuse(arguments: ["render", "x", "---foo"], stderr: "Invalid option: ---foo"),
    // The command's own checks come before unknown options, as they always did.
    Misuse(
      arguments: ["render", "--foo"],
      stderr: "\"chartc render\" requires at least 1 argument and at most 2: [NAME] CHART"),
    Misuse(arguments: ["budget", "a", "b", "c"], stderr: "expected at most 2 arguments: [NAME] CHART"),
    Misuse(arguments: ["bench", "x", "--iterations=-3"], stderr: "--iterations must be at least 1"),
    Misuse(
      arguments: ["--generate-completion-script", "tcsh"],
      stderr: """
        Can't generate completion scripts for 'tcsh'.
        Please use --generate-completion-script=<shell> with one of:
            zsh bash fish
        """),
  ]

  @Test(arguments: misuses) func misuseIsReportedInHelmsWording(_ misuse: Misuse) throws {
    let run = try ChartcRun.run(misuse.arguments)
    #expect(run.status == 1)
    #expect(run.stderr == "Error: \(misuse.stderr)\n")
    #expect(run.stdout.isEmpty)
  }

  /// Help wins over the command's checks, unknown options and surplus arguments, wherever
  /// it is asked for; a refused value comes first.
  @Test(arguments: [
    ["render", "--help"], ["render", "-h"], ["render", "-help"], ["help", "render"],
    ["render", "a", "b", "c", "-h"],
    ["render", "--foo", "--help"], ["render", "-x", "--help"], ["--help", "render"],
    ["version", "--help-hidden"],
  ])
  func helpIsAnsweredFirst(_ arguments: [String]) throws {
    let run = try ChartcRun.run(arguments)
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("OVERVIEW: "), "\(run.stdout)")
    #expect(run.stderr.isEmpty)
  }

  @Test func aRefusedValueComesBeforeHelp() throws {
    let run = try ChartcRun.run(["version", "-o", "yaml", "--help"])
    #expect(run.status == 1)
    #expect(run.stderr.hasPrefix("Error: The value 'yaml' is invalid"))
  }

  /// A command that only groups subcommands prints its help, as does `chartc` alone.
  @Test(arguments: [[], ["golden"], ["help"], ["help", "nosuch"]])
  func groupsPrintTheirHelp(_ arguments: [String]) throws {
    let run = try ChartcRun.run(arguments)
    #expect(run.status == 0)
    #expect(run.stdout.contains("SUBCOMMANDS:"), "\(run.stdout)")
  }
}
