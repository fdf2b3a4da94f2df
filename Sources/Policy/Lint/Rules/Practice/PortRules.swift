import Checking

/// Container ports: `privileged-port` (below 1024) and `ssh-port` (22) (kube-linter
/// privileged-ports, ssh-port).
enum PortRules {
  static var all: [any LintRule] {
    [
      ContainerCheck(
        about: .privilegedPort,
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
        about: .sshPort,
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
