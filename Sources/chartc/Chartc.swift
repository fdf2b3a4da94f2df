import ArgumentParser

/// The `chartc` command line: render, validate, lint and lock Helm charts.
@main
struct Chartc: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "chartc",
    abstract: "Render, validate and lock Helm charts exactly as Helm v4 does.",
    version: "0.1.0",
    subcommands: [
      RenderCommand.self, ValidateCommand.self, LintCommand.self, GoldenCommand.self, BenchCommand.self,
      EvalCommand.self,
    ]
  )
}
