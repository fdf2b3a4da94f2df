import Checking

/// `rwo-shared`: a ReadWriteOnce (or ReadWriteOncePod) claim mounted by a workload with
/// more than one replica, or by two workloads: pods on other nodes cannot attach it.
public struct RWOSharedRule: CataloguedRule {
  public init() {}
  public let about = LintRuleDescription.rwoShared

  public func check(_ release: RenderedRelease) -> [Finding] {
    let index = ReleaseIndex.of(release)
    var out: [Finding] = []
    let claims = release.releaseObjects.filter { $0.kind == "PersistentVolumeClaim" && $0.readError == nil }
    for claim in claims {
      let modes = claim.value.field("spec", "accessModes")?.items.compactMap(\.text) ?? []
      guard modes.contains("ReadWriteOnce") || modes.contains("ReadWriteOncePod"),
        !modes.contains("ReadWriteMany")
      else { continue }
      var users: [(PodTemplate, String)] = []
      for pod in index.pods where pod.namespace == claim.namespace {
        for (i, volume) in (pod.spec.field("volumes")?.items ?? []).enumerated()
        where volume.field("persistentVolumeClaim", "claimName")?.text == claim.name {
          users.append((pod, pod.pointer("volumes", String(i), "persistentVolumeClaim", "claimName")))
        }
      }
      let mode = modes.contains("ReadWriteOncePod") ? "ReadWriteOncePod" : "ReadWriteOnce"
      for (pod, pointer) in users {
        let replicas = index.effectiveReplicas(pod)
        if replicas.map({ $0 > 1 }) ?? true {
          out.append(
            finding(
              "\(mode) claim \"\(claim.name)\" is mounted by \(pod.workloadName) with \(replicas.map { "\($0) replicas" } ?? "a pod per node")",
              on: pod.object, at: pointer))
        }
        let others = users.map(\.0.workloadName).filter { $0 != pod.workloadName }
        if !others.isEmpty {
          out.append(
            finding(
              "\(mode) claim \"\(claim.name)\" is mounted by \(pod.workloadName) and also by \(Array(Set(others)).sorted().joined(separator: ", "))",
              on: pod.object, at: pointer))
        }
      }
    }
    return out
  }
}
