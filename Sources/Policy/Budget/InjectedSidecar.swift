/// A container a service mesh injects into pods at admission (Istio's `istio-proxy`), as
/// the budget file declares it: added to every pod of a namespace labelled for injection
/// unless the pod opts out.
public struct InjectedSidecar: Sendable, Equatable {
  public var name: String
  public var requests: ResourceList
  public var limits: ResourceList
  /// Namespace labels that turn injection on: `key=value`, or `key` alone for any value.
  public var namespaceLabels: [String]
  /// Namespace labels that turn it off (checked first).
  public var disabledNamespaceLabels: [String]
  /// Pod annotation or label `key=value` that opts a pod out.
  public var podOptOut: [String]
  /// Pod annotation or label `key=value` that opts a pod in whatever its namespace says.
  public var podOptIn: [String]

  /// Istio's defaults: injection on `istio-injection=enabled` or an `istio.io/rev` label,
  /// off on `istio-injection=disabled`, `sidecar.istio.io/inject` on the pod.
  public init(
    name: String, requests: ResourceList, limits: ResourceList,
    namespaceLabels: [String] = ["istio-injection=enabled", "istio.io/rev"],
    disabledNamespaceLabels: [String] = ["istio-injection=disabled"],
    podOptOut: [String] = ["sidecar.istio.io/inject=false"],
    podOptIn: [String] = ["sidecar.istio.io/inject=true"]
  ) {
    self.name = name
    self.requests = requests
    self.limits = limits
    self.namespaceLabels = namespaceLabels
    self.disabledNamespaceLabels = disabledNamespaceLabels
    self.podOptOut = podOptOut
    self.podOptIn = podOptIn
  }

  static func matches(_ selectors: [String], _ labels: [String: String]) -> Bool {
    selectors.contains { selector in
      if let eq = selector.firstIndex(of: "=") {
        return labels[String(selector[..<eq])] == String(selector[selector.index(after: eq)...])
      }
      return labels[selector] != nil
    }
  }

  /// Whether a pod with `podMetadata` (labels and annotations, merged) in a namespace
  /// labelled `namespaceLabels` gets this sidecar.
  func isInjected(podMetadata: [String: String], namespaceLabels labels: [String: String]) -> Bool {
    if Self.matches(podOptOut, podMetadata) { return false }
    if Self.matches(disabledNamespaceLabels, labels) { return false }
    if Self.matches(podOptIn, podMetadata) { return true }
    return Self.matches(namespaceLabels, labels)
  }
}
