import Checking

/// Requests and limits: `cpu-requests-missing`, `cpu-limits-missing`,
/// `memory-requests-missing`, `memory-limits-missing` (Polaris' cpuRequestsMissing...,
/// kube-score's container-resources). A zero quantity counts as unset.
enum ResourceRules {
  static var all: [any LintRule] {
    [
      rule(
        "cpu", "requests", .warning,
        "Without a CPU request the scheduler places the pod as if it used no CPU and it is the first to starve."
      ),
      rule(
        "cpu", "limits", .info,
        "Without a CPU limit one container can take every core of its node (some teams prefer no CPU limit: disable this rule then)."
      ),
      rule(
        "memory", "requests", .warning,
        "Without a memory request the scheduler overcommits the node and the pod is evicted first under pressure."
      ),
      rule(
        "memory", "limits", .warning,
        "Without a memory limit a leak takes the node's memory and the kernel kills other pods."),
    ]
  }

  static func rule(_ resource: String, _ kind: String, _ severity: Severity, _ rationale: String)
    -> ContainerCheck
  {
    ContainerCheck(
      about: LintRuleDescription(
        id: "\(resource)-\(kind)-missing", severity: severity, rationale: rationale,
        fix: "Set `resources.\(kind).\(resource)` on every container (from values, with a sensible default)."),
      inspect: { container, _ in
        let noun = kind == "requests" ? "request" : "limit"
        let value = container.value.field("resources", kind, resource)
        guard let text = value?.text, !text.isEmpty else {
          return [Problem("\(container.label) has no \(resource) \(noun)", at: container.pointer)]
        }
        guard isZero(text) else { return [] }
        return [
          Problem(
            "\(container.label) has a \(resource) \(noun) of \(text), which is the same as none",
            at: Pointer.join(container.pointer, "resources", kind, resource))
        ]
      })
  }

  /// Whether a request or limit is zero: the scheduler reserves nothing for a zero request,
  /// and the kubelet sets no cgroup limit for a zero limit, exactly as when it is unset.
  static func isZero(_ text: String) -> Bool {
    (try? Quantity(text))?.isZero ?? false
  }
}
