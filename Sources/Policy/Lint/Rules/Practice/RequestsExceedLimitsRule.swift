import Checking
import Foundation

extension LintRules {
  /// `requests-exceed-limits`: a container whose request for a resource is above its limit
  /// (the API server rejects the pod).
  static let requestsExceedLimits = ContainerCheck(
    about: .requestsExceedLimits,
    inspect: { container, _ in
      guard let requests = container.value.field("resources", "requests")?.mapValue,
        let limits = container.value.field("resources", "limits")
      else { return [] }
      return requests.sortedKeys.compactMap { name in
        guard let requestText = requests[name]?.text, let request = try? Quantity(requestText),
          let limitText = limits.field(name)?.text, let limit = try? Quantity(limitText), request > limit
        else { return nil }
        return Problem(
          "\(container.label) requests \(requestText) \(name) but is limited to \(limitText)",
          at: Pointer.join(container.pointer, "resources", "requests", name))
      }
    })
}
