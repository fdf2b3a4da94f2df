import Checking

/// `port-mismatch`: a Service `targetPort` that no selected container exposes, by name
/// (error: the name never resolves) or by number (warning: the port is not declared).
public struct PortMismatchRule: LintRule {
  public init() {}
  public let id = "port-mismatch"
  public let severity = Severity.error
  public let rationale =
    "A Service whose target port no selected container declares sends traffic nowhere (a named port that is not declared never resolves)."
  public let fix =
    "Make targetPort name or number one of the selected containers' `ports` (declare the port on the container)."

  public func check(_ release: RenderedRelease) -> [Finding] {
    let index = ReleaseIndex.of(release)
    var out: [Finding] = []
    for service in release.releaseObjects where service.kind == "Service" {
      guard let selector = ReleaseIndex.serviceSelector(service) else { continue }
      let pods = index.pods(in: service.namespace, matching: selector)
      guard !pods.isEmpty else { continue }
      let containerPorts = pods.flatMap { $0.containers }.flatMap { $0.value.field("ports")?.items ?? [] }
      let names = Set(containerPorts.compactMap { $0.field("name")?.text })
      let numbers = Set(containerPorts.compactMap { $0.field("containerPort")?.integer })
      for (i, port) in (service.value.field("spec", "ports")?.items ?? []).enumerated() {
        let target = port.field("targetPort") ?? port.field("port")
        let pointer =
          port.field("targetPort") != nil ? "/spec/ports/\(i)/targetPort" : "/spec/ports/\(i)/port"
        if let number = target?.integer {
          if !numbers.isEmpty && !numbers.contains(number) {
            // a number reaches the pod even when undeclared: only a warning
            var undeclared = finding(
              "target port \(number) is not a container port of the selected pods (\(numbers.sorted().map(String.init).joined(separator: ", ")))",
              on: service, at: pointer)
            undeclared.severity = .warning
            out.append(undeclared)
          }
        } else if let name = target?.text, !name.isEmpty, Int(name) == nil, !names.contains(name) {
          out.append(
            finding(
              "target port \"\(name)\" is not a named container port of the selected pods\(names.isEmpty ? "" : " (\(names.sorted().joined(separator: ", ")))")",
              on: service, at: pointer))
        }
      }
    }
    return out
  }
}
