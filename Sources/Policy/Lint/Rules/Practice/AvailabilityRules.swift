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
        id: "pdb-missing", severity: .warning,
        rationale: "Without a PodDisruptionBudget a node drain may evict every replica at once.",
        fix: "Render a PodDisruptionBudget (maxUnavailable: 1) selecting the workload's pods.",
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
        id: "replicas-spread-missing", severity: .warning,
        rationale:
          "Replicas without anti-affinity or topology spread may all land on one node or zone and fail together.",
        fix:
          "Add `topologySpreadConstraints` (or a preferred podAntiAffinity) on kubernetes.io/hostname or the zone.",
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
        id: "replicas-with-hpa", severity: .warning,
        rationale:
          "With an autoscaler, a `replicas` field makes every upgrade reset the workload to that count.",
        fix:
          "Leave `spec.replicas` out when an autoscaler is enabled (`{{- if not .Values.autoscaling.enabled }}`).",
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
        id: "workload-selector-mismatch", severity: .error,
        rationale:
          "The API server rejects a workload whose selector does not match its own pod template labels.",
        fix: "Build `spec.selector.matchLabels` and the template labels from one `selectorLabels` helper.",
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
        id: "statefulset-service-name", severity: .warning,
        rationale:
          "A StatefulSet's serviceName must name a headless Service for its pods to get stable DNS names.",
        fix: "Render a Service with `clusterIP: None` selecting the pods, and name it in `serviceName`.",
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
        id: "cronjob-starting-deadline", severity: .info,
        rationale:
          "Without startingDeadlineSeconds a CronJob that missed 100 schedules (controller down) stops being scheduled.",
        fix: "Set `spec.startingDeadlineSeconds` on the CronJob.",
        kinds: ["CronJob"],
        inspect: { object, _ in
          object.value.field("spec", "startingDeadlineSeconds") == nil
            ? [Problem("CronJob has no startingDeadlineSeconds", at: "/spec")] : []
        }),
    ]
  }
}
