/// Output formats of `chartc validate` (kubeconform's `-output`).
public enum ManifestReportFormat: String, Sendable, CaseIterable {
  case text, json, junit, tap

  /// Renders `results` in this format. `verbose` also lists valid and skipped resources
  /// in the text format.
  public func render(_ results: [ManifestResult], verbose: Bool = false) -> String {
    switch self {
    case .text: return ManifestTextFormatter.render(results, verbose: verbose)
    case .json: return ManifestJSONFormatter.render(results)
    case .junit: return ManifestJUnitFormatter.render(results)
    case .tap: return ManifestTAPFormatter.render(results)
    }
  }
}

extension ManifestResult.Status {
  /// kubeconform's status names (`statusValid`, ...).
  var kubeconformName: String {
    switch self {
    case .valid: return "statusValid"
    case .invalid: return "statusInvalid"
    case .error: return "statusError"
    case .skipped: return "statusSkipped"
    case .empty: return "statusEmpty"
    }
  }
}

extension ManifestError {
  /// `at '/spec/replicas' (type): got string, want integer [templates/x.yaml:12]`
  var line: String {
    var s = "at '\(path)' (\(keyword)): \(message)"
    if let loc = sourceLocation { s += " [\(loc)]" }
    return s
  }
}
