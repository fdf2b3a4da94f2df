import Checking

/// Network exposure: `network-policy-coverage` (kube-score pod-networkpolicy, Polaris
/// missingNetworkPolicy), `nodeport-service` (kube-score service-type),
/// `loadbalancer-source-ranges`, `ingress-tls-missing`.
enum NetworkRules {
  static var all: [any LintRule] {
    [
      PodCheck(
        about: .networkPolicyCoverage,
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
        about: .nodeportService,
        kinds: ["Service"],
        inspect: { service, _ in
          service.value.field("spec", "type")?.text == "NodePort"
            ? [Problem("Service is of type NodePort", at: "/spec/type")] : []
        }),
      ObjectCheck(
        about: .loadbalancerSourceRanges,
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
        about: .ingressTlsMissing,
        kinds: ["Ingress"],
        inspect: { ingress, _ in
          (ingress.value.field("spec", "tls")?.items.isEmpty ?? true)
            ? [Problem("Ingress has no TLS", at: "/spec")] : []
        }),
    ]
  }
}
