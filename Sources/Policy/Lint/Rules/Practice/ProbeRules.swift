import Checking
import GoLib
import Values

/// Probes of long-running containers: `liveness-probe-missing`, `readiness-probe-missing`,
/// `identical-probes` (kube-score pod-probes), `probe-port-mismatch` (kube-linter
/// liveness-port / readiness-port).
enum ProbeRules {
  static var all: [any LintRule] {
    [
      missing("liveness", "A container without a liveness probe that hangs is never restarted."),
      missing(
        "readiness",
        "Without a readiness probe a container gets traffic before it can serve it, and while it cannot."),
      ContainerCheck(
        about: .identicalProbes,
        scope: .longRunning, initContainers: false,
        inspect: { container, _ in
          guard let live = container.value.field("livenessProbe"),
            let ready = container.value.field("readinessProbe"),
            let liveText = try? GoJSON.encode(live), liveText == (try? GoJSON.encode(ready))
          else { return [] }
          return [
            Problem(
              "\(container.label) has the same liveness and readiness probe",
              at: Pointer.join(container.pointer, "livenessProbe"))
          ]
        }),
      ContainerCheck(
        about: .probePortMismatch,
        scope: .all, initContainers: false,
        inspect: { container, _ in
          let ports = container.value.field("ports")?.items ?? []
          let names = Set(ports.compactMap { $0.field("name")?.text })
          var problems: [Problem] = []
          for probe in ["livenessProbe", "readinessProbe", "startupProbe"] {
            for handler in ["httpGet", "tcpSocket", "grpc"] {
              guard let port = container.value.field(probe, handler, "port") else { continue }
              if let name = port.text, port.integer == nil, Int(name) == nil, !names.contains(name) {
                problems.append(
                  Problem(
                    "\(container.label) \(probe) uses port \"\(name)\", which the container does not declare",
                    at: Pointer.join(container.pointer, probe, handler, "port")))
              }
            }
          }
          return problems
        }),
    ]
  }

  static func missing(_ kind: String, _ rationale: String) -> ContainerCheck {
    ContainerCheck(
      about: LintRuleDescription(
        id: "\(kind)-probe-missing", severity: .warning, rationale: rationale,
        fix: "Add a `\(kind)Probe` (httpGet, tcpSocket, grpc or exec) to the container."),
      scope: .longRunning, initContainers: false,
      inspect: { container, _ in
        container.value.field("\(kind)Probe") == nil
          ? [Problem("\(container.label) has no \(kind) probe", at: container.pointer)] : []
      })
  }
}
