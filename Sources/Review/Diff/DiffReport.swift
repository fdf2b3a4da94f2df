/// The result of a diff: every resource that changed, and per chart and environment how
/// many were added, removed, changed, renamed and migrated.
public struct DiffReport: Sendable {
  /// One chart in one environment that was compared.
  public struct Section: Sendable, Equatable {
    public var chart: String
    public var environment: String
    /// Resources on the old and the new side.
    public var oldCount: Int
    public var newCount: Int
    public var counts: [ChangeKind: Int]

    public func count(_ kind: ChangeKind) -> Int { counts[kind] ?? 0 }
    public var total: Int { counts.values.reduce(0, +) }
  }

  /// What the old side was (`main`, a folder...) and what the new side is.
  public var oldLabel: String
  public var newLabel: String
  public var sections: [Section]
  public var changes: [ResourceChange]
  /// Lines of context for text diffs.
  public var context: Int
  /// Whether Secret values were masked (no `--show-secrets`).
  public var secretsMasked: Bool = true

  public var hasChanges: Bool { !changes.isEmpty }

  public func count(_ kind: ChangeKind) -> Int { changes.lazy.filter { $0.kind == kind }.count }

  /// The changes of one section, in report order.
  public func changes(in section: Section) -> [ResourceChange] {
    changes.filter { $0.chart == section.chart && $0.environment == section.environment }
  }
}
