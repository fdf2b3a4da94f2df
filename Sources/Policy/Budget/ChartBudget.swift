import Checking
import Foundation

/// The budget check of one render of a chart given on the command line: against a budget
/// file (default: `budgets.yaml` beside the chart, when there is one) and one of its
/// environments (default: `default`, or the file's only one). Without a file, only the
/// ResourceQuotas the release renders limit it.
public enum ChartBudget {
  /// The report of `release` (rendered from `chartPath`).
  public static func evaluate(
    _ release: RenderedRelease, chartPath: String, budgetFile: String?, environment requested: String?
  ) throws -> BudgetReport {
    let besideChart = (chartPath.hasSuffix("/") ? chartPath : chartPath + "/") + "budgets.yaml"
    let path = budgetFile ?? (FileManager.default.fileExists(atPath: besideChart) ? besideChart : nil)
    let file = try path.map { path throws(BudgetFileError) in try BudgetFile.load(path) }
    let environment = file?.environment(requested: requested) ?? requested ?? "default"
    let (settings, limits) = try file?.budget(for: environment) ?? (BudgetSettings(), BudgetLimits())
    try UnreadableManifests.check(release)
    let name = release.chart.metadata.name
    return try BudgetCheck.evaluate(
      release, chart: name.isEmpty ? chartPath : name, environment: environment, settings: settings,
      limits: limits)
  }
}
