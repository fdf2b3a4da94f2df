/// What the budget file tells the computation about the cluster (everything a render cannot
/// know): node count, injected sidecars, RuntimeClass overheads, LimitRanges that exist
/// outside the chart, namespace labels, the default StorageClass, and whether hooks count.
public struct BudgetSettings: Sendable {
  /// Nodes a DaemonSet runs on.
  public var nodes: Int = 1
  public var sidecars: [InjectedSidecar] = []
  /// RuntimeClass name → its `overhead.podFixed`.
  public var overhead: [String: ResourceList] = [:]
  /// Namespace (`*` for every namespace) → LimitRange container defaults in force there.
  public var limitRanges: [String: [LimitRangeDefaults]] = [:]
  /// Labels of namespaces the chart does not render (a rendered Namespace's own labels win).
  public var namespaceLabels: [String: [String: String]] = [:]
  /// The class a claim without `storageClassName` gets (a rendered StorageClass marked
  /// default wins).
  public var defaultStorageClass: String?
  /// Whether hooks and test pods count towards the figures.
  public var countHooks: Bool = false

  public init() {}
}
