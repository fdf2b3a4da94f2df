import Checking

/// What one rendered object costs its namespace: the quota figures it adds in the steady
/// state and at the peak (`requests.cpu`, `pods`, `persistentvolumeclaims`,
/// `count/deployments.apps`...), and for a pod-bearing workload how it was scaled.
public struct BudgetItem: Sendable {
  public var object: ObjectReference
  /// The namespace it lands in (empty for cluster-scoped objects).
  public var namespace: String
  /// A Helm hook or test: transient, counted only when the budget says so.
  public var isHook: Bool
  public var steady: ResourceList
  public var peak: ResourceList
  /// For pod-bearing objects: what quota scopes see in its pods.
  public var pod: PodTraits?
  /// For pod-bearing objects: one pod's effective requests and limits.
  public var perPod: PodResources?
  /// For pod-bearing objects: its containers after defaults (init, app and injected).
  public var containers: [ContainerResources]
  /// How its pods were counted (`3 replicas`, `HPA 2..10 + surge 3`, `10 nodes`).
  public var scaling: String

  /// The figures in `mode`.
  public func figures(_ mode: BudgetMode) -> ResourceList { mode == .steady ? steady : peak }
}

/// Which state a budget or quota is enforced on: the steady state (HPA minimum, no rollout)
/// or the peak (HPA maximum plus the rolling-update surge).
public enum BudgetMode: String, Sendable, Equatable {
  case steady, peak
}
