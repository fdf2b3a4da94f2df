import Checking

/// `prometheus-admin-api`: Prometheus started with `--web.enable-lifecycle` or
/// `--web.enable-admin-api` (or a Prometheus resource with `enableAdminAPI: true`).
public struct PrometheusAdminAPIRule: CataloguedRule {
  public init() {}
  public let about = LintRuleDescription.prometheusAdminApi

  static let flags = ["--web.enable-lifecycle", "--web.enable-admin-api"]

  public func check(_ release: RenderedRelease) -> [Finding] {
    var out: [Finding] = []
    for pod in ReleaseIndex.of(release).allPods {
      for container in pod.containers {
        for key in ["args", "command"] {
          for (i, arg) in (container.value.field(key)?.items ?? []).enumerated() {
            guard let text = arg.text,
              let flag = Self.flags.first(where: { text.contains($0) && !text.contains($0 + "=false") })
            else { continue }
            out.append(
              finding(
                "\(container.label) enables Prometheus' \(flag)", on: pod.object,
                at: Pointer.join(container.pointer, key, String(i))))
          }
        }
      }
    }
    for object in release.objects
    where object.kind == "Prometheus" && object.value.field("spec", "enableAdminAPI")?.bool == true {
      out.append(finding("Prometheus enables its admin API", on: object, at: "/spec/enableAdminAPI"))
    }
    return out
  }
}
