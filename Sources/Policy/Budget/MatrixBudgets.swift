import Checking

/// The budget check of render-matrix entries: each render against the section for its
/// environment in the budget file its chart links to (`budget:` in chartc.yaml, default
/// `budgets.yaml` beside the chart); each file is read once.
public enum MatrixBudgets {
  /// Why an entry could not be checked, prefixed with its chart and environment.
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public let description: String
  }

  /// One report per render, in order; `renders` must hold successful renders.
  public static func evaluate(_ renders: [MatrixRender], matrix: RenderMatrix) throws(Failure)
    -> [BudgetReport]
  {
    var files: [String: BudgetFile] = [:]
    var reports: [BudgetReport] = []
    for render in renders {
      let entry = render.entry
      do {
        let release = try render.result.get()
        let path = matrix.root.appendingPathComponent(entry.budget).path
        let file = try files[path] ?? BudgetFile.load(path)
        files[path] = file
        let (settings, limits) = try file.budget(for: entry.environment)
        reports.append(
          try BudgetCheck.evaluate(
            release, chart: entry.chart, environment: entry.environment, settings: settings, limits: limits))
      } catch {
        throw Failure(description: "\(entry.chart) \(entry.environment): \(error)")
      }
    }
    return reports
  }
}
