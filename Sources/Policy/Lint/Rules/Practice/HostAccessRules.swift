import Checking

/// Host namespaces and mounts: `host-network`, `host-pid`, `host-ipc`, `host-path-volume`,
/// `container-runtime-socket`, `host-port` (Polaris hostNetworkSet, hostPIDSet, hostIPCSet,
/// hostPortSet; kube-linter host-network, host-pid, host-ipc, sensitive-host-mounts,
/// docker-sock).
enum HostAccessRules {
  static var all: [any LintRule] {
    [
      namespace("hostNetwork", "host-network", "sees and binds every network interface of the node"),
      namespace("hostPID", "host-pid", "sees and can signal every process of the node"),
      namespace("hostIPC", "host-ipc", "shares the node's IPC namespace (shared memory of other processes)"),
      PodCheck(
        id: "host-path-volume", severity: .warning,
        rationale: "A hostPath volume reads or writes the node's file system and ties the pod to one node.",
        fix: "Use a PersistentVolumeClaim, emptyDir, ConfigMap or CSI volume instead of hostPath.",
        inspect: { pod, _ in
          (pod.spec.field("volumes")?.items ?? []).enumerated().compactMap { i, volume in
            guard let path = volume.field("hostPath", "path")?.text, !isRuntimeSocket(path) else {
              return nil
            }
            return Problem(
              "\(pod.workloadName) mounts the host path \(path)",
              at: pod.pointer("volumes", String(i), "hostPath", "path"))
          }
        }),
      PodCheck(
        id: "container-runtime-socket", severity: .error,
        rationale: "The container runtime's socket gives full control of every container on the node.",
        fix:
          "Do not mount docker.sock / containerd.sock / crio.sock; use the Kubernetes API or a build tool without a daemon.",
        inspect: { pod, _ in
          (pod.spec.field("volumes")?.items ?? []).enumerated().compactMap { i, volume in
            guard let path = volume.field("hostPath", "path")?.text, isRuntimeSocket(path) else { return nil }
            return Problem(
              "\(pod.workloadName) mounts the container runtime socket \(path)",
              at: pod.pointer("volumes", String(i), "hostPath", "path"))
          }
        }),
      ContainerCheck(
        id: "host-port", severity: .warning,
        rationale:
          "A hostPort binds the node's port: one pod per node, and the port bypasses Services and NetworkPolicies.",
        fix: "Remove `hostPort`; expose the port through a Service.",
        inspect: { container, _ in
          (container.value.field("ports")?.items ?? []).enumerated().compactMap { i, port in
            guard let host = port.field("hostPort")?.integer, host > 0 else { return nil }
            return Problem(
              "\(container.label) binds host port \(host)",
              at: Pointer.join(container.pointer, "ports", String(i), "hostPort"))
          }
        }),
    ]
  }

  static func namespace(_ field: String, _ id: String, _ what: String) -> PodCheck {
    PodCheck(
      id: id, severity: .error, rationale: "A pod with \(field) \(what).",
      fix: "Remove `\(field): true` from the pod spec.",
      inspect: { pod, _ in
        pod.spec.field(field)?.bool == true
          ? [Problem("\(pod.workloadName) sets \(field): true", at: pod.pointer(field))] : []
      })
  }

  static func isRuntimeSocket(_ path: String) -> Bool {
    ["docker.sock", "containerd.sock", "crio.sock", "cri-dockerd.sock"].contains { path.hasSuffix($0) }
      || path == "/var/run/docker" || path == "/run/containerd"
  }
}
