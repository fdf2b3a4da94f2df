import Checking

/// Service accounts: `service-account-token-automount` (Polaris
/// automountServiceAccountToken), `default-service-account` (kube-linter
/// default-service-account), `deprecated-service-account-field` (kube-linter).
enum ServiceAccountRules {
  static var all: [any LintRule] {
    [
      PodCheck(
        about: .serviceAccountTokenAutomount,
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
        about: .defaultServiceAccount,
        scope: .longRunning,
        inspect: { pod, _ in
          pod.serviceAccountName == "default"
            ? [Problem("\(pod.workloadName) runs as the default service account", at: pod.specPointer)] : []
        }),
      PodCheck(
        about: .deprecatedServiceAccountField,
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
