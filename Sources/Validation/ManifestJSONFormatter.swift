/// The JSON report, kubeconform's shape plus chartc's fields:
///
///     {"resources": [{"filename", "documentIndex", "kind", "name", "namespace", "version",
///       "status": "statusInvalid", "msg", "validationErrors": [{"path", "keyword", "msg",
///       "location"?}]}], "summary": {"resources", "valid", "invalid", "errors", "skipped"}}
///
/// Valid, skipped and empty documents are listed too; keys in a fixed order, two-space indent.
public enum ManifestJSONFormatter {
  public static func render(_ results: [ManifestResult]) -> String {
    var out = "{\n  \"resources\": ["
    let shown = results.filter { $0.status != .empty }
    for (i, r) in shown.enumerated() {
      out += i == 0 ? "\n" : ",\n"
      out += "    {\n"
      out += "      \"filename\": \(jsonQuoted(r.source)),\n"
      out += "      \"documentIndex\": \(r.documentIndex),\n"
      out += "      \"kind\": \(jsonQuoted(r.kind)),\n"
      out += "      \"name\": \(jsonQuoted(r.name)),\n"
      out += "      \"namespace\": \(jsonQuoted(r.namespace)),\n"
      out += "      \"version\": \(jsonQuoted(r.apiVersion)),\n"
      out += "      \"status\": \(jsonQuoted(r.status.kubeconformName)),\n"
      out += "      \"msg\": \(jsonQuoted(r.errors.map(\.line).joined(separator: "; "))),\n"
      out += "      \"validationErrors\": ["
      for (j, e) in r.errors.enumerated() {
        out += j == 0 ? "\n" : ",\n"
        out +=
          "        {\"path\": \(jsonQuoted(e.path)), \"keyword\": \(jsonQuoted(e.keyword)), \"msg\": \(jsonQuoted(e.message))"
        if let loc = e.sourceLocation { out += ", \"location\": \(jsonQuoted(loc))" }
        out += "}"
      }
      out += r.errors.isEmpty ? "]\n" : "\n      ]\n"
      out += "    }"
    }
    out += shown.isEmpty ? "],\n" : "\n  ],\n"
    let s = ManifestSummary(results)
    out += "  \"summary\": {\"resources\": \(s.resources), \"valid\": \(s.valid), \"invalid\": \(s.invalid), "
    out += "\"errors\": \(s.errors), \"skipped\": \(s.skipped)}\n}\n"
    return out
  }
}
