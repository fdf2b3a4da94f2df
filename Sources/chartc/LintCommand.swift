import ArgumentParser
import Charts
import Checking
import Foundation
import Policy
import Validation

/// `chartc lint [CHART | FILE...]`: Helm's lint, schema validation and chartc's rules over
/// one render, the whole matrix of chartc.yaml, or the charts that hold the given files.
struct LintCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint",
    abstract: "Lint charts: Helm's lint, schema validation and chartc's rules, at the template line.",
    discussion: """
      Without arguments, every chart and environment of the render matrix (--project) is linted concurrently; --chart, --env and --shard select entries.

      With a chart directory (or .tgz), that chart is rendered once with the render flags (-f, --set, -n, --kube-version...).

      With files (as pre-commit passes staged files), each file is mapped to its chart (the matrix entry whose path holds it, or the nearest folder with a Chart.yaml) and each touched chart is linted once in every selected environment of the matrix.

      Configuration: the `lint:` section of chartc.yaml and a .chartc.yaml beside a chart (rule severities, exclusions, external references); objects may carry `chartc.io/ignore: "rule-id[,rule-id] -- reason"`.

      Exits 1 when a finding is an error (or a warning, with --strict), and on usage errors.
      """
  )

  @Argument(help: "A chart directory or archive, or files inside charts (default: the whole matrix).")
  var inputs: [String] = []

  @OptionGroup(title: "Render (a chart argument)") var renderFlags: RenderFlags

  @OptionGroup(title: "Matrix (the project's lint configuration too)") var selection: MatrixSelection

  @Flag(name: .customLong("strict"), help: "Fail on warnings; ignore annotations cannot silence errors.")
  var strict = false

  @Flag(name: .customLong("with-subcharts"), help: "Also run Helm's lint rules on the charts below charts/.")
  var withSubcharts = false

  @Flag(name: .customLong("quiet"), help: "Print only warnings and errors.")
  var quiet = false

  @OptionGroup var schemas: SchemaLocationFlags

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: "Report format: text, json, sarif, github or junit.")
  var output: String = "text"

  @OptionGroup var color: ColorFlag

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
    if report.failed { throw ExitCode(1) }
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
    case .sarif: LintSARIFReport.render(report, toolVersion: Chartc.configuration.version)
    case .github: LintGitHubReport.render(report)
    case .junit: LintJUnitReport.render(report)
    }
  }
}
