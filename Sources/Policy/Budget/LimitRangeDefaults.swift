/// The container defaults a `LimitRange` (type `Container`) applies at admission: `default`
/// fills missing limits, `defaultRequest` missing requests (`defaultRequest` defaults to
/// `default`, and `default` to `max`, as the API server defaults a LimitRange item).
public struct LimitRangeDefaults: Sendable, Equatable {
  public var defaultLimits: ResourceList
  public var defaultRequests: ResourceList
  /// Where the defaults come from (`LimitRange/<ns>/<name>` or `budget`).
  public var source: String

  public init(
    default limits: ResourceList, defaultRequest requests: ResourceList, max: ResourceList = ResourceList(),
    source: String
  ) {
    var limits = limits
    for name in max.names where limits[name] == nil { limits[name] = max[name] }
    var requests = requests
    for name in limits.names where requests[name] == nil { requests[name] = limits[name] }
    defaultLimits = limits
    defaultRequests = requests
    self.source = source
  }

  /// `container` with the defaults applied where it has no value.
  func apply(to container: ContainerResources) -> ContainerResources {
    var result = container
    for name in defaultLimits.names where result.limits[name] == nil {
      result.limits[name] = defaultLimits[name]
    }
    for name in defaultRequests.names where result.requests[name] == nil {
      result.requests[name] = defaultRequests[name]
    }
    return result
  }
}
