import Checking
import Values

/// Pairs the objects of one chart and environment across the two sides: same key (an
/// apiVersion change is a migration), then same kind, namespace and name in another group
/// (a migration too), then renames by similarity; what is left was added or removed.
struct ResourceMatcher {
  let similarity: Double

  func changes(chart: String, environment: String, old: [DiffDocument], new: [DiffDocument])
    -> [ResourceChange]
  {
    let oldByKey = keyed(old)
    let newByKey = keyed(new)
    var changes: [(ResourceKey, ResourceChange)] = []
    func change(_ kind: ChangeKind, _ a: DiffDocument?, _ b: DiffDocument?, fields: [FieldChange] = [])
      -> ResourceChange
    {
      ResourceChange(
        chart: chart, environment: environment, kind: kind, old: a, new: b, fields: fields)
    }

    var removed: [ResourceKey] = []
    for (key, a) in oldByKey {
      guard let b = newByKey[key] else {
        removed.append(key)
        continue
      }
      if a.reference.apiVersion != b.reference.apiVersion {
        changes.append(
          (key, change(.migrated, a, b, fields: FieldDiffer.changes(old: a.value, new: b.value))))
      } else if !ValueEquality.equal(a.value, b.value) {
        changes.append((key, change(.changed, a, b, fields: FieldDiffer.changes(old: a.value, new: b.value))))
      }
    }
    var added = newByKey.keys.filter { oldByKey[$0] == nil }.sorted()
    removed.sort()

    // Same kind, namespace and name in another API group (extensions → networking.k8s.io).
    var takenAdded = Set<ResourceKey>()
    var takenRemoved = Set<ResourceKey>()
    for r in removed {
      if let a = added.first(where: {
        !takenAdded.contains($0) && $0.kind == r.kind && $0.namespace == r.namespace && $0.name == r.name
          && $0.occurrence == r.occurrence
      }) {
        takenAdded.insert(a)
        takenRemoved.insert(r)
        let x = oldByKey[r]!
        let y = newByKey[a]!
        changes.append((a, change(.migrated, x, y, fields: FieldDiffer.changes(old: x.value, new: y.value))))
      }
    }
    added.removeAll(where: takenAdded.contains)
    removed.removeAll(where: takenRemoved.contains)

    // Renames: greedy by similarity within each group and kind.
    var candidates: [(score: Double, removed: ResourceKey, added: ResourceKey)] = []
    let addedByKind = Dictionary(grouping: added) { $0.group + "/" + $0.kind }
    var newLeaves: [ResourceKey: RenameSimilarity.Leaves] = [:]
    for r in removed {
      guard let options = addedByKind[r.group + "/" + r.kind] else { continue }
      let oldLeaves = RenameSimilarity.leaves(of: oldByKey[r]!.value)
      for a in options {
        if newLeaves[a] == nil { newLeaves[a] = RenameSimilarity.leaves(of: newByKey[a]!.value) }
        let leaves = newLeaves[a]!
        let smaller = Double(min(oldLeaves.count, leaves.count))
        let larger = Double(max(oldLeaves.count, leaves.count))
        if larger > 0 && smaller / larger < similarity { continue }
        let score = RenameSimilarity.score(old: oldLeaves, oldName: r.name, new: leaves, newName: a.name)
        if score >= similarity { candidates.append((score, r, a)) }
      }
    }
    candidates.sort { ($0.score, $1.removed, $1.added) > ($1.score, $0.removed, $0.added) }
    for candidate in candidates
    where !takenAdded.contains(candidate.added) && !takenRemoved.contains(candidate.removed) {
      takenAdded.insert(candidate.added)
      takenRemoved.insert(candidate.removed)
      let x = oldByKey[candidate.removed]!
      let y = newByKey[candidate.added]!
      changes.append(
        (candidate.added, change(.renamed, x, y, fields: FieldDiffer.changes(old: x.value, new: y.value))))
    }
    for key in added where !takenAdded.contains(key) {
      changes.append((key, change(.added, nil, newByKey[key]!)))
    }
    for key in removed where !takenRemoved.contains(key) {
      changes.append((key, change(.removed, oldByKey[key]!, nil)))
    }
    return changes.sorted { $0.0 < $1.0 }.map(\.1)
  }

  private func keyed(_ documents: [DiffDocument]) -> [ResourceKey: DiffDocument] {
    var out: [ResourceKey: DiffDocument] = [:]
    var seen: [ResourceKey: Int] = [:]
    for document in documents {
      let base = ResourceKey(document.reference)
      let occurrence = seen[base, default: 0]
      seen[base] = occurrence + 1
      out[ResourceKey(document.reference, occurrence: occurrence)] = document
    }
    return out
  }
}
