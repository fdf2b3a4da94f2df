import Checking

/// Service accounts: `service-account-token-automount` (Polaris
/// automountServiceAccountToken), `default-service-account` (kube-linter
/// default-service-account), `deprecated-service-account-field` (kube-linter).
enum ServiceAccountRules {
  static var all: [any LintRule] {
    [
      PodCheck(
        id: "service-account-token-automount", severity: .warning,
        rationale:
          "A pod that does not call the Kubernetes API still gets a token; whoever breaks in can use it.",
        fix:
          "Set `automountServiceAccountToken: false` on the pod or its ServiceAccount (keep it only where RBAC is bound).",
        inspect: { pod, index in
          if pod.spec.field("automountServiceAccountToken")?.bool == false { return [] }
          let name = pod.serviceAccountName
          let account = index.object(kind: "ServiceAccount", namespace: pod.namespace, name: name)
          if account?.value.field("automountServiceAccountToken")?.bool == false,
            pod.spec.field("automountServiceAccountToken")?.bool != true
          {
            return []
          }
          if RBACRules.isBound(account: name, namespace: pod.namespace, in: index) { return [] }
          return [
            Problem(
              "\(pod.workloadName) mounts the token of service account \"\(name)\", which no role of the release is bound to",
              at: pod.spec.field("automountServiceAccountToken") != nil
                ? pod.pointer("automountServiceAccountToken") : pod.specPointer)
          ]
        }),
      PodCheck(
        id: "default-service-account", severity: .info,
        rationale:
          "Pods on the namespace's default service account share its permissions with every other such pod.",
        fix: "Render a ServiceAccount for the workload and set `serviceAccountName`.",
        scope: .longRunning,
        inspect: { pod, _ in
          pod.serviceAccountName == "default"
            ? [Problem("\(pod.workloadName) runs as the default service account", at: pod.specPointer)] : []
        }),
      PodCheck(
        id: "deprecated-service-account-field", severity: .warning,
        rationale:
          "`serviceAccount` is a deprecated alias of `serviceAccountName`; tools that read only the new field miss it.",
        fix: "Write `serviceAccountName` instead of `serviceAccount`.",
        inspect: { pod, _ in
          pod.spec.field("serviceAccount") != nil && pod.spec.field("serviceAccountName") == nil
            ? [
              Problem(
                "\(pod.workloadName) sets the deprecated field serviceAccount",
                at: pod.pointer("serviceAccount"))
            ] : []
        }),
    ]
  }
}
