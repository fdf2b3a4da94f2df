import Checking
import Values

/// The resource-aware diff: matches the objects of two sides by group, kind, namespace and
/// name per chart and environment, and reports each that was added, removed, changed,
/// renamed (same kind, near-identical content, new name) or migrated (new apiVersion),
/// with field-level changes. Secret values are masked unless `showSecrets`.
public struct ManifestDiff: Sendable {
  public var options: DiffOptions

  public init(options: DiffOptions = DiffOptions()) { self.options = options }

  /// Compares the old and the new renders; sets are paired by chart and environment, a set
  /// on one side only is all added or all removed.
  public func compare(
    old: [ManifestSet], new: [ManifestSet], oldLabel: String = "old", newLabel: String = "new"
  )
    -> DiffReport
  {
    let masking =
      options.showSecrets
      ? nil : SecretMasking(documents: (old + new).flatMap(\.documents))
    let prepare = { (set: ManifestSet) -> ManifestSet in
      let generated = options.generated.filter { $0.chart == set.chart && $0.environment == set.environment }
        .flatMap(\.fields)
      let ignored = IgnoredFields(patterns: options.ignorePaths)
      var copy = set
      copy.documents = set.documents.compactMap { document in
        if options.suppresses(kind: document.reference.kind) { return nil }
        var document = generated.isEmpty ? document : GeneratedPlaceholders.apply(generated, to: document)
        if let masking { document = masking.masked(document, placeholders: [GeneratedField.placeholder]) }
        document.value = ignored.pruned(document.value)
        return document
      }
      return copy
    }
    let oldSets = old.map(prepare)
    let newSets = new.map(prepare)
    struct Pair {
      var chart: String
      var environment: String
      var old: ManifestSet?
      var new: ManifestSet?
    }
    var pairs: [Pair] = []
    var index: [String: Int] = [:]
    for set in newSets + oldSets {
      let key = set.chart + "\u{0}" + set.environment
      if index[key] == nil {
        index[key] = pairs.count
        pairs.append(Pair(chart: set.chart, environment: set.environment))
      }
    }
    for set in oldSets { pairs[index[set.chart + "\u{0}" + set.environment]!].old = set }
    for set in newSets { pairs[index[set.chart + "\u{0}" + set.environment]!].new = set }

    var sections: [DiffReport.Section] = []
    var changes: [ResourceChange] = []
    for pair in pairs {
      let found = ResourceMatcher(similarity: options.renameSimilarity).changes(
        chart: pair.chart, environment: pair.environment, old: pair.old?.documents ?? [],
        new: pair.new?.documents ?? [])
      var counts: [ChangeKind: Int] = [:]
      for change in found { counts[change.kind, default: 0] += 1 }
      sections.append(
        DiffReport.Section(
          chart: pair.chart, environment: pair.environment, oldCount: pair.old?.documents.count ?? 0,
          newCount: pair.new?.documents.count ?? 0, counts: counts))
      changes += found
    }
    return DiffReport(
      oldLabel: masking?.scrubbed(oldLabel) ?? oldLabel, newLabel: masking?.scrubbed(newLabel) ?? newLabel,
      sections: sections, changes: changes, context: options.context,
      secretsMasked: !options.showSecrets)
  }
}
