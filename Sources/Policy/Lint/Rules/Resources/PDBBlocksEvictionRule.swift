import Checking

/// `pdb-blocks-eviction`: a PodDisruptionBudget that allows no voluntary disruption:
/// `maxUnavailable: 0` (or `0%`), or `minAvailable` at least the replicas it selects (or
/// `100%`). Node drains then hang.
public struct PDBBlocksEvictionRule: LintRule {
  public init() {}
  public let id = "pdb-blocks-eviction"
  public let severity = Severity.error
  public let rationale =
    "A budget that allows no disruption blocks every node drain and cluster upgrade until someone deletes it."
  public let fix = "Set minAvailable below the replica count (or maxUnavailable to 1 or more)."

  public func check(_ release: RenderedRelease) -> [Finding] {
    let index = ReleaseIndex.of(release)
    var out: [Finding] = []
    for pdb in release.releaseObjects where pdb.kind == "PodDisruptionBudget" && pdb.readError == nil {
      let spec = pdb.value.field("spec")
      if let maxUnavailable = spec?.field("maxUnavailable"),
        maxUnavailable.integer == 0 || maxUnavailable.text == "0%" || maxUnavailable.text == "0"
      {
        out.append(
          finding(
            "maxUnavailable \(maxUnavailable.text ?? "0") allows no pod to be evicted", on: pdb,
            at: "/spec/maxUnavailable"))
        continue
      }
      guard let minAvailable = spec?.field("minAvailable") else { continue }
      if minAvailable.text == "100%" {
        out.append(
          finding("minAvailable 100% allows no pod to be evicted", on: pdb, at: "/spec/minAvailable"))
        continue
      }
      guard let min = minAvailable.integer, let selector = ReleaseIndex.pdbSelector(pdb), !selector.isEmpty
      else { continue }
      let pods = index.pods(in: pdb.namespace, matching: selector)
      guard !pods.isEmpty else { continue }
      let counts = pods.map { index.effectiveReplicas($0) }
      guard !counts.contains(where: { $0 == nil }) else { continue }
      let replicas = counts.compactMap { $0 }.reduce(0, +)
      if min > 0, replicas > 0, min >= replicas {
        out.append(
          finding(
            "minAvailable \(min) with \(replicas) selected replica\(replicas == 1 ? "" : "s") (\(pods.map(\.workloadName).joined(separator: ", "))) allows no pod to be evicted",
            on: pdb, at: "/spec/minAvailable"))
      }
    }
    return out
  }
}
