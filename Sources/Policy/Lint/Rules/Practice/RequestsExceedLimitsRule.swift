import Checking
import Foundation

/// `requests-exceed-limits`: a container whose request for a resource is above its limit
/// (the API server rejects the pod).
public struct RequestsExceedLimitsRule: LintRule {
  public init() {}
  public let id = "requests-exceed-limits"
  public let severity = Severity.error
  public let rationale =
    "The API server rejects a pod whose request is larger than its limit, so the workload never starts."
  public let fix = "Raise the limit to at least the request (or lower the request)."

  public func check(_ release: RenderedRelease) -> [Finding] {
    var out: [Finding] = []
    for pod in ReleaseIndex.of(release).allPods {
      for container in pod.containers {
        guard let requests = container.value.field("resources", "requests")?.mapValue,
          let limits = container.value.field("resources", "limits")
        else { continue }
        for name in requests.sortedKeys {
          guard let requestText = requests[name]?.text, let request = try? Quantity(requestText),
            let limitText = limits.field(name)?.text, let limit = try? Quantity(limitText), request > limit
          else { continue }
          out.append(
            finding(
              "\(container.label) requests \(requests[name]?.text ?? "") \(name) but is limited to \(limitText)",
              on: pod.object, at: Pointer.join(container.pointer, "resources", "requests", name)))
        }
      }
    }
    return out
  }
}
