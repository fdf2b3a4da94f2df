import Checking

/// `selector-no-match`: a Service, PodDisruptionBudget, NetworkPolicy or PodMonitor whose
/// pod selector matches no pod template of the release, or a ServiceMonitor whose selector
/// matches no Service of the release. Pods an operator makes from a custom resource of the
/// release (a selector value naming the resource) count as the release's.
public struct SelectorNoMatchRule: LintRule {
  public init() {}
  public let id = "selector-no-match"
  public let severity = Severity.warning
  public let rationale =
    "A selector that matches nothing leaves a Service without endpoints, a budget or policy without effect, a monitor without targets."
  public let fix = "Use the same selector labels as the pod template (one `selectorLabels` helper for both)."

  public func check(_ release: RenderedRelease) -> [Finding] {
    let index = ReleaseIndex.of(release)
    var out: [Finding] = []
    for object in release.releaseObjects where object.readError == nil {
      switch object.kind {
      case "Service":
        guard let selector = ReleaseIndex.serviceSelector(object) else { continue }
        if index.pods(in: object.namespace, matching: selector).isEmpty,
          !Self.isOperatorManaged(selector, namespace: object.namespace, in: release)
        {
          out.append(noMatch(object, selector, "/spec/selector", "pod template"))
        }
      case "PodDisruptionBudget":
        guard let selector = ReleaseIndex.pdbSelector(object), !selector.isEmpty else { continue }
        if index.pods(in: object.namespace, matching: selector).isEmpty,
          !Self.isOperatorManaged(selector, namespace: object.namespace, in: release)
        {
          out.append(noMatch(object, selector, "/spec/selector", "pod template"))
        }
      case "NetworkPolicy", "PodMonitor":
        let key = object.kind == "NetworkPolicy" ? "podSelector" : "selector"
        guard let raw = object.value.field("spec", key) else { continue }
        let selector = LabelSelector(raw)
        guard !selector.isEmpty,
          object.kind == "NetworkPolicy" || object.value.field("spec", "namespaceSelector") == nil
        else { continue }
        if index.pods(in: object.namespace, matching: selector).isEmpty {
          out.append(noMatch(object, selector, "/spec/" + key, "pod template"))
        }
      case "ServiceMonitor":
        guard let raw = object.value.field("spec", "selector") else { continue }
        let selector = LabelSelector(raw)
        let namespaces = Self.monitoredNamespaces(object)
        let services = index.objects(kind: "Service").filter {
          !$0.isHook && (namespaces?.contains($0.namespace) ?? true)
            && selector.matches($0.value.field("metadata", "labels")?.stringMap ?? [:])
        }
        if services.isEmpty { out.append(noMatch(object, selector, "/spec/selector", "Service")) }
      default:
        continue
      }
    }
    return out
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

  private func noMatch(_ object: RenderedObject, _ selector: LabelSelector, _ pointer: String, _ what: String)
    -> Finding
  {
    finding(
      "\(object.kind) selector \(selector.description) matches no \(what) of the release in namespace \(object.namespace)",
      on: object, at: pointer)
  }
}
