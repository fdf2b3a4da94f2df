import Checking

/// The whole budget check of one render: its items (with the budget file's cluster facts),
/// its ResourceQuotas, and the environment's limits, into one report.
public enum BudgetCheck {
  /// Evaluates `release` against `budget` (nil: only the rendered ResourceQuotas, defaults
  /// for everything else). Throws on an invalid quantity in the render.
  public static func evaluate(
    _ release: RenderedRelease, chart: String, environment: String,
    settings: BudgetSettings = BudgetSettings(),
    limits: BudgetLimits = BudgetLimits()
  ) throws(InvalidQuantity) -> BudgetReport {
    try evaluate(release.objects, chart: chart, environment: environment, settings: settings, limits: limits)
  }

  /// Evaluates the objects of a render (all of its documents, hooks included, in order): from
  /// a render, or from a golden file that stands for one (`RenderRecord`).
  public static func evaluate(
    _ objects: [RenderedObject], chart: String, environment: String,
    settings: BudgetSettings = BudgetSettings(),
    limits: BudgetLimits = BudgetLimits()
  ) throws(InvalidQuantity) -> BudgetReport {
    let items = try ReleaseCosts(settings: settings).items(of: objects)
    let quotas = try BudgetEvaluation.quotas(of: objects)
    return BudgetEvaluation(limits: limits, countHooks: settings.countHooks).report(
      chart: chart, environment: environment, items: items, quotas: quotas)
  }
}
