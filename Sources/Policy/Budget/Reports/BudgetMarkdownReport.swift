/// `chartc budget -o markdown`: the text report as Markdown tables, for pull requests.
public enum BudgetMarkdownReport {
  public static func render(_ reports: [BudgetReport]) -> String {
    var out = ""
    for report in reports {
      let status = report.isExceeded ? "❌ over budget" : "✅ within budget"
      out += "### \(report.chart) · \(report.environment) — \(status)\n\n"
      out += "Enforced on the \(report.mode.rawValue).\n\n"
      for (title, table) in BudgetTable.scopes(of: report) {
        out +=
          "**\(title)**\n\n| resource | steady | peak | limit | used | source |\n|---|---:|---:|---:|---:|---|\n"
        for row in table.rows {
          let exceeded = row.limit?.isExceeded == true
          let mark = exceeded ? " ❌" : ""
          out +=
            "| `\(row.resource)`\(mark) | \(row.steady) | \(row.peak) | \(row.limit?.limit.description ?? "–") | "
            + "\(row.limit.map(BudgetTable.percent) ?? "–") | \(row.limit?.source ?? "") |\n"
        }
        out += "\n"
      }
      for v in report.violations {
        let scope = v.namespace == "*" ? "all namespaces" : "namespace `\(v.namespace)`"
        if let rejection = v.rejection {
          out += "- ❌ rejected in \(scope) by `\(v.source)`: \(rejection)\n"
          continue
        }
        let top = v.top.map { "`\($0.kind)/\($0.name)` \($0.amount)" }.joined(separator: ", ")
        out += "- ❌ `\(v.resource)` in \(scope): \(v.used) > \(v.limit) (`\(v.source)`); top: \(top)\n"
      }
      if !report.violations.isEmpty { out += "\n" }
    }
    return out
  }
}
