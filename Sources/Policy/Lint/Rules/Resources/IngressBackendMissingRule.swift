import Checking
import Values

extension LintRules {
  /// `ingress-backend-missing`: an Ingress backend naming a Service the release does not
  /// render, or a port that Service does not have.
  static let ingressBackendMissing = ObjectCheck(
    about: .ingressBackendMissing,
    kinds: ["Ingress"], scope: .release
  ) { ingress, index in
    ingressBackends(of: ingress).compactMap { backend, pointer in
      // networking.k8s.io/v1: service.name and service.port.{number,name};
      // v1beta1: serviceName and servicePort
      let isV1 = backend.field("service") != nil
      guard let name = (isV1 ? backend.field("service", "name") : backend.field("serviceName"))?.text else {
        return nil
      }
      guard let target = index.object(kind: "Service", namespace: ingress.namespace, name: name) else {
        return Problem(
          "backend Service \"\(name)\" is not rendered by the release in namespace \(ingress.namespace)",
          at: pointer + (isV1 ? "/service/name" : "/serviceName"))
      }
      let ports = target.value.field("spec", "ports")?.items ?? []
      let number =
        isV1 ? backend.field("service", "port", "number")?.integer : backend.field("servicePort")?.integer
      let portName =
        isV1 ? backend.field("service", "port", "name")?.text : backend.field("servicePort")?.text
      if let number {
        guard !ports.contains(where: { $0.field("port")?.integer == number }) else { return nil }
        return Problem(
          "Service \"\(name)\" has no port \(number)",
          at: pointer + (isV1 ? "/service/port/number" : "/servicePort"))
      } else if let portName, !ports.contains(where: { $0.field("name")?.text == portName }) {
        return Problem(
          "Service \"\(name)\" has no port named \"\(portName)\"",
          at: pointer + (isV1 ? "/service/port/name" : "/servicePort"))
      }
      return nil
    }
  }
}

/// The backends of an Ingress with their pointers: the default backend (`defaultBackend`,
/// v1beta1 `backend`), then each rule's paths.
func ingressBackends(of ingress: RenderedObject) -> [(Value, String)] {
  var backends: [(Value, String)] = []
  if let b = ingress.value.field("spec", "defaultBackend") { backends.append((b, "/spec/defaultBackend")) }
  if let b = ingress.value.field("spec", "backend") { backends.append((b, "/spec/backend")) }
  for (i, rule) in (ingress.value.field("spec", "rules")?.items ?? []).enumerated() {
    for (j, path) in (rule.field("http", "paths")?.items ?? []).enumerated() {
      if let b = path.field("backend") { backends.append((b, "/spec/rules/\(i)/http/paths/\(j)/backend")) }
    }
  }
  return backends
}
