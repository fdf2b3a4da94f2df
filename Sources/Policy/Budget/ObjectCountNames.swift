/// The ResourceQuota names that count objects: `count/<resource>.<group>` for any kind, and
/// the legacy names (`services`, `secrets`, `configmaps`...) for core kinds.
enum ObjectCountNames {
  static let resources: [String: String] = [
    "Deployment": "deployments.apps", "StatefulSet": "statefulsets.apps", "DaemonSet": "daemonsets.apps",
    "ReplicaSet": "replicasets.apps", "Job": "jobs.batch", "CronJob": "cronjobs.batch", "Pod": "pods",
    "Service": "services", "ConfigMap": "configmaps", "Secret": "secrets",
    "PersistentVolumeClaim": "persistentvolumeclaims", "ServiceAccount": "serviceaccounts",
    "ReplicationController": "replicationcontrollers", "ResourceQuota": "resourcequotas",
    "LimitRange": "limitranges", "Endpoints": "endpoints", "Event": "events",
    "HorizontalPodAutoscaler": "horizontalpodautoscalers.autoscaling",
    "PodDisruptionBudget": "poddisruptionbudgets.policy", "Ingress": "ingresses.networking.k8s.io",
    "NetworkPolicy": "networkpolicies.networking.k8s.io", "Role": "roles.rbac.authorization.k8s.io",
    "RoleBinding": "rolebindings.rbac.authorization.k8s.io", "Namespace": "namespaces",
    "ClusterRole": "clusterroles.rbac.authorization.k8s.io",
    "ClusterRoleBinding": "clusterrolebindings.rbac.authorization.k8s.io",
    "StorageClass": "storageclasses.storage.k8s.io", "ScaledObject": "scaledobjects.keda.sh",
    "ServiceMonitor": "servicemonitors.monitoring.coreos.com",
    "PrometheusRule": "prometheusrules.monitoring.coreos.com",
    "VirtualService": "virtualservices.networking.istio.io", "Gateway": "gateways.networking.istio.io",
    "PeerAuthentication": "peerauthentications.security.istio.io",
    "DestinationRule": "destinationrules.networking.istio.io", "Certificate": "certificates.cert-manager.io",
  ]

  /// Kinds whose objects quota also counts under a legacy name.
  static let legacy: [String: String] = [
    "Service": "services", "Secret": "secrets", "ConfigMap": "configmaps",
    "ReplicationController": "replicationcontrollers", "ResourceQuota": "resourcequotas",
  ]

  /// `count/<resource>[.<group>]` for a kind (plural guessed as the API server's REST mapper
  /// does for kinds not in the table).
  static func countName(kind: String, group: String?) -> String {
    if let known = resources[kind] { return "count/" + known }
    let lower = kind.lowercased()
    let plural: String
    if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("ch") || lower.hasSuffix("sh") {
      plural = lower + "es"
    } else if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
      plural = String(lower.dropLast()) + "ies"
    } else {
      plural = lower + "s"
    }
    guard let group, !group.isEmpty else { return "count/" + plural }
    return "count/\(plural).\(group)"
  }
}
