import Checking

/// Availability of replicated workloads: `pdb-missing`, `replicas-spread-missing`,
/// `replicas-with-hpa` (kube-score deployment-has-poddisruptionbudget,
/// deployment-has-host-podantiaffinity, hpa with replicas; Polaris missingPodDisruptionBudget,
/// topologySpreadConstraint), `workload-selector-mismatch` (kube-linter mismatching-selector),
/// `statefulset-service-name` (kube-score statefulset-has-servicename),
/// `cronjob-starting-deadline` (kube-score cronjob-has-deadline).
enum AvailabilityRules {
  static let replicatedKinds: Set<String> = ["Deployment", "StatefulSet", "ReplicaSet", "Rollout"]

  static var all: [any LintRule] {
    [
      PodCheck(
        about: .pdbMissing,
        scope: .longRunning,
        inspect: { pod, index in
          guard replicatedKinds.contains(pod.object.kind), (index.effectiveReplicas(pod) ?? 0) > 1,
            index.disruptionBudgets(of: pod).isEmpty
          else { return [] }
          return [
            Problem(
              "\(pod.workloadName) runs \(index.effectiveReplicas(pod) ?? 0) replicas without a PodDisruptionBudget",
              at: "/spec/replicas")
          ]
        }),
      PodCheck(
        about: .replicasSpreadMissing,
        scope: .longRunning,
        inspect: { pod, index in
          guard replicatedKinds.contains(pod.object.kind), (index.effectiveReplicas(pod) ?? 0) > 1 else {
            return []
          }
          let spread = !(pod.spec.field("topologySpreadConstraints")?.items.isEmpty ?? true)
          let anti = pod.spec.field("affinity", "podAntiAffinity") != nil
          guard !spread && !anti else { return [] }
          return [
            Problem(
              "\(pod.workloadName) runs \(index.effectiveReplicas(pod) ?? 0) replicas with no anti-affinity or topology spread",
              at: pod.specPointer)
          ]
        }),
      PodCheck(
        about: .replicasWithHpa,
        scope: .longRunning,
        inspect: { pod, index in
          guard pod.object.value.field("spec", "replicas") != nil, !index.autoscalers(of: pod.object).isEmpty
          else { return [] }
          return [
            Problem(
              "\(pod.workloadName) sets replicas although an autoscaler scales it", at: "/spec/replicas")
          ]
        }),
      ObjectCheck(
        about: .workloadSelectorMismatch,
        kinds: ["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "Job", "Rollout"],
        inspect: { object, _ in
          guard let pod = PodTemplate(object), let raw = object.value.field("spec", "selector") else {
            return []
          }
          if object.kind == "Job" && object.value.field("spec", "manualSelector")?.bool != true { return [] }
          let selector = LabelSelector(raw)
          guard !selector.isEmpty, !selector.matches(pod.labels) else { return [] }
          return [
            Problem(
              "selector \(selector.description) does not match the pod template's labels",
              at: "/spec/selector")
          ]
        }),
      ObjectCheck(
        about: .statefulsetServiceName,
        kinds: ["StatefulSet"],
        inspect: { object, index in
          let name = object.value.field("spec", "serviceName")?.text ?? ""
          guard !name.isEmpty else {
            return [Problem("StatefulSet has no serviceName", at: "/spec")]
          }
          guard let service = index.object(kind: "Service", namespace: object.namespace, name: name) else {
            return [
              Problem("serviceName \"\(name)\" is not a Service of the release", at: "/spec/serviceName")
            ]
          }
          if service.value.field("spec", "clusterIP")?.text != "None" {
            return [
              Problem(
                "serviceName \"\(name)\" is not a headless Service (clusterIP: None)", at: "/spec/serviceName"
              )
            ]
          }
          return []
        }),
      ObjectCheck(
        about: .cronjobStartingDeadline,
        kinds: ["CronJob"],
        inspect: { object, _ in
          object.value.field("spec", "startingDeadlineSeconds") == nil
            ? [Problem("CronJob has no startingDeadlineSeconds", at: "/spec")] : []
        }),
    ]
  }
}
