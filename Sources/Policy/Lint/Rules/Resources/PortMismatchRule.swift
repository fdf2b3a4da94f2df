import Checking

extension LintRules {
  /// `port-mismatch`: a Service `targetPort` that no selected container exposes, by name
  /// (error: the name never resolves) or by number (warning: the port is not declared).
  static let portMismatch = ObjectCheck(
    about: .portMismatch,
    kinds: ["Service"], scope: .release
  ) { service, index in
    guard let selector = ReleaseIndex.serviceSelector(service) else { return [] }
    let pods = index.pods(in: service.namespace, matching: selector)
    guard !pods.isEmpty else { return [] }
    let containerPorts = pods.flatMap { $0.containers }.flatMap { $0.value.field("ports")?.items ?? [] }
    let names = Set(containerPorts.compactMap { $0.field("name")?.text })
    let numbers = Set(containerPorts.compactMap { $0.field("containerPort")?.integer })
    return (service.value.field("spec", "ports")?.items ?? []).enumerated().compactMap { i, port in
      let target = port.field("targetPort") ?? port.field("port")
      let pointer = port.field("targetPort") != nil ? "/spec/ports/\(i)/targetPort" : "/spec/ports/\(i)/port"
      if let number = target?.integer {
        guard !numbers.isEmpty && !numbers.contains(number) else { return nil }
        // a number reaches the pod even when undeclared: only a warning
        return Problem(
          "target port \(number) is not a container port of the selected pods (\(numbers.sorted().map(String.init).joined(separator: ", ")))",
          at: pointer, severity: .warning)
      } else if let name = target?.text, !name.isEmpty, Int(name) == nil, !names.contains(name) {
        return Problem(
          "target port \"\(name)\" is not a named container port of the selected pods\(names.isEmpty ? "" : " (\(names.sorted().joined(separator: ", ")))")",
          at: pointer)
      }
      return nil
    }
  }
}
