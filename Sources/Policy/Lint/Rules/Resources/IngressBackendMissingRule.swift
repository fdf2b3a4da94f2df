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
      if let b = ingress.value.field("spec", "backend") { backends.append((b, "/spec/backend")) }
      for (i, rule) in (ingress.value.field("spec", "rules")?.items ?? []).enumerated() {
        for (j, path) in (rule.field("http", "paths")?.items ?? []).enumerated() {
          if let b = path.field("backend") {
            backends.append((b, "/spec/rules/\(i)/http/paths/\(j)/backend"))
          }
        }
      }
      for (backend, pointer) in backends {
        // networking.k8s.io/v1: service.name and service.port.{number,name};
        // v1beta1: serviceName and servicePort
        let isV1 = backend.field("service") != nil
        guard let name = (isV1 ? backend.field("service", "name") : backend.field("serviceName"))?.text else {
          continue
        }
        let namePointer = pointer + (isV1 ? "/service/name" : "/serviceName")
        guard
          let target = release.objects.first(where: {
            $0.kind == "Service" && $0.name == name && $0.namespace == ingress.namespace
          })
        else {
          out.append(
            finding(
              "backend Service \"\(name)\" is not rendered by the release in namespace \(ingress.namespace)",
              on: ingress, at: namePointer))
          continue
        }
        let ports = target.value.field("spec", "ports")?.items ?? []
        let number =
          isV1 ? backend.field("service", "port", "number")?.integer : backend.field("servicePort")?.integer
        let portName =
          isV1 ? backend.field("service", "port", "name")?.text : backend.field("servicePort")?.text
        if let number {
          if !ports.contains(where: { $0.field("port")?.integer == number }) {
            out.append(
              finding(
                "Service \"\(name)\" has no port \(number)", on: ingress,
                at: pointer + (isV1 ? "/service/port/number" : "/servicePort")))
          }
        } else if let portName, !ports.contains(where: { $0.field("name")?.text == portName }) {
          out.append(
            finding(
              "Service \"\(name)\" has no port named \"\(portName)\"", on: ingress,
              at: pointer + (isV1 ? "/service/port/name" : "/servicePort")))
        }
      }
    }
    return out
  }
}
