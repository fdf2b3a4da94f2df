import Checking

extension LintRules {
  /// `hpa-target-missing`: a HorizontalPodAutoscaler (or KEDA ScaledObject) whose
  /// `scaleTargetRef` names no workload of the release.
  static let hpaTargetMissing = ObjectCheck(
    about: .hpaTargetMissing,
    kinds: ["HorizontalPodAutoscaler", "ScaledObject"], scope: .release
  ) { scaler, index in
    guard let ref = scaler.value.field("spec", "scaleTargetRef") else { return [] }
    let kind = ref.field("kind")?.text ?? "Deployment"
    let name = ref.field("name")?.text ?? ""
    guard index.object(kind: kind, namespace: scaler.namespace, name: name) == nil else { return [] }
    return [
      Problem(
        "scaleTargetRef \(kind)/\(name) is not rendered by the release in namespace \(scaler.namespace)",
        at: "/spec/scaleTargetRef/name")
    ]
  }
}
