import Checking

/// Network exposure: `network-policy-coverage` (kube-score pod-networkpolicy, Polaris
/// missingNetworkPolicy), `nodeport-service` (kube-score service-type),
/// `loadbalancer-source-ranges`, `ingress-tls-missing`.
enum NetworkRules {
  static var all: [any LintRule] {
    [
      PodCheck(
        id: "network-policy-coverage", severity: .warning,
        rationale: "A pod that no NetworkPolicy selects accepts traffic from every pod of the cluster.",
        fix:
          "Render NetworkPolicies for the namespace (a default deny plus the allowed flows) selecting every pod.",
        scope: .longRunning,
        inspect: { pod, index in
          let covered = index.objects(kind: "NetworkPolicy").contains { policy in
            policy.namespace == pod.namespace
              && LabelSelector(policy.value.field("spec", "podSelector") ?? .map([:])).matches(pod.labels)
          }
          return covered
            ? []
            : [
              Problem(
                "no NetworkPolicy of the release selects the pods of \(pod.workloadName) in namespace \(pod.namespace)",
                at: pod.specPointer)
            ]
        }),
      ObjectCheck(
        id: "nodeport-service", severity: .warning,
        rationale:
          "A NodePort opens the port on every node of the cluster, outside NetworkPolicies and load balancer controls.",
        fix: "Use a ClusterIP Service behind an Ingress or a LoadBalancer.",
        kinds: ["Service"],
        inspect: { service, _ in
          service.value.field("spec", "type")?.text == "NodePort"
            ? [Problem("Service is of type NodePort", at: "/spec/type")] : []
        }),
      ObjectCheck(
        id: "loadbalancer-source-ranges", severity: .warning,
        rationale: "A LoadBalancer without source ranges is open to the whole internet.",
        fix:
          "Set `loadBalancerSourceRanges` (or make the load balancer internal with the provider's annotation).",
        kinds: ["Service"],
        inspect: { service, _ in
          guard service.value.field("spec", "type")?.text == "LoadBalancer",
            (service.value.field("spec", "loadBalancerSourceRanges")?.items.isEmpty ?? true)
          else { return [] }
          let annotations = service.value.field("metadata", "annotations")?.stringMap ?? [:]
          let isInternal = annotations.contains { key, value in
            key == "service.beta.kubernetes.io/load-balancer-source-ranges"
              || (key.contains("internal") && value != "false") || value.lowercased() == "internal"
          }
          return isInternal
            ? [] : [Problem("LoadBalancer Service has no loadBalancerSourceRanges", at: "/spec/type")]
        }),
      ObjectCheck(
        id: "ingress-tls-missing", severity: .warning,
        rationale: "An Ingress without TLS serves its hosts in clear text.",
        fix: "Add `spec.tls` with the hosts and a certificate Secret (cert-manager can issue it).",
        kinds: ["Ingress"],
        inspect: { ingress, _ in
          (ingress.value.field("spec", "tls")?.items.isEmpty ?? true)
            ? [Problem("Ingress has no TLS", at: "/spec")] : []
        }),
    ]
  }
}
