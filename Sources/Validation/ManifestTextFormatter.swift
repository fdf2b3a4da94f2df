/// The text report: one header line per invalid or failed resource, one indented line per
/// error, then the summary line.
///
///     deploy.yaml: Deployment/default/web is invalid
///       - at '/spec/replicas' (type): got string, want integer
///     Summary: 3 resources found in 1 file - Valid: 2, Invalid: 1, Errors: 0, Skipped: 0
public enum ManifestTextFormatter {
  public static func render(_ results: [ManifestResult], verbose: Bool = false) -> String {
    var out = ""
    for r in results {
      let name = r.resourceName.isEmpty ? "document \(r.documentIndex)" : r.resourceName
      switch r.status {
      case .valid:
        if verbose { out += "\(r.source): \(name) is valid\n" }
      case .skipped:
        if verbose { out += "\(r.source): \(name) skipped\n" }
      case .empty:
        continue
      case .invalid:
        out += "\(r.source): \(name) is invalid\n"
        for e in r.errors { out += "  - \(e.line)\n" }
      case .error:
        out += "\(r.source): \(name) failed validation\n"
        for e in r.errors { out += "  - \(e.message)\n" }
      }
    }
    out += summaryLine(ManifestSummary(results)) + "\n"
    return out
  }

  /// `Summary: 3 resources found in 2 files - Valid: 2, Invalid: 1, Errors: 0, Skipped: 0`
  /// (kubeconform's summary line).
  public static func summaryLine(_ s: ManifestSummary) -> String {
    "Summary: \(s.resources) resource\(s.resources == 1 ? "" : "s") found in \(s.files) file\(s.files == 1 ? "" : "s") - Valid: \(s.valid), Invalid: \(s.invalid), Errors: \(s.errors), Skipped: \(s.skipped)"
  }
}
