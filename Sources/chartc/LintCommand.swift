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
      Without arguments, every chart and environment of the render matrix (--project) is linted concurrently.

      With a chart directory (or .tgz), that chart is rendered once with the render flags (-f, --set, -n, --kube-version...).

      With files (as pre-commit passes staged files), each file is mapped to its chart (the matrix entry whose path holds it, or the nearest folder with a Chart.yaml) and each touched chart is linted once in every environment of the matrix.

      Configuration: the `lint:` section of chartc.yaml and a .chartc.yaml beside a chart (rule severities, exclusions, external references); objects may carry `chartc.io/ignore: "rule-id[,rule-id] -- reason"`.

      Exits 1 when a finding is an error (or a warning, with --strict), and on usage errors.
      """
  )

  @Argument(help: "A chart directory or archive, or files inside charts (default: the whole matrix).")
  var inputs: [String] = []

  @OptionGroup var valueFlags: ValueFlags

  @Option(
    name: .customLong("project"),
    help: "The project file declaring the render matrix and the lint configuration.")
  var project: String = "chartc.yaml"

  @Option(name: .customLong("env"), help: "Only this matrix environment (can specify multiple).")
  var environments: [String] = []

  @Flag(name: .customLong("strict"), help: "Fail on warnings; ignore annotations cannot silence errors.")
  var strict = false

  @Flag(name: .customLong("with-subcharts"), help: "Also run Helm's lint rules on the charts below charts/.")
  var withSubcharts = false

  @Flag(name: .customLong("quiet"), help: "Print only warnings and errors.")
  var quiet = false

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: "Report format: text, json, sarif, github or junit.")
  var output: String = "text"

  @OptionGroup var color: ColorFlag

  func run() async throws {
    guard let format = LintOutputFormat(rawValue: output) else {
      throw CommandFailure("invalid output format \"\(output)\": use text, json, sarif, github or junit")
    }
    let matrix = try loadMatrix()
    let targets = try LintInputs(matrix: matrix, valueFlags: valueFlags, environments: environments).targets(
      for: inputs)
    let knownRules = Set(LintCatalogue.all().map(\.id))
    var configuration = LintConfiguration()
    if matrix != nil {
      configuration = LintConfigurationReader(knownRules: knownRules).read(file: project)
    }
    let registry = SchemaRegistry.locateBundledDirectory(
      override: ProcessInfo.processInfo.environment["CHARTC_SCHEMAS"],
      executablePath: CommandLine.arguments.first
    ).map { SchemaRegistry(directory: $0) }
    let linter = Linter(
      registry: registry,
      options: LintOptions(strict: strict, withSubcharts: withSubcharts, configuration: configuration))
    let outcomes = await linter.lint(targets)
    let report = LintReport(
      outcomes: outcomes, rules: LintCatalogue.all(), strict: strict, quiet: quiet,
      base: FileManager.default.currentDirectoryPath)
    StandardOutput.write(format.render(report, style: color.color.style()))
    if report.failed { throw ExitCode(1) }
  }

  /// The project's matrix, or nil when the project file does not exist.
  private func loadMatrix() throws -> RenderMatrix? {
    guard FileManager.default.fileExists(atPath: project) else {
      if inputs.isEmpty {
        throw CommandFailure(
          "open \(project): no such file or directory (give a chart, or run where chartc.yaml is)")
      }
      return nil
    }
    do {
      return try RenderMatrix.load(project)
    } catch {
      throw CommandFailure("\(error)")
    }
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
