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
        about: .runAsNonRoot,
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
        about: .readOnlyRootFs,
        inspect: { container, _ in
          unlessSet("readOnlyRootFilesystem", to: true, in: container, "has a writable root file system")
        }),
      ContainerCheck(
        about: .privilegeEscalation,
        inspect: { container, _ in
          unlessSet("allowPrivilegeEscalation", to: false, in: container, "allows privilege escalation")
        }),
      ContainerCheck(
        about: .privilegedContainer,
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
        about: .capabilitiesDropAll,
        inspect: { container, _ in
          let drop =
            container.value.field("securityContext", "capabilities", "drop")?.items.compactMap(\.text) ?? []
          guard !drop.contains(where: { $0.uppercased() == "ALL" }) else { return [] }
          return [Problem("\(container.label) does not drop ALL capabilities", at: container.pointer)]
        }),
      ContainerCheck(
        about: .dangerousCapabilities,
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
        about: .seccompProfileMissing,
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
        about: .unmaskedProcMount,
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
        about: .apparmorUnconfined,
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

  /// A problem, worded `container ... <what>`, unless the container's securityContext sets
  /// `key` to `wanted`; at the setting, or at the container when it is unset.
  static func unlessSet(_ key: String, to wanted: Bool, in container: PodTemplate.Container, _ what: String)
    -> [Problem]
  {
    let setting = container.value.field("securityContext", key)
    guard setting?.bool != wanted else { return [] }
    let pointer = setting == nil ? container.pointer : Pointer.join(container.pointer, "securityContext", key)
    return [Problem("\(container.label) \(what)", at: pointer)]
  }
}
