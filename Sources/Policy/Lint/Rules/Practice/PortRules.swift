import Checking

/// Container ports: `privileged-port` (below 1024) and `ssh-port` (22) (kube-linter
/// privileged-ports, ssh-port).
enum PortRules {
  static var all: [any LintRule] {
    [
      ContainerCheck(
        id: "privileged-port", severity: .info,
        rationale: "Binding a port below 1024 needs root or NET_BIND_SERVICE inside the container.",
        fix: "Listen on a port of 1024 or more and map it in the Service (`port: 80`, `targetPort: 8080`).",
        initContainers: false,
        inspect: { container, _ in
          ports(container).compactMap { i, number in
            number > 0 && number < 1024
              ? Problem(
                "\(container.label) listens on privileged port \(number)",
                at: Pointer.join(container.pointer, "ports", String(i), "containerPort"))
              : nil
          }
        }),
      ContainerCheck(
        id: "ssh-port", severity: .warning,
        rationale:
          "An SSH server in a container is a second way in that bypasses the cluster's access control.",
        fix: "Remove the SSH port; use `kubectl exec` or a debug container.",
        initContainers: false,
        inspect: { container, _ in
          ports(container).compactMap { i, number in
            number == 22
              ? Problem(
                "\(container.label) exposes SSH port 22",
                at: Pointer.join(container.pointer, "ports", String(i), "containerPort"))
              : nil
          }
        }),
    ]
  }

  static func ports(_ container: PodTemplate.Container) -> [(Int, Int)] {
    (container.value.field("ports")?.items ?? []).enumerated().compactMap { i, p in
      p.field("containerPort")?.integer.map { (i, $0) }
    }
  }
}
