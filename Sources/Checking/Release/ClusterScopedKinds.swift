/// Kinds the Kubernetes API serves without a namespace: a namespace written on them is
/// ignored, so they are keyed with none.
public enum ClusterScopedKinds {
  public static let kinds: Set<String> = [
    "Namespace", "Node", "PersistentVolume", "ClusterRole", "ClusterRoleBinding", "StorageClass",
    "CSIDriver", "CSINode", "VolumeAttachment", "PriorityClass", "RuntimeClass", "IngressClass",
    "CustomResourceDefinition", "APIService", "MutatingWebhookConfiguration",
    "ValidatingWebhookConfiguration", "ValidatingAdmissionPolicy", "ValidatingAdmissionPolicyBinding",
    "MutatingAdmissionPolicy", "MutatingAdmissionPolicyBinding", "CertificateSigningRequest",
    "FlowSchema", "PriorityLevelConfiguration", "ComponentStatus", "ClusterIssuer",
    "ClusterTriggerAuthentication",
    "ResourceSlice", "DeviceClass", "IPAddress", "ServiceCIDR", "VolumeAttributesClass", "GatewayClass",
  ]

  public static func contains(kind: String) -> Bool {
    kinds.contains(kind)
  }
}
