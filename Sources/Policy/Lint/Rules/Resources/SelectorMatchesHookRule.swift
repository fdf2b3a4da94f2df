import Checking

extension LintRules {
  /// `selector-matches-hook`: a Service or PodDisruptionBudget whose selector also selects
  /// the pods of a hook or test (a Job or Pod that runs around install or in `helm test`).
  static let selectorMatchesHook = ObjectCheck(
    about: .selectorMatchesHook,
    kinds: ["Service", "PodDisruptionBudget"], scope: .release
  ) { object, index in
    let selector =
      object.kind == "Service" ? ReleaseIndex.serviceSelector(object) : ReleaseIndex.pdbSelector(object)
    guard let selector, !selector.isEmpty else { return [] }
    return index.hookPods.filter { $0.namespace == object.namespace && selector.matches($0.labels) }.map {
      pod in
      Problem(
        "\(object.kind) selector \(selector.description) also selects the pods of \(pod.object.isTest ? "test" : "hook") \(pod.workloadName)",
        at: "/spec/selector")
    }
  }
}
