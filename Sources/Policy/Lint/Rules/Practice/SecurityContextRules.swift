import Checking
import Values

/// Container security context: `run-as-non-root`, `read-only-root-fs`,
/// `privilege-escalation`, `privileged-container`, `capabilities-drop-all`,
/// `dangerous-capabilities`, `seccomp-profile-missing`, `unmasked-proc-mount`,
/// `apparmor-unconfined` (kube-linter's run-as-non-root, no-read-only-root-fs,
/// privilege-escalation-container, privileged-container, drop-net-raw-capability; Polaris'
/// runAsRootAllowed, notReadOnlyRootFilesystem, dangerousCapabilities...).
enum SecurityContextRules {
  static var all: [any LintRule] {
    [
      ContainerCheck(
        id: "run-as-non-root", severity: .warning,
        rationale:
          "A container running as root turns any escape or file-system bug into root on the node's mounts.",
        fix: "Set `securityContext.runAsNonRoot: true` and a non-zero `runAsUser` (pod or container level).",
        inspect: { container, pod in
          let nonRoot = pod.securitySetting("runAsNonRoot", of: container)
          let user = pod.securitySetting("runAsUser", of: container)
          if user.value?.integer == 0 {
            return [Problem("\(container.label) runs as user 0 (root)", at: user.pointer)]
          }
          if nonRoot.value?.bool == true || (user.value?.integer ?? 0) > 0 { return [] }
          return [
            Problem(
              "\(container.label) may run as root (neither runAsNonRoot nor a non-zero runAsUser)",
              at: nonRoot.pointer)
          ]
        }),
      ContainerCheck(
        id: "read-only-root-fs", severity: .warning,
        rationale:
          "A writable root file system lets an intruder change the container's binaries and configuration.",
        fix:
          "Set `securityContext.readOnlyRootFilesystem: true` and mount an emptyDir where the program writes.",
        inspect: { container, _ in
          let setting = container.value.field("securityContext", "readOnlyRootFilesystem")
          guard setting?.bool != true else { return [] }
          let pointer =
            setting == nil
            ? container.pointer : Pointer.join(container.pointer, "securityContext", "readOnlyRootFilesystem")
          return [Problem("\(container.label) has a writable root file system", at: pointer)]
        }),
      ContainerCheck(
        id: "privilege-escalation", severity: .warning,
        rationale:
          "allowPrivilegeEscalation lets a process gain more privileges than its parent (setuid binaries).",
        fix: "Set `securityContext.allowPrivilegeEscalation: false`.",
        inspect: { container, _ in
          let setting = container.value.field("securityContext", "allowPrivilegeEscalation")
          guard setting?.bool != false else { return [] }
          let pointer =
            setting == nil
            ? container.pointer
            : Pointer.join(container.pointer, "securityContext", "allowPrivilegeEscalation")
          return [Problem("\(container.label) allows privilege escalation", at: pointer)]
        }),
      ContainerCheck(
        id: "privileged-container", severity: .error,
        rationale:
          "A privileged container has every capability and device of the node: it is root on the node.",
        fix: "Remove `privileged: true`; grant the one capability the program needs instead.",
        inspect: { container, _ in
          container.value.field("securityContext", "privileged")?.bool == true
            ? [
              Problem(
                "\(container.label) is privileged",
                at: Pointer.join(container.pointer, "securityContext", "privileged"))
            ]
            : []
        }),
      ContainerCheck(
        id: "capabilities-drop-all", severity: .warning,
        rationale:
          "Containers keep a default set of Linux capabilities (NET_RAW among them) unless they drop them.",
        fix: "Set `securityContext.capabilities.drop: [ALL]` and add back only what is needed.",
        inspect: { container, _ in
          let drop =
            container.value.field("securityContext", "capabilities", "drop")?.items.compactMap(\.text) ?? []
          guard !drop.contains(where: { $0.uppercased() == "ALL" }) else { return [] }
          return [Problem("\(container.label) does not drop ALL capabilities", at: container.pointer)]
        }),
      ContainerCheck(
        id: "dangerous-capabilities", severity: .error,
        rationale:
          "Capabilities such as SYS_ADMIN, NET_ADMIN or SYS_PTRACE let a container act on the node or other containers.",
        fix:
          "Remove the capability from `capabilities.add`; find a narrower one or move the work out of the pod.",
        inspect: { container, _ in
          let add =
            container.value.field("securityContext", "capabilities", "add")?.items.compactMap(\.text) ?? []
          return add.enumerated().compactMap { i, cap in
            let name = cap.uppercased().replacingOccurrences(of: "CAP_", with: "")
            guard dangerous.contains(name) else { return nil }
            return Problem(
              "\(container.label) adds the capability \(cap)",
              at: Pointer.join(container.pointer, "securityContext", "capabilities", "add", String(i)))
          }
        }),
      ContainerCheck(
        id: "seccomp-profile-missing", severity: .info,
        rationale: "Without a seccomp profile a container may call every system call of the kernel.",
        fix: "Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod.",
        inspect: { container, pod in
          let profile = pod.securitySetting("seccompProfile", of: container)
          let type = profile.value?.field("type")?.text
          if type == "RuntimeDefault" || type == "Localhost" { return [] }
          return [
            Problem(
              type == "Unconfined"
                ? "\(container.label) runs with seccomp Unconfined"
                : "\(container.label) has no seccomp profile",
              at: profile.value == nil ? pod.pointer() : profile.pointer)
          ]
        }),
      ContainerCheck(
        id: "unmasked-proc-mount", severity: .error,
        rationale: "procMount Unmasked exposes the host's /proc paths that the runtime normally masks.",
        fix: "Remove `procMount: Unmasked` (use the Default).",
        inspect: { container, _ in
          container.value.field("securityContext", "procMount")?.text == "Unmasked"
            ? [
              Problem(
                "\(container.label) mounts /proc unmasked",
                at: Pointer.join(container.pointer, "securityContext", "procMount"))
            ]
            : []
        }),
      ContainerCheck(
        id: "apparmor-unconfined", severity: .error,
        rationale: "An Unconfined AppArmor profile removes the runtime's default mandatory access control.",
        fix: "Use `appArmorProfile.type: RuntimeDefault` (or a Localhost profile).",
        inspect: { container, pod in
          let setting = pod.securitySetting("appArmorProfile", of: container)
          let annotation = pod.annotations["container.apparmor.security.beta.kubernetes.io/\(container.name)"]
          if setting.value?.field("type")?.text == "Unconfined" {
            return [Problem("\(container.label) runs AppArmor Unconfined", at: setting.pointer)]
          }
          if annotation == "unconfined" {
            return [Problem("\(container.label) runs AppArmor unconfined (annotation)", at: pod.specPointer)]
          }
          return []
        }),
    ]
  }

  /// Capabilities that give power over the node or other workloads (Polaris'
  /// dangerousCapabilities and kube-linter's defaults).
  static let dangerous: Set<String> = [
    "ALL", "SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE", "SYS_RAWIO", "SYS_BOOT", "SYS_TIME",
    "DAC_READ_SEARCH", "BPF", "PERFMON", "NET_RAW", "MAC_ADMIN", "MAC_OVERRIDE", "SYSLOG",
  ]
}
