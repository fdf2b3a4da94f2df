import Checking

/// The budget picture of one render: figures per namespace and in total (steady and peak),
/// every limit that applies (budget or ResourceQuota) with its use, and what is exceeded.
public struct BudgetReport: Sendable {
  /// Steady-state and peak figures, by quota resource name.
  public struct Figures: Sendable, Equatable {
    public var steady = ResourceList()
    public var peak = ResourceList()

    public func figures(_ mode: BudgetMode) -> ResourceList { mode == .steady ? steady : peak }
  }

  /// One limit on one resource, and how much of it is used.
  public struct LimitUse: Sendable, Equatable {
    public var resource: String
    /// The namespace limited, or `*` for a budget on the whole environment.
    public var namespace: String
    public var steady: Quantity
    public var peak: Quantity
    public var limit: Quantity
    /// `budget` or `ResourceQuota/<namespace>/<name>`.
    public var source: String
    /// The figure the limit is enforced on.
    public var used: Quantity
    public var isExceeded: Bool { used > limit }
    /// Percentage of the limit used (nil for a zero limit).
    public var percentUsed: Double? {
      limit.isZero ? nil : used.approximateDouble / limit.approximateDouble * 100
    }
  }

  /// A workload's share of an exceeded resource.
  public struct Contributor: Sendable, Equatable {
    public var kind: String
    public var name: String
    public var amount: Quantity
  }

  /// A limit that is exceeded, or a container quota admission would reject.
  public struct Violation: Sendable, Equatable {
    public var resource: String
    public var namespace: String
    public var used: Quantity
    public var limit: Quantity
    public var source: String
    /// The workloads that cost most (for a rejection: the workloads at fault).
    public var top: [Contributor]
    /// For a rejection: why admission refuses the pods (`must specify limits.cpu for: app`).
    public var rejection: String?
  }

  public var chart: String
  public var environment: String
  public var mode: BudgetMode
  public var namespaces: [String: Figures]
  public var totals: Figures
  public var limits: [LimitUse]
  public var violations: [Violation]
  /// Every object's contribution (hooks included, marked).
  public var items: [BudgetItem]
  /// Hooks and test pods, reported apart unless the budget counts them.
  public var uncountedHooks: [BudgetItem]

  public var isExceeded: Bool { !violations.isEmpty }
}
