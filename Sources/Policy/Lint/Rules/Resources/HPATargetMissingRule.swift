import Checking

/// `hpa-target-missing`: a HorizontalPodAutoscaler (or KEDA ScaledObject) whose
/// `scaleTargetRef` names no workload of the release.
public struct HPATargetMissingRule: LintRule {
  public init() {}
  public let id = "hpa-target-missing"
  public let severity = Severity.error
  public let rationale =
    "An autoscaler whose target does not exist scales nothing and reports FailedGetScale forever."
  public let fix =
    "Point scaleTargetRef at the workload's kind, apiVersion and rendered name (use the same `fullname` helper)."

  public func check(_ release: RenderedRelease) -> [Finding] {
    var out: [Finding] = []
    for scaler in release.releaseObjects
    where scaler.kind == "HorizontalPodAutoscaler" || scaler.kind == "ScaledObject" {
      guard let ref = scaler.value.field("spec", "scaleTargetRef") else { continue }
      let kind = ref.field("kind")?.text ?? "Deployment"
      let name = ref.field("name")?.text ?? ""
      let found = release.objects.contains {
        $0.kind == kind && $0.name == name && $0.namespace == scaler.namespace
      }
      if !found {
        out.append(
          finding(
            "scaleTargetRef \(kind)/\(name) is not rendered by the release in namespace \(scaler.namespace)",
            on: scaler, at: "/spec/scaleTargetRef/name"))
      }
    }
    return out
  }
}
