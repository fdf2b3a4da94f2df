import Checking

/// The budget check as a lint rule (`resource-quota`): every ResourceQuota a release renders
/// must hold what the release puts in its namespace (at the peak), and every container its
/// pods have must state the requests and limits the quota tracks; an invalid quantity is a
/// finding too. Needs no budget file (cluster facts from `settings`, default none).
public struct ResourceQuotaRule: CataloguedRule {
  public let about = LintRuleDescription.resourceQuota
  public var settings: BudgetSettings

  public init(settings: BudgetSettings = BudgetSettings()) { self.settings = settings }

  public func check(_ release: RenderedRelease) -> [Finding] {
    let report: BudgetReport
    do {
      report = try BudgetCheck.evaluate(
        release, chart: release.chart.name, environment: "", settings: settings)
    } catch {
      return [error.finding]
    }
    return report.violations.compactMap { violation in
      let quota = release.releaseObjects.first {
        $0.kind == "ResourceQuota" && "ResourceQuota/\($0.namespace)/\($0.name)" == violation.source
      }
      guard let quota else { return nil }
      let pointer = "/spec/hard/" + ManifestQuantity.pointerToken(violation.resource)
      let top = violation.top.map { "\($0.kind)/\($0.name) \($0.amount)" }.joined(separator: ", ")
      let message =
        violation.rejection
        ?? "\(violation.resource) \(violation.used) exceeds the quota's \(violation.limit) (most: \(top))"
      return Finding(
        rule: id, severity: severity, message: message, object: quota.reference, path: pointer,
        place: quota.place(ofPointer: pointer))
    }
  }
}
