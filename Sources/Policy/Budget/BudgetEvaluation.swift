import Checking

/// Checks a render's budget items against the environment's budget and against every
/// ResourceQuota the render puts in a namespace, including the containers quota admission
/// would reject for lacking a request or limit the quota tracks.
public struct BudgetEvaluation: Sendable {
  public var limits: BudgetLimits
  public var countHooks: Bool
  /// How many workloads each violation names.
  public var topCount = 5

  public init(limits: BudgetLimits, countHooks: Bool) {
    self.limits = limits
    self.countHooks = countHooks
  }

  /// A ResourceQuota the render holds.
  public struct Quota: Sendable {
    public var object: ObjectReference
    public var hard: ResourceList
    public var scope: QuotaScope
    public var source: String { "ResourceQuota/\(object.namespace)/\(object.name)" }
  }

  /// The ResourceQuotas among a render's `objects` (hooks excluded).
  public static func quotas(of objects: [RenderedObject]) throws(InvalidQuantity) -> [Quota] {
    var quotas: [Quota] = []
    for object in objects where !object.isHook && object.kind == "ResourceQuota" && object.readError == nil {
      let hard = try ManifestQuantity.list(
        object.value.field("spec", "hard"), object: object.reference, path: "/spec/hard"
      ) { object.place(ofPointer: $0) }
      quotas.append(
        Quota(object: object.reference, hard: hard, scope: QuotaScope(spec: object.value.field("spec"))))
    }
    return quotas
  }

  public func report(chart: String, environment: String, items all: [BudgetItem], quotas: [Quota])
    -> BudgetReport
  {
    let mode = limits.mode
    let items = all.filter { countHooks || !$0.isHook }
    var namespaces: [String: BudgetReport.Figures] = [:]
    var totals = BudgetReport.Figures()
    for item in items {
      if !item.namespace.isEmpty {
        namespaces[item.namespace, default: .init()].steady.add(item.steady)
        namespaces[item.namespace, default: .init()].peak.add(item.peak)
      }
      totals.steady.add(item.steady)
      totals.peak.add(item.peak)
    }
    var uses: [BudgetReport.LimitUse] = []
    var violations: [BudgetReport.Violation] = []

    func check(
      _ resource: String, namespace: String, limit: Quantity, source: String, figures: BudgetReport.Figures,
      members: [BudgetItem]
    ) {
      let name = BudgetLimits.figureName(resource)
      let use = BudgetReport.LimitUse(
        resource: resource, namespace: namespace, steady: figures.steady[name] ?? .zero,
        peak: figures.peak[name] ?? .zero, limit: limit, source: source,
        used: figures.figures(mode)[name] ?? .zero)
      uses.append(use)
      if use.isExceeded {
        violations.append(
          BudgetReport.Violation(
            resource: resource, namespace: namespace, used: use.used, limit: limit, source: source,
            top: top(name, in: members, mode: mode), rejection: nil))
      }
    }

    for resource in limits.totals.keys.sorted() {
      check(
        resource, namespace: "*", limit: limits.totals[resource]!, source: "budget", figures: totals,
        members: items)
    }
    for namespace in limits.namespaces.keys.sorted() {
      let members = items.filter { $0.namespace == namespace }
      for (resource, limit) in limits.namespaces[namespace]!.sorted(by: { $0.key < $1.key }) {
        check(
          resource, namespace: namespace, limit: limit, source: "budget",
          figures: namespaces[namespace] ?? .init(), members: members)
      }
    }
    for quota in quotas {
      let namespace = quota.object.namespace
      let members = items.filter { $0.namespace == namespace && quota.scope.matches($0.pod) }
      var figures = BudgetReport.Figures()
      for item in members {
        figures.steady.add(item.steady)
        figures.peak.add(item.peak)
      }
      for resource in quota.hard.names {
        let tracked = quota.scope.tracks(BudgetLimits.figureName(resource)) || quota.scope.tracks(resource)
        check(
          resource, namespace: namespace, limit: quota.hard[resource]!, source: quota.source,
          figures: tracked ? figures : .init(), members: tracked ? members : [])
      }
      violations += rejections(by: quota, members: members, figures: figures, mode: mode)
    }
    return BudgetReport(
      chart: chart, environment: environment, mode: mode, namespaces: namespaces, totals: totals,
      limits: uses,
      violations: violations, items: all, uncountedHooks: countHooks ? [] : all.filter(\.isHook))
  }

  /// The workloads with the largest `figure`, largest first.
  func top(_ figure: String, in items: [BudgetItem], mode: BudgetMode) -> [BudgetReport.Contributor] {
    let ranked = items.compactMap { item -> (BudgetItem, Quantity)? in
      guard let amount = item.figures(mode)[figure], amount.sign > 0 else { return nil }
      return (item, amount)
    }.sorted { a, b in
      let c = Quantity.compare(a.1, b.1)
      return c != 0 ? c > 0 : a.0.object < b.0.object
    }
    return ranked.prefix(topCount).map {
      BudgetReport.Contributor(kind: $0.0.object.kind, name: $0.0.object.name, amount: $0.1)
    }
  }

  /// Quota admission's rule: when a quota tracks cpu or memory requests or limits, every
  /// container of every pod it counts must state them (`must specify limits.cpu for: app`).
  func rejections(by quota: Quota, members: [BudgetItem], figures: BudgetReport.Figures, mode: BudgetMode)
    -> [BudgetReport.Violation]
  {
    let validated: [(String, String, Bool)] = [
      ("cpu", "cpu", false), ("requests.cpu", "cpu", false), ("limits.cpu", "cpu", true),
      ("memory", "memory", false), ("requests.memory", "memory", false), ("limits.memory", "memory", true),
    ]
    var result: [BudgetReport.Violation] = []
    for (quotaName, resource, isLimit) in validated where quota.hard[quotaName] != nil {
      var faulty: [BudgetReport.Contributor] = []
      var messages: [String] = []
      for item in members where item.pod != nil {
        let missing = item.containers.filter { (isLimit ? $0.limits : $0.requests)[resource] == nil }.map(
          \.name)
        guard !missing.isEmpty else { continue }
        let figure = BudgetLimits.figureName(quotaName)
        faulty.append(
          BudgetReport.Contributor(
            kind: item.object.kind, name: item.object.name, amount: item.figures(mode)[figure] ?? .zero))
        messages.append(
          "\(item.object.kind)/\(item.object.name): must specify \(quotaName) for: \(missing.joined(separator: ","))"
        )
      }
      guard !faulty.isEmpty else { continue }
      let figure = BudgetLimits.figureName(quotaName)
      result.append(
        BudgetReport.Violation(
          resource: quotaName, namespace: quota.object.namespace,
          used: figures.figures(mode)[figure] ?? .zero,
          limit: quota.hard[quotaName]!, source: quota.source, top: faulty,
          rejection: "failed quota: \(quota.object.name): " + messages.joined(separator: "; ")))
    }
    return result
  }
}
