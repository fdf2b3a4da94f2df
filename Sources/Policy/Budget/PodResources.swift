/// What a pod asks of the cluster, as the scheduler and quota admission add it up
/// (`resourcehelper.PodRequests`/`PodLimits`): the larger of the app containers plus the
/// restartable (sidecar) init containers, and each init container plus the sidecars started
/// before it; then the pod overhead on top (on limits only for resources that have one).
public struct PodResources: Sendable, Equatable {
  public var requests: ResourceList
  public var limits: ResourceList

  public init(initContainers: [ContainerResources], containers: [ContainerResources], overhead: ResourceList)
  {
    requests = Self.total(
      initContainers: initContainers, containers: containers, overhead: overhead, \.requests)
    var limits = Self.total(
      initContainers: initContainers, containers: containers, overhead: ResourceList(), \.limits)
    for name in overhead.names where limits[name] != nil { limits.add(name, overhead[name]!) }
    self.limits = limits
  }

  static func total(
    initContainers: [ContainerResources], containers: [ContainerResources], overhead: ResourceList,
    _ field: KeyPath<ContainerResources, ResourceList>
  ) -> ResourceList {
    var sum = ResourceList()
    for c in containers { sum.add(c[keyPath: field]) }
    var sidecars = ResourceList()
    var initPeak = ResourceList()
    for c in initContainers {
      if c.isRestartable {
        sum.add(c[keyPath: field])
        sidecars.add(c[keyPath: field])
        initPeak.raise(to: sidecars)
      } else {
        var running = c[keyPath: field]
        running.add(sidecars)
        initPeak.raise(to: running)
      }
    }
    sum.raise(to: initPeak)
    sum.add(overhead)
    return sum
  }
}
