import Checking

/// `chartc budget` text: per chart and environment, a table per namespace and one for the
/// whole render (resource, steady, peak, limit, % used, source), then every exceeded limit
/// with the workloads that cost most, and the hooks left out.
public enum BudgetTextReport {
  public static func render(_ report: BudgetReport, style: TextStyle = .plain) -> String {
    var out =
      style.bold("\(report.chart) \(report.environment)") + " (enforced on the \(report.mode.rawValue))\n"
    for (title, table) in BudgetTable.scopes(of: report) {
      out += "  \(title)\n"
      var lines: [[String]] = [["resource", "steady", "peak", "limit", "used", "source"]]
      for row in table.rows {
        lines.append([
          row.resource, row.steady.description, row.peak.description, row.limit?.limit.description ?? "-",
          row.limit.map(BudgetTable.percent) ?? "-", row.limit?.source ?? "",
        ])
      }
      let widths = (0..<6).map { col in lines.map { $0[col].count }.max() ?? 0 }
      for (i, line) in lines.enumerated() {
        var text = "    "
        for col in 0..<6 {
          let cell = line[col]
          let pad = String(repeating: " ", count: widths[col] - cell.count)
          text += (col == 0 || col == 5 ? cell + pad : pad + cell) + (col < 5 ? "  " : "")
        }
        while text.hasSuffix(" ") { text.removeLast() }
        if i == 0 {
          text = style.dim(text)
        } else if let use = table.rows[i - 1].limit, use.isExceeded {
          text = style.red(text)
        }
        out += text + "\n"
      }
    }
    for v in report.violations {
      let scope = v.namespace == "*" ? "all namespaces" : "namespace \(v.namespace)"
      if let rejection = v.rejection {
        out += style.red("  rejected") + " \(scope) by \(v.source): \(rejection)\n"
        continue
      }
      out += style.red("  exceeded") + " \(v.resource) in \(scope): \(v.used) > \(v.limit) (\(v.source))\n"
      for c in v.top { out += "    \(c.kind)/\(c.name)  \(c.amount)\n" }
    }
    if !report.uncountedHooks.isEmpty {
      let names = report.uncountedHooks.filter { $0.pod != nil }.map { h in
        "\(h.object.kind)/\(h.object.name) (\(h.perPod.map { describe($0) } ?? ""))"
      }
      if !names.isEmpty {
        out += style.dim("  hooks and tests, not counted: " + names.joined(separator: ", ")) + "\n"
      }
    }
    out += report.isExceeded ? style.red("  over budget") + "\n" : style.green("  within budget") + "\n"
    return out
  }

  static func describe(_ pod: PodResources) -> String {
    let parts = pod.requests.names.map { "\($0) \(pod.requests[$0]!)" }
    return parts.isEmpty ? "no requests" : "requests " + parts.joined(separator: ", ")
  }
}
