import Foundation

/// The rows a budget report shows for one scope (a namespace, or the whole render): every
/// compute, pod and storage figure, plus any other figure a limit applies to; one row per
/// limit where several apply.
struct BudgetTable {
  struct Row {
    var resource: String
    var steady: Quantity
    var peak: Quantity
    var limit: BudgetReport.LimitUse?
  }

  var rows: [Row]

  static func isShownUnlimited(_ name: String) -> Bool {
    name.hasPrefix("requests.") || name.hasPrefix("limits.") || name == "pods"
      || name == "persistentvolumeclaims"
      || BudgetLimits.namesStorageClass(name)
  }

  init(figures: BudgetReport.Figures, limits: [BudgetReport.LimitUse]) {
    var rows: [Row] = []
    var names = Set(figures.steady.names + figures.peak.names).filter(Self.isShownUnlimited)
    var applyingTo: [String: [BudgetReport.LimitUse]] = [:]
    for use in limits { applyingTo[BudgetLimits.figureName(use.resource), default: []].append(use) }
    names.formUnion(applyingTo.keys)
    for name in names.sorted() {
      let applying = applyingTo[name] ?? []
      let steady = figures.steady[name] ?? .zero
      let peak = figures.peak[name] ?? .zero
      if applying.isEmpty {
        rows.append(Row(resource: name, steady: steady, peak: peak, limit: nil))
      } else {
        for use in applying {
          rows.append(Row(resource: use.resource, steady: use.steady, peak: use.peak, limit: use))
        }
      }
    }
    self.rows = rows
  }

  static func percent(_ use: BudgetReport.LimitUse) -> String {
    guard let raw = use.percentUsed else { return use.used.isZero ? "0%" : "∞" }
    let p = (raw * 1e6).rounded() / 1e6  // 2.2 / 2 is 110.00000000000001% in floating point
    // rounded towards the verdict: 99.6% of a limit that holds is 99%, 100.2% of one exceeded 101%
    return String(format: "%.0f%%", use.isExceeded ? p.rounded(.up) : p.rounded(.down))
  }

  /// The scopes of a report in print order: each namespace, then the whole render.
  static func scopes(of report: BudgetReport) -> [(title: String, table: BudgetTable)] {
    var result: [(title: String, table: BudgetTable)] = []
    var names = Set(report.namespaces.keys)
    for use in report.limits where use.namespace != "*" { names.insert(use.namespace) }
    for ns in names.sorted() {
      let limits = report.limits.filter { $0.namespace == ns }
      result.append(
        ("namespace \(ns)", BudgetTable(figures: report.namespaces[ns] ?? .init(), limits: limits)))
    }
    result.append(
      (
        "all namespaces",
        BudgetTable(figures: report.totals, limits: report.limits.filter { $0.namespace == "*" })
      ))
    return result
  }
}
