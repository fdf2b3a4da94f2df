import GoLib

/// The JSON report, kubeconform's shape plus chartc's fields:
///
///     {"resources": [{"filename", "documentIndex", "kind", "name", "namespace", "version",
///       "status": "statusInvalid", "msg", "validationErrors": [{"path", "keyword", "msg",
///       "location"?}]}], "summary": {"resources", "valid", "invalid", "errors", "skipped"}}
///
/// Valid, skipped and empty documents are listed too; keys in a fixed order, two-space indent.
public enum ManifestJSONFormatter {
  public static func render(_ results: [ManifestResult]) -> String {
    // bytes, piece by piece: thousands of resources, each a dozen strings
    var out: [UInt8] = []
    out.reserveCapacity(400 * results.count + 200)
    func put(_ text: String) { out.append(contentsOf: text.utf8) }
    func quoted(_ text: String) {
      out.append(UInt8(ascii: "\""))
      put(jsonEscaper.escape(text))
      out.append(UInt8(ascii: "\""))
    }
    func member(_ name: String, _ value: String) {
      put("      \"")
      put(name)
      put("\": ")
      quoted(value)
      put(",\n")
    }
    put("{\n  \"resources\": [")
    let shown = results.filter { $0.status != .empty }
    for (i, r) in shown.enumerated() {
      put(i == 0 ? "\n    {\n" : ",\n    {\n")
      member("filename", r.source)
      put("      \"documentIndex\": ")
      put(String(r.documentIndex))
      put(",\n")
      member("kind", r.kind)
      member("name", r.name)
      member("namespace", r.namespace)
      member("version", r.apiVersion)
      member("status", r.status.kubeconformName)
      member("msg", GoJoin.join(r.errors.map(\.line), "; "))
      put("      \"validationErrors\": [")
      for (j, e) in r.errors.enumerated() {
        put(j == 0 ? "\n        {\"path\": " : ",\n        {\"path\": ")
        quoted(e.path)
        put(", \"keyword\": ")
        quoted(e.keyword)
        put(", \"msg\": ")
        quoted(e.message)
        if let loc = e.sourceLocation {
          put(", \"location\": ")
          quoted(loc)
        }
        put("}")
      }
      put(r.errors.isEmpty ? "]\n    }" : "\n      ]\n    }")
    }
    put(shown.isEmpty ? "],\n" : "\n  ],\n")
    let s = ManifestSummary(results)
    put("  \"summary\": {\"resources\": \(s.resources), \"valid\": \(s.valid), \"invalid\": \(s.invalid), ")
    put("\"errors\": \(s.errors), \"skipped\": \(s.skipped)}\n}\n")
    return String(decoding: out, as: UTF8.self)
  }
}
