import Checking

/// `unsafe-sysctls` (kube-linter unsafe-sysctls): pod sysctls outside Kubernetes' safe set.
enum SysctlRules {
  /// The sysctls Kubernetes considers safe (namespaced, isolated per pod).
  static let safe: Set<String> = [
    "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
    "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports",
    "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
    "net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_rmem", "net.ipv4.tcp_wmem",
  ]

  static var all: [any LintRule] {
    [
      PodCheck(
        about: .unsafeSysctls,
        inspect: { pod, _ in
          (pod.spec.field("securityContext", "sysctls")?.items ?? []).enumerated().compactMap { i, sysctl in
            guard let name = sysctl.field("name")?.text, !safe.contains(name) else { return nil }
            return Problem(
              "\(pod.workloadName) sets the unsafe sysctl \(name)",
              at: pod.pointer("securityContext", "sysctls", String(i), "name"))
          }
        })
    ]
  }
}
