import ArgumentParser
import Charts
import Checking
import Foundation
import Policy

/// `chartc budget`: what each render asks of the cluster (steady state and peak), against its
/// budget file and the ResourceQuotas it renders; exit 1 when anything is exceeded.
struct BudgetCommand: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "budget",
    abstract: "Check what a render asks of the cluster against its budget and its ResourceQuotas.",
    discussion: """
      With a chart (`chartc budget [NAME] CHART [render flags]`), renders it as `chartc render` does and \
      checks it against --budget (default: budgets.yaml beside the chart, when there is one) for \
      --budget-env. Without a chart, checks every entry of the render matrix in chartc.yaml (or the \
      ones --chart and --env select) against the budget file each chart links to.

      Pods count as the cluster runs them: init containers against app containers and sidecars, \
      LimitRange defaults, injected mesh sidecars and RuntimeClass overhead from the budget file, \
      replicas or HPA/ScaledObject min (steady) and max plus rolling-update surge (peak), DaemonSets \
      x nodes, Jobs x parallelism. Hooks and test pods are reported apart unless the budget counts them.
      """
  )

  @Argument(
    help: ArgumentHelp("[NAME] CHART: an optional release name, then a chart directory or .tgz archive."))
  var positional: [String] = []

  @OptionGroup var valueFlags: ValueFlags

  @Option(
    name: [.customShort("a"), .customLong("api-versions")],
    help: "Kubernetes api versions used for Capabilities.APIVersions (multiple can be specified).")
  var apiVersions: [String] = []

  @Flag(name: .customLong("is-upgrade"), help: "Set .Release.IsUpgrade instead of .Release.IsInstall.")
  var isUpgrade = false

  @Option(name: .customLong("budget"), help: "The budget file (default: budgets.yaml beside the chart).")
  var budget: String?

  @Option(
    name: .customLong("budget-env"),
    help: "The environment of the budget file to check against (default: `default`, or its only one).")
  var budgetEnvironment: String?

  @Option(name: .customLong("project"), help: "The project file declaring the render matrix.")
  var project: String = "chartc.yaml"

  @Option(name: .customLong("chart"), help: "Only this chart of the matrix (can specify multiple).")
  var charts: [String] = []

  @Option(name: .customLong("env"), help: "Only this environment of the matrix (can specify multiple).")
  var environments: [String] = []

  @Option(name: [.customShort("o"), .customLong("output")], help: "Output format: text, markdown or json.")
  var output: BudgetOutputFormat = .text

  @OptionGroup var colorFlag: ColorFlag

  enum BudgetOutputFormat: String, ExpressibleByArgument, CaseIterable { case text, markdown, json }

  func validate() throws {
    if positional.count > 2 { throw ValidationError("expected at most 2 arguments: [NAME] CHART") }
    if positional.isEmpty && (budget != nil || budgetEnvironment != nil) {
      throw ValidationError("--budget and --budget-env apply to a chart; the matrix links its own budgets")
    }
    if !positional.isEmpty && (!charts.isEmpty || !environments.isEmpty) {
      throw ValidationError("--chart and --env select matrix entries; they do not apply to a chart argument")
    }
  }

  func run() async throws {
    let reports: [BudgetReport]
    if positional.isEmpty {
      reports = try await matrixReports()
    } else {
      reports = [try singleReport()]
    }
    switch output {
    case .text:
      let style = colorFlag.color.style()
      StandardOutput.write(reports.map { BudgetTextReport.render($0, style: style) }.joined(separator: "\n"))
    case .markdown: StandardOutput.write(BudgetMarkdownReport.render(reports))
    case .json: StandardOutput.write(BudgetJSONReport.render(reports))
    }
    if reports.contains(where: \.isExceeded) { throw ExitCode.failure }
  }

  func singleReport() throws -> BudgetReport {
    var request = RenderRequest(chartPath: positional.last!)
    if positional.count == 2 { request.releaseName = positional[0] }
    valueFlags.apply(to: &request)
    request.isUpgrade = isUpgrade
    request.extraAPIVersions = apiVersions.flatMap { $0.split(separator: ",").map(String.init) }
    let release: RenderedRelease
    do {
      release = try CheckingPipeline().render(request)
    } catch {
      throw CommandFailure.from(error)
    }
    let besideChart =
      (request.chartPath.hasSuffix("/") ? request.chartPath : request.chartPath + "/") + "budgets.yaml"
    let path = budget ?? (FileManager.default.fileExists(atPath: besideChart) ? besideChart : nil)
    do {
      let file = try path.map { path throws(BudgetFileError) in try BudgetFile.load(path) }
      let environment = file?.environment(requested: budgetEnvironment) ?? budgetEnvironment ?? "default"
      let (settings, limits) = try file?.budget(for: environment) ?? (BudgetSettings(), BudgetLimits())
      let name = release.chart.metadata.name
      return try BudgetCheck.evaluate(
        release, chart: name.isEmpty ? request.chartPath : name, environment: environment, settings: settings,
        limits: limits)
    } catch {
      throw CommandFailure("\(error)")
    }
  }

  func matrixReports() async throws -> [BudgetReport] {
    let matrix: RenderMatrix
    let entries: [RenderMatrix.Entry]
    do {
      matrix = try RenderMatrix.load(project)
      entries = try matrix.filtered(charts: charts, environments: environments)
    } catch {
      throw CommandFailure("\(error)")
    }
    let renders = await CheckingPipeline().render(matrix: matrix, entries: entries)
    for render in renders {
      if case .failure(let error) = render.result {
        throw CommandFailure(
          "\(render.entry.chart) \(render.entry.environment): \(CommandFailure.from(error))")
      }
    }
    do {
      return try MatrixBudgets.evaluate(renders, matrix: matrix)
    } catch {
      throw CommandFailure("\(error)")
    }
  }
}
