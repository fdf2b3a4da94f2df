import Checking

/// `selector-matches-hook`: a Service or PodDisruptionBudget whose selector also selects
/// the pods of a hook or test (a Job or Pod that runs around install or in `helm test`).
public struct SelectorMatchesHookRule: LintRule {
  public init() {}
  public let id = "selector-matches-hook"
  public let severity = Severity.warning
  public let rationale =
    "Hook and test pods that carry the workload's selector labels receive Service traffic and count against its disruption budget."
  public let fix =
    "Give hook and test pods their own labels (no shared selector labels), or add a component label to the selector."

  public func check(_ release: RenderedRelease) -> [Finding] {
    let index = ReleaseIndex.of(release)
    var out: [Finding] = []
    for object in release.releaseObjects
    where object.kind == "Service" || object.kind == "PodDisruptionBudget" {
      let selector =
        object.kind == "Service" ? ReleaseIndex.serviceSelector(object) : ReleaseIndex.pdbSelector(object)
      guard let selector, !selector.isEmpty else { continue }
      for pod in index.hookPods where pod.namespace == object.namespace && selector.matches(pod.labels) {
        out.append(
          finding(
            "\(object.kind) selector \(selector.description) also selects the pods of \(pod.object.isTest ? "test" : "hook") \(pod.workloadName)",
            on: object, at: "/spec/selector"))
      }
    }
    return out
  }
}
