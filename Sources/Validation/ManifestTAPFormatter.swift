import GoLib

/// The TAP 13 report: `ok N - file (Kind/ns/name)`, `not ok N - ... - <errors>`,
/// skipped resources as `ok N - ... # skip`, then the plan `1..N`.
public enum ManifestTAPFormatter {
  public static func render(_ results: [ManifestResult]) -> String {
    var out = "TAP version 13\n"
    var n = 0
    for r in results where r.status != .empty {
      n += 1
      let name = r.resourceName.isEmpty ? "document \(r.documentIndex)" : r.resourceName
      let head = "\(r.source) (\(name))"
      switch r.status {
      case .valid: out += "ok \(n) - \(head)\n"
      case .skipped: out += "ok \(n) - \(head) # skip\n"
      case .invalid: out += "not ok \(n) - \(head) - \(GoJoin.join(r.errors.map(\.line), "; "))\n"
      case .error: out += "not ok \(n) - \(head) - \(GoJoin.join(r.errors.map(\.message), "; "))\n"
      case .empty: break
      }
    }
    out += "1..\(n)\n"
    return out
  }
}
