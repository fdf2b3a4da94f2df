import Checking

extension LintRules {
  /// `selector-no-match`: a Service, PodDisruptionBudget, NetworkPolicy or PodMonitor whose
  /// pod selector matches no pod template of the release, or a ServiceMonitor whose selector
  /// matches no Service of the release. Pods an operator makes from a custom resource of the
  /// release (a selector value naming the resource) count as the release's.
  static let selectorNoMatch = ObjectCheck(
    about: .selectorNoMatch,
    kinds: ["Service", "PodDisruptionBudget", "NetworkPolicy", "PodMonitor", "ServiceMonitor"],
    scope: .release
  ) { object, index in
    SelectorNoMatch.unmatched(object, index).map { unmatched in
      [
        Problem(
          "\(object.kind) selector \(unmatched.selector.description) matches no \(unmatched.what) of the release in namespace \(object.namespace)",
          at: unmatched.pointer)
      ]
    } ?? []
  }
}

/// The selectors `selector-no-match` reads, and what they should match.
enum SelectorNoMatch {
  /// The selector of `object` that matches nothing, with its pointer and what it should
  /// select (`pod template`, `Service`); nil when it matches or has no selector.
  static func unmatched(_ object: RenderedObject, _ index: ReleaseIndex) -> (
    selector: LabelSelector, pointer: String, what: String
  )? {
    let release = index.release
    switch object.kind {
    case "Service", "PodDisruptionBudget":
      let selector =
        object.kind == "Service"
        ? ReleaseIndex.serviceSelector(object)
        : ReleaseIndex.pdbSelector(object).flatMap { $0.isEmpty ? nil : $0 }
      guard let selector, index.pods(in: object.namespace, matching: selector).isEmpty,
        !isOperatorManaged(selector, namespace: object.namespace, in: release)
      else { return nil }
      return (selector, "/spec/selector", "pod template")
    case "NetworkPolicy", "PodMonitor":
      let key = object.kind == "NetworkPolicy" ? "podSelector" : "selector"
      guard let raw = object.value.field("spec", key) else { return nil }
      let selector = LabelSelector(raw)
      guard !selector.isEmpty,
        object.kind == "NetworkPolicy" || object.value.field("spec", "namespaceSelector") == nil,
        index.pods(in: object.namespace, matching: selector).isEmpty
      else { return nil }
      return (selector, "/spec/" + key, "pod template")
    default:
      guard let raw = object.value.field("spec", "selector") else { return nil }
      let selector = LabelSelector(raw)
      let namespaces = monitoredNamespaces(object)
      let services = index.objects(kind: "Service").filter {
        !$0.isHook && (namespaces?.contains($0.namespace) ?? true)
          && selector.matches($0.value.field("metadata", "labels")?.stringMap ?? [:])
      }
      return services.isEmpty ? (selector, "/spec/selector", "Service") : nil
    }
  }

  /// Whether the selected pods are made by an operator from a custom resource of the
  /// release: a selector label's value is the name of a custom resource in the namespace
  /// (`alertmanager=main` for the Alertmanager `main`, `operator.prometheus.io/name=k8s`).
  static func isOperatorManaged(_ selector: LabelSelector, namespace: String, in release: RenderedRelease)
    -> Bool
  {
    let custom = Set(
      release.objects.filter { $0.namespace == namespace && CRDCapabilitiesGuardRule.isCustomKind($0) }.map(
        \.name))
    return selector.labels.values.contains { custom.contains($0) }
  }

  /// The namespaces a ServiceMonitor looks in: its own unless `namespaceSelector` says
  /// otherwise; nil for any.
  static func monitoredNamespaces(_ monitor: RenderedObject) -> Set<String>? {
    guard let ns = monitor.value.field("spec", "namespaceSelector") else { return [monitor.namespace] }
    if ns.field("any")?.bool == true { return nil }
    let names = ns.field("matchNames")?.items.compactMap(\.text) ?? []
    return names.isEmpty ? [monitor.namespace] : Set(names)
  }
}
