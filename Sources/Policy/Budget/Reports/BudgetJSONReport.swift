import Values

/// `chartc budget -o json`: `{"releases":[{"chart","env","namespaces":{NS:{"steady":{RES:QTY},
/// "peak":{RES:QTY}}},"totals":{...},"violations":[{"resource","namespace","used","limit",
/// "source","top":[{"kind","name","amount"}]}]}]}`, quantities in Kubernetes' canonical form;
/// `namespace` is `*` for a budget on the whole render, `source` is `budget` or
/// `ResourceQuota/<namespace>/<name>` (a rejection by quota admission names that quota too).
public enum BudgetJSONReport {
  public static func render(_ reports: [BudgetReport]) -> String {
    var out = "{\n  \"releases\": ["
    for (i, report) in reports.enumerated() {
      out += (i == 0 ? "\n" : ",\n") + release(report)
    }
    out += reports.isEmpty ? "]\n}\n" : "\n  ]\n}\n"
    return out
  }

  static func string(_ s: String) -> String { (try? GoJSON.encode(.string(s), escapeHTML: false)) ?? "\"\"" }

  static func list(_ list: ResourceList, indent: String) -> String {
    if list.isEmpty { return "{}" }
    let rows = list.names.map { "\(indent)  \(string($0)): \(string(list[$0]!.description))" }
    return "{\n" + rows.joined(separator: ",\n") + "\n\(indent)}"
  }

  static func figures(_ f: BudgetReport.Figures, indent: String) -> String {
    "{\n\(indent)  \"steady\": \(list(f.steady, indent: indent + "  ")),\n\(indent)  \"peak\": \(list(f.peak, indent: indent + "  "))\n\(indent)}"
  }

  static func release(_ r: BudgetReport) -> String {
    var out = "    {\n"
    out += "      \"chart\": \(string(r.chart)),\n"
    out += "      \"env\": \(string(r.environment)),\n"
    let names = r.namespaces.keys.sorted()
    if names.isEmpty {
      out += "      \"namespaces\": {},\n"
    } else {
      out += "      \"namespaces\": {\n"
      out += names.map { "        \(string($0)): \(figures(r.namespaces[$0]!, indent: "        "))" }.joined(
        separator: ",\n")
      out += "\n      },\n"
    }
    out += "      \"totals\": \(figures(r.totals, indent: "      ")),\n"
    if r.violations.isEmpty {
      out += "      \"violations\": []\n"
    } else {
      out += "      \"violations\": [\n"
      out += r.violations.map(violation).joined(separator: ",\n")
      out += "\n      ]\n"
    }
    return out + "    }"
  }

  static func violation(_ v: BudgetReport.Violation) -> String {
    let top = v.top.map {
      "{\"kind\": \(string($0.kind)), \"name\": \(string($0.name)), \"amount\": \(string($0.amount.description))}"
    }
    return "        {\"resource\": \(string(v.resource)), \"namespace\": \(string(v.namespace)), "
      + "\"used\": \(string(v.used.description)), \"limit\": \(string(v.limit.description)), "
      + "\"source\": \(string(v.source)), \"top\": [" + top.joined(separator: ", ") + "]}"
  }
}
