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
    // piece by piece: thousands of resources, each a dozen strings
    out.reserveCapacity(400 * results.count + 200)
    func member(_ name: String, _ value: String, last: Bool = false) {
      out.append("      \"")
      out.append(name)
      out.append("\": ")
      appendQuoted(value, to: &out)
      out.append(last ? "\n" : ",\n")
    }
    let shown = results.filter { $0.status != .empty }
    for (i, r) in shown.enumerated() {
      out.append(i == 0 ? "\n    {\n" : ",\n    {\n")
      member("filename", r.source)
      out.append("      \"documentIndex\": ")
      out.append(String(r.documentIndex))
      out.append(",\n")
      member("kind", r.kind)
      member("name", r.name)
      member("namespace", r.namespace)
      member("version", r.apiVersion)
      member("status", r.status.kubeconformName)
      member("msg", r.errors.map(\.line).joined(separator: "; "))
      out.append("      \"validationErrors\": [")
      for (j, e) in r.errors.enumerated() {
        out.append(j == 0 ? "\n        {\"path\": " : ",\n        {\"path\": ")
        appendQuoted(e.path, to: &out)
        out.append(", \"keyword\": ")
        appendQuoted(e.keyword, to: &out)
        out.append(", \"msg\": ")
        appendQuoted(e.message, to: &out)
        if let loc = e.sourceLocation {
          out.append(", \"location\": ")
          appendQuoted(loc, to: &out)
        }
        out.append("}")
      }
      out.append(r.errors.isEmpty ? "]\n    }" : "\n      ]\n    }")
    }
    out += shown.isEmpty ? "],\n" : "\n  ],\n"
    let s = ManifestSummary(results)
    out += "  \"summary\": {\"resources\": \(s.resources), \"valid\": \(s.valid), \"invalid\": \(s.invalid), "
    out += "\"errors\": \(s.errors), \"skipped\": \(s.skipped)}\n}\n"
    return out
  }

  /// `jsonQuoted(s)` appended to `out`.
  private static func appendQuoted(_ s: String, to out: inout String) {
    out.append("\"")
    out.append(jsonEscaper.escape(s))
    out.append("\"")
  }
}
