import Checking
import Values

/// `rbac-escalation` (checkov CKV_K8S_155 to 158): a Role or ClusterRole that grants a way
/// around RBAC itself — the `escalate`, `bind` or `impersonate` verbs, approving
/// CertificateSigningRequests, or writing admission webhook configurations (a webhook sees
/// and may change every object) without naming the configurations it may touch. Wildcards
/// are `wildcard-rbac`'s.
enum RBACEscalationRule {
  static let writeVerbs: Set<String> = ["create", "update", "patch", "delete", "deletecollection"]
  static let webhookResources: Set<String> = [
    "mutatingwebhookconfigurations", "validatingwebhookconfigurations",
  ]

  static var rule: any LintRule {
    ObjectCheck(
      about: .rbacEscalation,
      kinds: RBACRules.roleKinds,
      inspect: { role, _ in
        RBACRules.rules(role).compactMap { i, rule in
          guard rule.field("resourceNames") == nil, let what = grant(rule) else { return nil }
          return Problem("\(role.kind) rule \(i) grants \(what)", at: "/rules/\(i)")
        }
      })
  }

  /// What the policy rule grants that escalates, or nil.
  static func grant(_ rule: Value) -> String? {
    let verbs = Set(rule.field("verbs")?.items.compactMap(\.text) ?? [])
    let resources = Set(rule.field("resources")?.items.compactMap(\.text) ?? [])
    let escalating = ["escalate", "bind", "impersonate"].filter(verbs.contains)
    if !escalating.isEmpty { return escalating.joined(separator: ", ") }
    if verbs.contains("approve"), resources.contains("signers") {
      return "approve on certificate signers"
    }
    if resources.contains("certificatesigningrequests/approval"),
      !verbs.isDisjoint(with: ["update", "patch"])
    {
      return "approval of CertificateSigningRequests"
    }
    let webhooks = resources.intersection(webhookResources).sorted()
    let writes = verbs.intersection(writeVerbs).sorted()
    if !webhooks.isEmpty, !writes.isEmpty {
      return "\(writes.joined(separator: ", ")) on \(webhooks.joined(separator: ", "))"
    }
    return nil
  }
}
