import Checking
import Values

/// RBAC: `wildcard-rbac` (kube-linter wildcard-in-rules), `cluster-secret-access`
/// (kube-linter access-to-secrets), `pod-exec-access` (Polaris clusterrolePodExecAttach),
/// `cluster-admin-binding` (kube-linter cluster-admin-role-binding).
enum RBACRules {
  static let roleKinds: Set<String> = ["Role", "ClusterRole"]
  static let readWriteVerbs: Set<String> = [
    "get", "list", "watch", "create", "update", "patch", "delete", "deletecollection", "*",
  ]

  static var all: [any LintRule] {
    [
      ObjectCheck(
        about: .wildcardRbac,
        kinds: roleKinds,
        inspect: { role, _ in
          rules(role).flatMap { i, rule in
            ["verbs", "resources"].compactMap { key in
              (rule.field(key)?.items.compactMap(\.text) ?? []).contains("*")
                ? Problem("\(role.kind) rule \(i) grants `*` \(key)", at: "/rules/\(i)/\(key)") : nil
            }
          }
        }),
      ObjectCheck(
        about: .clusterSecretAccess,
        kinds: ["ClusterRole"],
        inspect: { role, index in
          guard isBoundClusterWide(role, in: index) else { return [] }
          return rules(role).compactMap { i, rule in
            let groups = rule.field("apiGroups")?.items.compactMap(\.text) ?? [""]
            let resources = rule.field("resources")?.items.compactMap(\.text) ?? []
            let verbs = (rule.field("verbs")?.items.compactMap(\.text) ?? []).filter {
              readWriteVerbs.contains($0)
            }
            guard groups.contains("") || groups.contains("*"),
              resources.contains("secrets") || resources.contains("*"),
              !verbs.isEmpty, rule.field("resourceNames") == nil
            else { return nil }
            return Problem(
              "ClusterRole grants \(verbs.joined(separator: ", ")) on Secrets in every namespace",
              at: "/rules/\(i)")
          }
        }),
      ObjectCheck(
        about: .podExecAccess,
        kinds: roleKinds,
        inspect: { role, _ in
          rules(role).compactMap { i, rule in
            let resources = rule.field("resources")?.items.compactMap(\.text) ?? []
            let verbs = rule.field("verbs")?.items.compactMap(\.text) ?? []
            guard resources.contains(where: { $0 == "pods/exec" || $0 == "pods/attach" }),
              verbs.contains(where: { $0 == "create" || $0 == "get" || $0 == "*" })
            else { return nil }
            return Problem("\(role.kind) grants exec or attach into pods", at: "/rules/\(i)/resources")
          }
        }),
      ObjectCheck(
        about: .clusterAdminBinding,
        kinds: ["ClusterRoleBinding", "RoleBinding"],
        inspect: { binding, _ in
          binding.value.field("roleRef", "name")?.text == "cluster-admin"
            ? [Problem("\(binding.kind) binds cluster-admin", at: "/roleRef/name")] : []
        }),
    ]
  }

  static func rules(_ role: RenderedObject) -> [(Int, Value)] {
    Array((role.value.field("rules")?.items ?? []).enumerated())
  }

  /// Whether a ClusterRole applies cluster-wide: bound by a ClusterRoleBinding of the
  /// release, or not bound by the release at all (then who binds it is unknown).
  static func isBoundClusterWide(_ role: RenderedObject, in index: ReleaseIndex) -> Bool {
    let bindings = (index.objects(kind: "ClusterRoleBinding") + index.objects(kind: "RoleBinding")).filter {
      $0.value.field("roleRef", "kind")?.text == "ClusterRole"
        && $0.value.field("roleRef", "name")?.text == role.name
    }
    return bindings.isEmpty || bindings.contains { $0.kind == "ClusterRoleBinding" }
  }

  /// Whether a RoleBinding or ClusterRoleBinding of the release names the service account.
  static func isBound(account: String, namespace: String, in index: ReleaseIndex) -> Bool {
    (index.objects(kind: "ClusterRoleBinding") + index.objects(kind: "RoleBinding")).contains { binding in
      (binding.value.field("subjects")?.items ?? []).contains { subject in
        subject.field("kind")?.text == "ServiceAccount" && subject.field("name")?.text == account
          && (subject.field("namespace")?.text ?? binding.namespace) == namespace
      }
    }
  }
}
