import Checking

extension LintRules {
  /// `deprecated-api`: an object whose apiVersion is no longer served (error) or deprecated
  /// (warning) in the target Kubernetes version, with the API to use instead.
  static let deprecatedAPI = ObjectCheck(
    about: .deprecatedApi,
    reads: .documents
  ) { object, index in
    let target = index.release.kubeVersion
    guard let minor = DeprecatedAPIs.minor(target),
      let entry = DeprecatedAPIs.entry(apiVersion: object.apiVersion, kind: object.kind),
      minor >= entry.deprecatedIn
    else { return [] }
    let instead = entry.replacement.map { "; use \($0)" } ?? "; it has no replacement"
    if let removed = entry.removedIn, minor >= removed {
      return [
        Problem(
          "\(object.apiVersion) \(object.kind) is no longer served since Kubernetes v1.\(removed) (target \(target))\(instead)",
          at: "/apiVersion")
      ]
    }
    return [
      Problem(
        "\(object.apiVersion) \(object.kind) is deprecated since Kubernetes v1.\(entry.deprecatedIn)\(entry.removedIn.map { " and removed in v1.\($0)" } ?? "")\(instead)",
        at: "/apiVersion", severity: .warning)
    ]
  }
}
