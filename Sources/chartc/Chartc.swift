import Foundation

/// The `chartc` command line: render, validate, lint and lock Helm charts.
@main
enum Chartc {
  static let spec = CommandSpec(
    name: "chartc",
    abstract: "Render, validate and lock Helm charts exactly as Helm v4 does.",
    discussion: "`chartc --version` prints what `chartc version` prints.",
    subcommands: [
      RenderCommand.spec, ValidateCommand.spec, LintCommand.spec, DiffCommand.spec, BudgetCommand.spec,
      GoldenCommand.spec, BenchCommand.spec, EvalCommand.spec, VersionCommand.spec,
    ]
  )

  /// Parses the command line, runs the command and exits with its status; every failure is
  /// reported as Helm reports it (`Error: …` on stderr, exit 1), usage errors included.
  ///
  /// Synchronous on purpose: an async `main` ends the main thread with `pthread_exit`, whose
  /// unwinding is slow in a statically linked binary. An asynchronous command runs on a
  /// detached task while the main thread waits for it.
  static func main() {
    MallocTuning.apply()
    let arguments = Array(CommandLine.arguments.dropFirst())
    // `--version` of the root only: a root flag would also capture `render --version`.
    if arguments == ["--version"] {
      StandardOutput.write(BuildInfo.current().text)
      return
    }
    exit(run(arguments))
  }

  /// Runs the command line `arguments`; the exit status.
  static func run(_ arguments: [String]) -> Int32 {
    do {
      switch try CommandLineParser(root: spec).parse(arguments) {
      case .help(let stack):
        StandardOutput.write(HelpText(stack: stack).text + "\n")
      case .completionScript(let shell):
        StandardOutput.write(shell.script(for: spec))
      case .run(.synchronous(let work)):
        try work()
      case .run(.asynchronous(let work)):
        return waitFor(work, arguments: arguments)
      }
      return 0
    } catch {
      return report(error, arguments: arguments)
    }
  }

  /// Runs `work` on a detached task, the calling thread blocked until it ends; its exit status.
  static func waitFor(_ work: @escaping @Sendable () async throws -> Void, arguments: [String]) -> Int32 {
    do {
      try BlockingTask.run(work)
      return 0
    } catch {
      return report(error, arguments: arguments)
    }
  }

  /// Prints `error` as `Error: <message>` (coloured on a terminal) unless it is a bare exit
  /// status; the exit status.
  static func report(_ error: any Error, arguments: [String]) -> Int32 {
    if let status = error as? ExitStatus { return status.code }
    // Casts to the concrete types first: interpolating an `any Error` asks the runtime which
    // printing protocols it conforms to, a scan of every conformance record the first time.
    let message: String
    if let failure = error as? CommandFailure {
      message = failure.description
    } else if let misuse = error as? UsageError {
      message = misuse.description
    } else {
      message = "\(error)"
    }
    let style = ColorMode.fromArguments(arguments).style(for: STDERR_FILENO)
    FileHandle.standardError.write(Data((style.red("Error:") + " " + message + "\n").utf8))
    return 1
  }
}
