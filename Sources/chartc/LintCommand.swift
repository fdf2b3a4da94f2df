import Charts
import Checking
import Foundation
import Policy
import Validation

/// `chartc lint [CHART | FILE...]`: Helm's lint, schema validation and chartc's rules over
/// one render, the whole matrix of chartc.yaml, or the charts that hold the given files.
struct LintCommand: AsynchronousCommand {
  /// The options of lint itself, as declared to the parser.
  enum Option {
    static let strict = OptionSpec.flag(
      "strict", help: "Fail on warnings; ignore annotations cannot silence errors.")
    static let withSubcharts = OptionSpec.flag(
      "with-subcharts", help: "Also run Helm's lint rules on the charts below charts/.")
    static let quiet = OptionSpec.flag("quiet", help: "Print only warnings and errors.")
    static let output = OptionSpec.single(
      "output", short: "o", help: "Report format: text, json, sarif, github or junit.", default: "text")
  }

  static let spec = CommandSpec(
    name: "lint",
    abstract: "Lint charts: Helm's lint, schema validation and chartc's rules, at the template line.",
    discussion: """
      Without arguments, every chart and environment of the render matrix (--project) is linted concurrently; --chart, --env and --shard select entries.

      With a chart directory (or .tgz), that chart is rendered once with the render flags (-f, --set, -n, --kube-version...).

      With files (as pre-commit passes staged files), each file is mapped to its chart (the matrix entry whose path holds it, or the nearest folder with a Chart.yaml) and each touched chart is linted once in every selected environment of the matrix.

      Configuration: the `lint:` section of chartc.yaml and a .chartc.yaml beside a chart (rule severities, exclusions, external references); objects may carry `chartc.io/ignore: "rule-id[,rule-id] -- reason"`.

      Exits 1 when a finding is an error (or a warning, with --strict), and on usage errors.
      """,
    arguments: [
      ArgumentSpec(
        valueName: "inputs",
        help: "A chart directory or archive, or files inside charts (default: the whole matrix).",
        repeating: true)
    ],
    options: RenderFlags.options.titled("Render (a chart argument)")
      + MatrixSelection.options.titled("Matrix (the project's lint configuration too)")
      + [Option.strict, Option.withSubcharts, Option.quiet] + SchemaLocationFlags.options + [Option.output]
      + ColorFlag.options,
    start: start
  )

  var inputs: [String]
  var renderFlags: RenderFlags
  var selection: MatrixSelection
  var strict: Bool
  var withSubcharts: Bool
  var quiet: Bool
  var schemas: SchemaLocationFlags
  var output: String
  var color: ColorFlag

  /// The tool version the SARIF report names: empty, as it always was (the command line
  /// declares no version of its own; `chartc version` prints chartc's).
  static let sarifToolVersion = ""

  init(_ parsed: ParsedArguments) {
    inputs = parsed.positionals
    renderFlags = RenderFlags(parsed)
    selection = MatrixSelection(parsed)
    strict = parsed.flag(Option.strict)
    withSubcharts = parsed.flag(Option.withSubcharts)
    quiet = parsed.flag(Option.quiet)
    schemas = SchemaLocationFlags(parsed)
    output = parsed.value(Option.output) ?? "text"
    color = ColorFlag(parsed)
  }

  func run() async throws {
    guard let format = LintOutputFormat(rawValue: output) else {
      throw CommandFailure("invalid output format \"\(output)\": use text, json, sarif, github or junit")
    }
    let (matrix, entries) = try loadMatrix()
    let inputs = LintInputs(matrix: matrix, entries: entries, request: renderFlags.request(chartPath: ""))
    let targets = inputs.targets(for: self.inputs)
    let configuration =
      matrix == nil
      ? LintConfiguration()
      : LintConfigurationReader(knownRules: Set(LintCatalogue.all().map(\.id))).read(file: selection.project)
    let linter = Linter(
      registry: try schemas.makeRegistry(),
      options: LintOptions(strict: strict, withSubcharts: withSubcharts, configuration: configuration))
    let progress = Progress(total: targets.count)
    let outcomes = await linter.lint(targets) { target in
      progress.finished(target.chart + (target.environment.map { "/" + $0 } ?? ""))
    }
    progress.end()
    let report = LintReport(
      outcomes: outcomes, rules: LintCatalogue.all(rules: linter.rules), strict: strict, quiet: quiet,
      base: FileManager.default.currentDirectoryPath)
    StandardOutput.write(format.render(report, style: color.color.style()))
    if report.failed { throw ExitStatus.failure }
  }

  /// The project's matrix, or nil when the project file does not exist and charts or files
  /// are given.
  private func loadMatrix() throws -> (RenderMatrix?, [RenderMatrix.Entry]) {
    guard FileManager.default.fileExists(atPath: selection.project) else {
      if inputs.isEmpty {
        throw CommandFailure(
          "open \(selection.project): no such file or directory (give a chart, or run where chartc.yaml is)")
      }
      if selection.narrows {
        throw CommandFailure(
          "--chart, --env and --shard select entries of \(selection.project), which does not exist")
      }
      return (nil, [])
    }
    return try selection.load()
  }
}

/// The report formats of `chartc lint -o`.
enum LintOutputFormat: String, CaseIterable {
  case text, json, sarif, github, junit

  func render(_ report: LintReport, style: TextStyle) -> String {
    switch self {
    case .text: LintTextReport.render(report, style: style)
    case .json: LintJSONReport.render(report)
    case .sarif: LintSARIFReport.render(report, toolVersion: LintCommand.sarifToolVersion)
    case .github: LintGitHubReport.render(report)
    case .junit: LintJUnitReport.render(report)
    }
  }
}
