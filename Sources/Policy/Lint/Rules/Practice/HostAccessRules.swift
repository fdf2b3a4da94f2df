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
        about: .hostPathVolume,
        inspect: { pod, _ in
          hostPaths(of: pod).filter { !isRuntimeSocket($0.path) }.map {
            Problem("\(pod.workloadName) mounts the host path \($0.path)", at: $0.pointer)
          }
        }),
      PodCheck(
        about: .containerRuntimeSocket,
        inspect: { pod, _ in
          hostPaths(of: pod).filter { isRuntimeSocket($0.path) }.map {
            Problem("\(pod.workloadName) mounts the container runtime socket \($0.path)", at: $0.pointer)
          }
        }),
      ContainerCheck(
        about: .hostPort,
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
      about: LintRuleDescription(
        id: id, severity: .error, rationale: "A pod with \(field) \(what).",
        fix: "Remove `\(field): true` from the pod spec."),
      inspect: { pod, _ in
        pod.spec.field(field)?.bool == true
          ? [Problem("\(pod.workloadName) sets \(field): true", at: pod.pointer(field))] : []
      })
  }

  /// The `hostPath` volumes of a pod: each path with the pointer of its `path` field.
  static func hostPaths(of pod: PodTemplate) -> [(path: String, pointer: String)] {
    (pod.spec.field("volumes")?.items ?? []).enumerated().compactMap { i, volume in
      volume.field("hostPath", "path")?.text.map {
        (path: $0, pointer: pod.pointer("volumes", String(i), "hostPath", "path"))
      }
    }
  }

  static func isRuntimeSocket(_ path: String) -> Bool {
    ["docker.sock", "containerd.sock", "crio.sock", "cri-dockerd.sock"].contains { path.hasSuffix($0) }
      || path == "/var/run/docker" || path == "/run/containerd"
  }
}
