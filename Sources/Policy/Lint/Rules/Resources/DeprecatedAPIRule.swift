import Checking

/// `deprecated-api`: an object whose apiVersion is no longer served (error) or deprecated
/// (warning) in the target Kubernetes version, with the API to use instead.
public struct DeprecatedAPIRule: LintRule {
  public init() {}
  public let id = "deprecated-api"
  public let severity = Severity.error
  public let rationale =
    "A removed API version fails the install on the target cluster; a deprecated one fails on a later upgrade."
  public let fix =
    "Move the object to the replacement apiVersion named in the finding (mind the fields it renamed)."

  public func check(_ release: RenderedRelease) -> [Finding] {
    guard let minor = Self.minor(release.kubeVersion) else { return [] }
    var out: [Finding] = []
    for object in release.objects {
      guard let entry = DeprecatedAPIs.entry(apiVersion: object.apiVersion, kind: object.kind),
        minor >= entry.deprecatedIn
      else { continue }
      let instead = entry.replacement.map { "; use \($0)" } ?? "; it has no replacement"
      if let removed = entry.removedIn, minor >= removed {
        out.append(
          finding(
            "\(object.apiVersion) \(object.kind) is no longer served since Kubernetes v1.\(removed) (target \(release.kubeVersion))\(instead)",
            on: object, at: "/apiVersion"))
      } else {
        var f = finding(
          "\(object.apiVersion) \(object.kind) is deprecated since Kubernetes v1.\(entry.deprecatedIn)\(entry.removedIn.map { " and removed in v1.\($0)" } ?? "")\(instead)",
          on: object, at: "/apiVersion")
        f.severity = .warning
        out.append(f)
      }
    }
    return out
  }

  /// The minor version of `v1.36.0` (36); nil when it is not 1.x.
  static func minor(_ version: String) -> Int? {
    let parts = version.drop { $0 == "v" }.split(separator: ".")
    guard parts.count >= 2, parts[0] == "1" else { return nil }
    return Int(parts[1].prefix { $0.isNumber })
  }
}
