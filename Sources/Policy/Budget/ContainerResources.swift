/// One container's requests and limits as the API server stores them: a limit given without
/// a request is also the request (API defaulting), then LimitRange defaults fill the rest.
public struct ContainerResources: Sendable, Equatable {
  public var name: String
  public var requests: ResourceList
  public var limits: ResourceList
  /// An init container with `restartPolicy: Always` (a sidecar that runs beside the app).
  public var isRestartable: Bool

  public init(name: String, requests: ResourceList, limits: ResourceList, isRestartable: Bool = false) {
    self.name = name
    self.requests = requests
    self.limits = limits
    self.isRestartable = isRestartable
    for resource in limits.names where self.requests[resource] == nil {
      self.requests[resource] = limits[resource]
    }
  }
}
