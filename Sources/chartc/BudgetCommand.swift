import Charts
import Checking
import Foundation
import Policy

/// `chartc budget`: what each render asks of the cluster (steady state and peak), against its
/// budget file and the ResourceQuotas it renders; exit 1 when anything is exceeded.
struct BudgetCommand: AsynchronousCommand {
  /// The options of budget itself, as declared to the parser.
  enum Option {
    static let budget = OptionSpec.single(
      "budget", help: "The budget file (default: budgets.yaml beside the chart)."
    ).completingPaths
    static let budgetEnv = OptionSpec.single(
      "budget-env",
      help: "The environment of the budget file to check against (default: `default`, or its only one).")
    static let render = OptionSpec.flag(
      "render",
      help: "Render every matrix entry, even where its golden file is current (see `chartc golden update`).")
    static let output = OptionSpec.single(
      "output", short: "o", help: "Output format: text, markdown or json.",
      values: .choice(BudgetOutputFormat.allCases.map(\.rawValue), listed: true), default: "text")
  }

  static let spec = CommandSpec(
    name: "budget",
    abstract: "Check what a render asks of the cluster against its budget and its ResourceQuotas.",
    discussion: """
      With a chart (`chartc budget [NAME] CHART [render flags]`), renders it as `chartc render` does and \
      checks it against --budget (default: budgets.yaml beside the chart, when there is one) for \
      --budget-env. Without a chart, checks every entry of the render matrix in chartc.yaml (or the \
      ones --chart, --env and --shard select) against the budget file each chart links to. An entry \
      whose golden file is current (its inputs, recorded by `chartc golden update`, are unchanged) is \
      read from the golden file instead of rendered, unless --render; an entry with anything to report \
      is always rendered, so findings point at template lines.

      Pods count as the cluster runs them: init containers against app containers and sidecars, \
      LimitRange defaults, injected mesh sidecars and RuntimeClass overhead from the budget file, \
      replicas or HPA/ScaledObject min (steady) and max plus rolling-update surge (peak), DaemonSets \
      x nodes, Jobs x parallelism. Hooks and test pods are reported apart unless the budget counts them.
      """,
    arguments: [
      ArgumentSpec(
        valueName: "positional",
        help: "[NAME] CHART: an optional release name, then a chart directory or .tgz archive.",
        repeating: true)
    ],
    options: RenderFlags.options + [Option.budget, Option.budgetEnv]
      + MatrixSelection.options.titled("Matrix (without a chart)") + [Option.render, Option.output]
      + ColorFlag.options,
    start: start
  )

  var positional: [String]
  var renderFlags: RenderFlags
  var budget: String?
  var budgetEnvironment: String?
  var selection: MatrixSelection
  var renderAll: Bool
  var output: BudgetOutputFormat
  var colorFlag: ColorFlag

  init(_ parsed: ParsedArguments) throws {
    positional = parsed.positionals
    renderFlags = RenderFlags(parsed)
    budget = parsed.value(Option.budget)
    budgetEnvironment = parsed.value(Option.budgetEnv)
    selection = MatrixSelection(parsed)
    renderAll = parsed.flag(Option.render)
    output = parsed.choice(Option.output, default: .text)
    colorFlag = ColorFlag(parsed)
    try validate()
  }

  /// `--output` of `chartc budget`.
  enum BudgetOutputFormat: String, CaseIterable { case text, markdown, json }

  func validate() throws {
    if positional.count > 2 { throw CommandFailure("expected at most 2 arguments: [NAME] CHART") }
    if !positional.isEmpty && renderAll {
      throw CommandFailure("--render applies to the matrix; a chart argument is always rendered")
    }
    if positional.isEmpty && (budget != nil || budgetEnvironment != nil) {
      throw CommandFailure("--budget and --budget-env apply to a chart; the matrix links its own budgets")
    }
    if !positional.isEmpty && selection.narrows {
      throw CommandFailure(
        "--chart, --env and --shard select matrix entries; they do not apply to a chart argument")
    }
  }

  func run() async throws {
    let reports = positional.isEmpty ? try await matrixReports() : [try singleReport()]
    switch output {
    case .text:
      let style = colorFlag.color.style()
      StandardOutput.write(reports.map { BudgetTextReport.render($0, style: style) }.joined(separator: "\n"))
    case .markdown: StandardOutput.write(BudgetMarkdownReport.render(reports))
    case .json: StandardOutput.write(BudgetJSONReport.render(reports))
    }
    if reports.contains(where: \.isExceeded) { throw ExitStatus.failure }
  }

  func singleReport() throws -> BudgetReport {
    var request = renderFlags.request(chartPath: positional.last!)
    if positional.count == 2 { request.releaseName = positional[0] }
    let release: RenderedRelease
    do {
      release = try CheckingPipeline().render(request)
    } catch {
      throw CommandFailure.from(error)
    }
    do {
      return try ChartBudget.evaluate(
        release, chartPath: request.chartPath, budgetFile: budget, environment: budgetEnvironment)
    } catch {
      throw CommandFailure("\(error)")
    }
  }

  func matrixReports() async throws -> [BudgetReport] {
    let (matrix, entries) = try selection.load()
    var budgets = MatrixBudgets(matrix: matrix)
    var reports: [BudgetReport?]
    do {
      reports =
        renderAll
        ? Array(repeating: nil, count: entries.count)
        : try await budgets.reportsFromGoldenFiles(entries, tool: BuildInfo.renderer)
    } catch {
      throw CommandFailure("\(error)")
    }
    let unread = reports.indices.filter { reports[$0] == nil }
    let renders = await CheckingPipeline().renderShowingProgress(
      matrix: matrix, entries: unread.map { entries[$0] })
    for render in renders {
      if case .failure(let error) = render.result {
        throw CommandFailure(
          "\(render.entry.chart) \(render.entry.environment): \(CommandFailure.from(error))")
      }
    }
    do {
      for (index, report) in zip(unread, try budgets.reports(for: renders)) {
        reports[index] = report
      }
    } catch {
      throw CommandFailure("\(error)")
    }
    return reports.compactMap { $0 }
  }
}
