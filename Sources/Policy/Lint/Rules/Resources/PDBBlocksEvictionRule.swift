import Checking

extension LintRules {
  /// `pdb-blocks-eviction`: a PodDisruptionBudget that allows no voluntary disruption:
  /// `maxUnavailable: 0` (or `0%`), or `minAvailable` at least the replicas it selects (or
  /// `100%`). Node drains then hang.
  static let pdbBlocksEviction = ObjectCheck(
    about: .pdbBlocksEviction,
    kinds: ["PodDisruptionBudget"], scope: .release
  ) { pdb, index in
    let spec = pdb.value.field("spec")
    if let maxUnavailable = spec?.field("maxUnavailable"),
      maxUnavailable.integer == 0 || maxUnavailable.text == "0%" || maxUnavailable.text == "0"
    {
      return [
        Problem(
          "maxUnavailable \(maxUnavailable.text ?? "0") allows no pod to be evicted",
          at: "/spec/maxUnavailable")
      ]
    }
    guard let minAvailable = spec?.field("minAvailable") else { return [] }
    if minAvailable.text == "100%" {
      return [Problem("minAvailable 100% allows no pod to be evicted", at: "/spec/minAvailable")]
    }
    guard let min = minAvailable.integer, let selector = ReleaseIndex.pdbSelector(pdb), !selector.isEmpty
    else { return [] }
    let pods = index.pods(in: pdb.namespace, matching: selector)
    let counts = pods.map { index.effectiveReplicas($0) }
    guard !pods.isEmpty, !counts.contains(where: { $0 == nil }) else { return [] }
    let replicas = counts.compactMap { $0 }.reduce(0, +)
    guard min > 0, replicas > 0, min >= replicas else { return [] }
    return [
      Problem(
        "minAvailable \(min) with \(replicas) selected replica\(replicas == 1 ? "" : "s") (\(pods.map(\.workloadName).joined(separator: ", "))) allows no pod to be evicted",
        at: "/spec/minAvailable")
    ]
  }
}
