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
    for pod in PodTemplate.all(in: release.objects) {
      for container in pod.containers {
        guard let requests = container.value.field("resources", "requests")?.mapValue,
          let limits = container.value.field("resources", "limits")
        else { continue }
        for name in requests.sortedKeys {
          guard let request = requests[name]?.text.flatMap(Quantity.parse),
            let limitText = limits.field(name)?.text, let limit = Quantity.parse(limitText), request > limit
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

/// Kubernetes resource quantities (`500m`, `1.5Gi`, `2e3`) as numbers.
enum Quantity {
  static let suffixes: [(String, Double)] = [
    ("Ki", 1024), ("Mi", pow(1024, 2)), ("Gi", pow(1024, 3)), ("Ti", pow(1024, 4)), ("Pi", pow(1024, 5)),
    ("Ei", pow(1024, 6)), ("n", 1e-9), ("u", 1e-6), ("m", 1e-3), ("k", 1e3), ("M", 1e6), ("G", 1e9),
    ("T", 1e12), ("P", 1e15), ("E", 1e18),
  ]

  static func parse(_ text: String) -> Double? {
    let s = text.trimmingCharacters(in: .whitespaces)
    for (suffix, factor) in suffixes where s.hasSuffix(suffix) {
      return Double(s.dropLast(suffix.count)).map { $0 * factor }
    }
    return Double(s)
  }
}
