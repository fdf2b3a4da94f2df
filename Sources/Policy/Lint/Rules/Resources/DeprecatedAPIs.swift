import Foundation

/// Kubernetes API versions that are deprecated or no longer served, from Kubernetes'
/// "Deprecated API Migration Guide" (kubernetes.io/docs/reference/using-api/deprecation-guide).
enum DeprecatedAPIs {
  struct Entry: Sendable {
    let apiVersion: String
    let kinds: [String]
    /// Minor version (of 1.x) that deprecated it.
    let deprecatedIn: Int
    /// Minor version that stopped serving it; nil while still served.
    let removedIn: Int?
    /// The API to use instead; nil when there is none.
    let replacement: String?

    /// An entry from its row in `entries`.
    init?(row: String) {
      let fields = row.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
      guard fields.count == 5, let deprecatedIn = Int(fields[1]) else { return nil }
      apiVersion = fields[0]
      self.deprecatedIn = deprecatedIn
      removedIn = Int(fields[2])
      replacement = fields[3] == "-" ? nil : fields[3]
      kinds = fields[4].split(separator: " ").map(String.init)
    }
  }

  /// One row per API version: `apiVersion | deprecatedIn | removedIn | replacement | kinds`
  /// (`-` for a version still served or without replacement).
  static let entries: [Entry] = [
    "extensions/v1beta1 | 9 | 16 | apps/v1 | Deployment DaemonSet ReplicaSet",
    "extensions/v1beta1 | 9 | 16 | networking.k8s.io/v1 | NetworkPolicy",
    "extensions/v1beta1 | 11 | 16 | policy/v1beta1 | PodSecurityPolicy",
    "extensions/v1beta1 | 14 | 22 | networking.k8s.io/v1 | Ingress",
    "apps/v1beta1 | 9 | 16 | apps/v1 | Deployment StatefulSet ReplicaSet",
    "apps/v1beta2 | 9 | 16 | apps/v1 | Deployment StatefulSet ReplicaSet DaemonSet",
    "admissionregistration.k8s.io/v1beta1 | 16 | 22 | admissionregistration.k8s.io/v1 | MutatingWebhookConfiguration ValidatingWebhookConfiguration",
    "apiextensions.k8s.io/v1beta1 | 16 | 22 | apiextensions.k8s.io/v1 | CustomResourceDefinition",
    "apiregistration.k8s.io/v1beta1 | 19 | 22 | apiregistration.k8s.io/v1 | APIService",
    "authentication.k8s.io/v1beta1 | 19 | 22 | authentication.k8s.io/v1 | TokenReview",
    "authorization.k8s.io/v1beta1 | 19 | 22 | authorization.k8s.io/v1 | LocalSubjectAccessReview SelfSubjectAccessReview SubjectAccessReview",
    "certificates.k8s.io/v1beta1 | 19 | 22 | certificates.k8s.io/v1 | CertificateSigningRequest",
    "coordination.k8s.io/v1beta1 | 19 | 22 | coordination.k8s.io/v1 | Lease",
    "networking.k8s.io/v1beta1 | 19 | 22 | networking.k8s.io/v1 | Ingress IngressClass",
    "rbac.authorization.k8s.io/v1beta1 | 17 | 22 | rbac.authorization.k8s.io/v1 | ClusterRole ClusterRoleBinding Role RoleBinding",
    "scheduling.k8s.io/v1beta1 | 14 | 22 | scheduling.k8s.io/v1 | PriorityClass",
    "storage.k8s.io/v1beta1 | 19 | 22 | storage.k8s.io/v1 | CSIDriver CSINode StorageClass VolumeAttachment",
    "batch/v1beta1 | 21 | 25 | batch/v1 | CronJob",
    "discovery.k8s.io/v1beta1 | 21 | 25 | discovery.k8s.io/v1 | EndpointSlice",
    "events.k8s.io/v1beta1 | 22 | 25 | events.k8s.io/v1 | Event",
    "autoscaling/v2beta1 | 22 | 25 | autoscaling/v2 | HorizontalPodAutoscaler",
    "policy/v1beta1 | 21 | 25 | policy/v1 | PodDisruptionBudget",
    "policy/v1beta1 | 21 | 25 | - | PodSecurityPolicy",
    "node.k8s.io/v1beta1 | 22 | 25 | node.k8s.io/v1 | RuntimeClass",
    "autoscaling/v2beta2 | 23 | 26 | autoscaling/v2 | HorizontalPodAutoscaler",
    "flowcontrol.apiserver.k8s.io/v1beta1 | 23 | 26 | flowcontrol.apiserver.k8s.io/v1 | FlowSchema PriorityLevelConfiguration",
    "storage.k8s.io/v1beta1 | 24 | 27 | storage.k8s.io/v1 | CSIStorageCapacity",
    "flowcontrol.apiserver.k8s.io/v1beta2 | 26 | 29 | flowcontrol.apiserver.k8s.io/v1 | FlowSchema PriorityLevelConfiguration",
    "flowcontrol.apiserver.k8s.io/v1beta3 | 29 | 32 | flowcontrol.apiserver.k8s.io/v1 | FlowSchema PriorityLevelConfiguration",
    "v1 | 33 | - | discovery.k8s.io/v1 EndpointSlice | Endpoints",
  ].compactMap(Entry.init(row:))

  static func entry(apiVersion: String, kind: String) -> Entry? {
    entries.first { $0.apiVersion == apiVersion && $0.kinds.contains(kind) }
  }

  /// The minor version of `v1.36.0` (36); nil when it is not 1.x.
  static func minor(_ version: String) -> Int? {
    let parts = version.drop { $0 == "v" }.split(separator: ".")
    guard parts.count >= 2, parts[0] == "1" else { return nil }
    return Int(parts[1].prefix { $0.isNumber })
  }
}
