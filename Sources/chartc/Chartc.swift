import ArgumentParser
import Foundation

/// The `chartc` command line: render, validate, lint and lock Helm charts.
@main
struct Chartc: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chartc",
    abstract: "Render, validate and lock Helm charts exactly as Helm v4 does.",
    discussion: "`chartc --version` prints what `chartc version` prints.",
    subcommands: [
      RenderCommand.self, ValidateCommand.self, LintCommand.self, DiffCommand.self, BudgetCommand.self,
      GoldenCommand.self, BenchCommand.self, EvalCommand.self, VersionCommand.self,
    ]
  )

  /// Parses the command line and runs the command; every failure is reported as Helm reports
  /// it (`Error: …` on stderr) and exits 1, usage errors included (ArgumentParser's 64).
  static func main() async {
    MallocTuning.apply()
    let arguments = Array(CommandLine.arguments.dropFirst())
    // `--version` of the root only: a root flag would also capture `render --version`.
    if arguments == ["--version"] {
      StandardOutput.write(BuildInfo.current().text)
      return
    }
    do {
      var command = try parseAsRoot(arguments)
      if var asyncCommand = command as? AsyncParsableCommand {
        try await asyncCommand.run()
      } else {
        try command.run()
      }
    } catch {
      exit(reporting: error, arguments: arguments)
    }
  }

  /// Prints `error` and exits: help, completion scripts and explicit exit codes pass through
  /// ArgumentParser; everything else is `Error: <message>` (coloured on a terminal) and 1.
  static func exit(reporting error: any Error, arguments: [String]) -> Never {
    if let code = error as? ExitCode { Foundation.exit(code.rawValue) }
    if exitCode(for: error) == .success { Self.exit(withError: error) }
    let text: String
    if let failure = error as? CommandFailure {
      text = failure.description
    } else {
      text = UsageErrorWording.helm(Self.message(for: error))
    }
    let style = ColorMode.fromArguments(arguments).style(for: STDERR_FILENO)
    FileHandle.standardError.write(Data((style.red("Error:") + " " + text + "\n").utf8))
    Foundation.exit(1)
  }
}
