import Checking
import Values

/// `ingress-backend-missing`: an Ingress backend naming a Service the release does not
/// render, or a port that Service does not have.
public struct IngressBackendMissingRule: LintRule {
  public init() {}
  public let id = "ingress-backend-missing"
  public let severity = Severity.error
  public let rationale =
    "An Ingress path whose backend Service or port does not exist answers 503 for every request."
  public let fix = "Name a rendered Service and one of its ports (by `port.number` or `port.name`)."

  public func check(_ release: RenderedRelease) -> [Finding] {
    var out: [Finding] = []
    for ingress in release.releaseObjects where ingress.kind == "Ingress" && ingress.readError == nil {
      var backends: [(Value, String)] = []
      if let b = ingress.value.field("spec", "defaultBackend") {
        backends.append((b, "/spec/defaultBackend"))
      }
      for (i, rule) in (ingress.value.field("spec", "rules")?.items ?? []).enumerated() {
        for (j, path) in (rule.field("http", "paths")?.items ?? []).enumerated() {
          if let b = path.field("backend") {
            backends.append((b, "/spec/rules/\(i)/http/paths/\(j)/backend"))
          }
        }
      }
      for (backend, pointer) in backends {
        guard let service = backend.field("service"), let name = service.field("name")?.text else { continue }
        guard
          let target = release.objects.first(where: {
            $0.kind == "Service" && $0.name == name && $0.namespace == ingress.namespace
          })
        else {
          out.append(
            finding(
              "backend Service \"\(name)\" is not rendered by the release in namespace \(ingress.namespace)",
              on: ingress, at: pointer + "/service/name"))
          continue
        }
        let ports = target.value.field("spec", "ports")?.items ?? []
        if let number = service.field("port", "number")?.integer,
          !ports.contains(where: { $0.field("port")?.integer == number })
        {
          out.append(
            finding(
              "Service \"\(name)\" has no port \(number)", on: ingress, at: pointer + "/service/port/number"))
        } else if let portName = service.field("port", "name")?.text,
          !ports.contains(where: { $0.field("name")?.text == portName })
        {
          out.append(
            finding(
              "Service \"\(name)\" has no port named \"\(portName)\"", on: ingress,
              at: pointer + "/service/port/name"))
        }
      }
    }
    return out
  }
}
