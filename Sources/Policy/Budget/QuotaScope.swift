import Values

/// What a ResourceQuota's `scopes` and `scopeSelector` match on a pod: its QoS (BestEffort
/// or not), whether it is terminating (`activeDeadlineSeconds` set), and its priority class.
public struct PodTraits: Sendable, Equatable {
  public var isBestEffort: Bool
  public var isTerminating: Bool
  public var priorityClass: String?
}

/// A ResourceQuota's scopes: all must match the pod for the quota to count it; a scoped
/// quota tracks only pods (and their compute resources).
public struct QuotaScope: Sendable, Equatable {
  public struct Requirement: Sendable, Equatable {
    public var scope: String
    public var op: String
    public var values: [String]
  }

  public var requirements: [Requirement]

  public init(spec: Value?) {
    var requirements: [Requirement] = []
    for scope in spec?.field("scopes")?.items ?? [] {
      if let s = scope.text { requirements.append(Requirement(scope: s, op: "Exists", values: [])) }
    }
    for expr in spec?.field("scopeSelector", "matchExpressions")?.items ?? [] {
      requirements.append(
        Requirement(
          scope: expr.field("scopeName")?.text ?? "", op: expr.field("operator")?.text ?? "Exists",
          values: (expr.field("values")?.items ?? []).compactMap(\.text)))
    }
    self.requirements = requirements
  }

  public var isEmpty: Bool { requirements.isEmpty }

  /// Whether the quota counts a pod with `traits` (nil: not a pod).
  func matches(_ traits: PodTraits?) -> Bool {
    if isEmpty { return true }
    guard let traits else { return false }
    return requirements.allSatisfy { r in
      switch r.scope {
      case "BestEffort": return traits.isBestEffort
      case "NotBestEffort": return !traits.isBestEffort
      case "Terminating": return traits.isTerminating
      case "NotTerminating": return !traits.isTerminating
      case "PriorityClass":
        let name = traits.priorityClass ?? ""
        switch r.op {
        case "In": return traits.priorityClass != nil && r.values.contains(name)
        case "NotIn": return traits.priorityClass == nil || !r.values.contains(name)
        case "DoesNotExist": return traits.priorityClass == nil
        default: return traits.priorityClass != nil
        }
      default: return false
      }
    }
  }

  /// Whether the quota can track `resource` at all (BestEffort quotas track only pods).
  func tracks(_ resource: String) -> Bool {
    if isEmpty { return true }
    if requirements.contains(where: { $0.scope == "BestEffort" }) { return resource == "pods" }
    return resource == "pods" || resource.hasPrefix("requests.") || resource.hasPrefix("limits.")
      || ["cpu", "memory", "ephemeral-storage"].contains(resource)
  }
}
