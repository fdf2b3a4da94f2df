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
  }

  static let entries: [Entry] = [
    Entry(
      apiVersion: "extensions/v1beta1", kinds: ["Deployment", "DaemonSet", "ReplicaSet"], deprecatedIn: 9,
      removedIn: 16, replacement: "apps/v1"),
    Entry(
      apiVersion: "extensions/v1beta1", kinds: ["NetworkPolicy"], deprecatedIn: 9, removedIn: 16,
      replacement: "networking.k8s.io/v1"),
    Entry(
      apiVersion: "extensions/v1beta1", kinds: ["PodSecurityPolicy"], deprecatedIn: 11, removedIn: 16,
      replacement: "policy/v1beta1"),
    Entry(
      apiVersion: "extensions/v1beta1", kinds: ["Ingress"], deprecatedIn: 14, removedIn: 22,
      replacement: "networking.k8s.io/v1"),
    Entry(
      apiVersion: "apps/v1beta1", kinds: ["Deployment", "StatefulSet", "ReplicaSet"], deprecatedIn: 9,
      removedIn: 16, replacement: "apps/v1"),
    Entry(
      apiVersion: "apps/v1beta2", kinds: ["Deployment", "StatefulSet", "ReplicaSet", "DaemonSet"],
      deprecatedIn: 9, removedIn: 16, replacement: "apps/v1"),
    Entry(
      apiVersion: "admissionregistration.k8s.io/v1beta1",
      kinds: ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"], deprecatedIn: 16,
      removedIn: 22, replacement: "admissionregistration.k8s.io/v1"),
    Entry(
      apiVersion: "apiextensions.k8s.io/v1beta1", kinds: ["CustomResourceDefinition"], deprecatedIn: 16,
      removedIn: 22, replacement: "apiextensions.k8s.io/v1"),
    Entry(
      apiVersion: "apiregistration.k8s.io/v1beta1", kinds: ["APIService"], deprecatedIn: 19, removedIn: 22,
      replacement: "apiregistration.k8s.io/v1"),
    Entry(
      apiVersion: "authentication.k8s.io/v1beta1", kinds: ["TokenReview"], deprecatedIn: 19, removedIn: 22,
      replacement: "authentication.k8s.io/v1"),
    Entry(
      apiVersion: "authorization.k8s.io/v1beta1",
      kinds: ["LocalSubjectAccessReview", "SelfSubjectAccessReview", "SubjectAccessReview"], deprecatedIn: 19,
      removedIn: 22, replacement: "authorization.k8s.io/v1"),
    Entry(
      apiVersion: "certificates.k8s.io/v1beta1", kinds: ["CertificateSigningRequest"], deprecatedIn: 19,
      removedIn: 22, replacement: "certificates.k8s.io/v1"),
    Entry(
      apiVersion: "coordination.k8s.io/v1beta1", kinds: ["Lease"], deprecatedIn: 19, removedIn: 22,
      replacement: "coordination.k8s.io/v1"),
    Entry(
      apiVersion: "networking.k8s.io/v1beta1", kinds: ["Ingress", "IngressClass"], deprecatedIn: 19,
      removedIn: 22, replacement: "networking.k8s.io/v1"),
    Entry(
      apiVersion: "rbac.authorization.k8s.io/v1beta1",
      kinds: ["ClusterRole", "ClusterRoleBinding", "Role", "RoleBinding"], deprecatedIn: 17, removedIn: 22,
      replacement: "rbac.authorization.k8s.io/v1"),
    Entry(
      apiVersion: "scheduling.k8s.io/v1beta1", kinds: ["PriorityClass"], deprecatedIn: 14, removedIn: 22,
      replacement: "scheduling.k8s.io/v1"),
    Entry(
      apiVersion: "storage.k8s.io/v1beta1",
      kinds: ["CSIDriver", "CSINode", "StorageClass", "VolumeAttachment"], deprecatedIn: 19, removedIn: 22,
      replacement: "storage.k8s.io/v1"),
    Entry(
      apiVersion: "batch/v1beta1", kinds: ["CronJob"], deprecatedIn: 21, removedIn: 25,
      replacement: "batch/v1"),
    Entry(
      apiVersion: "discovery.k8s.io/v1beta1", kinds: ["EndpointSlice"], deprecatedIn: 21, removedIn: 25,
      replacement: "discovery.k8s.io/v1"),
    Entry(
      apiVersion: "events.k8s.io/v1beta1", kinds: ["Event"], deprecatedIn: 22, removedIn: 25,
      replacement: "events.k8s.io/v1"),
    Entry(
      apiVersion: "autoscaling/v2beta1", kinds: ["HorizontalPodAutoscaler"], deprecatedIn: 22, removedIn: 25,
      replacement: "autoscaling/v2"),
    Entry(
      apiVersion: "policy/v1beta1", kinds: ["PodDisruptionBudget"], deprecatedIn: 21, removedIn: 25,
      replacement: "policy/v1"),
    Entry(
      apiVersion: "policy/v1beta1", kinds: ["PodSecurityPolicy"], deprecatedIn: 21, removedIn: 25,
      replacement: nil),
    Entry(
      apiVersion: "node.k8s.io/v1beta1", kinds: ["RuntimeClass"], deprecatedIn: 22, removedIn: 25,
      replacement: "node.k8s.io/v1"),
    Entry(
      apiVersion: "autoscaling/v2beta2", kinds: ["HorizontalPodAutoscaler"], deprecatedIn: 23, removedIn: 26,
      replacement: "autoscaling/v2"),
    Entry(
      apiVersion: "flowcontrol.apiserver.k8s.io/v1beta1",
      kinds: ["FlowSchema", "PriorityLevelConfiguration"], deprecatedIn: 23, removedIn: 26,
      replacement: "flowcontrol.apiserver.k8s.io/v1"),
    Entry(
      apiVersion: "storage.k8s.io/v1beta1", kinds: ["CSIStorageCapacity"], deprecatedIn: 24, removedIn: 27,
      replacement: "storage.k8s.io/v1"),
    Entry(
      apiVersion: "flowcontrol.apiserver.k8s.io/v1beta2",
      kinds: ["FlowSchema", "PriorityLevelConfiguration"], deprecatedIn: 26, removedIn: 29,
      replacement: "flowcontrol.apiserver.k8s.io/v1"),
    Entry(
      apiVersion: "flowcontrol.apiserver.k8s.io/v1beta3",
      kinds: ["FlowSchema", "PriorityLevelConfiguration"], deprecatedIn: 29, removedIn: 32,
      replacement: "flowcontrol.apiserver.k8s.io/v1"),
    Entry(
      apiVersion: "v1", kinds: ["Endpoints"], deprecatedIn: 33, removedIn: nil,
      replacement: "discovery.k8s.io/v1 EndpointSlice"),
  ]

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
