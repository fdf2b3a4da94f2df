import GoLib
import Values

/// Helm's dependency processing (`ProcessDependencies`): subcharts matched to their
/// Chart.yaml entries (version constraint, alias), disabled by `condition` and `tags`,
/// removed when disabled, then `import-values` merged from children into parents.
public enum DependencyProcessing {
  /// The processed chart (disabled subcharts removed, aliases applied, imported values
  /// merged) and the warnings Helm logs (non-bool conditions and the like).
  public static func process(_ chart: Chart, userValues: GoMap) throws -> (chart: Chart, warnings: [String]) {
    var warnings: [String] = []
    let enabled = try processEnabled(chart, values: userValues, path: "", warnings: &warnings)
    let imported = try processImportValues(enabled, warnings: &warnings)
    return (imported, warnings)
  }

  /// Helm's `IsCompatibleRange`: whether `version` satisfies the `constraint`.
  public static func isCompatible(constraint: String, version: String) -> Bool {
    guard let v = try? SemverVersion.parse(version), let c = try? SemverConstraints.parse(constraint) else {
      return false
    }
    return c.check(v)
  }

  private static func processEnabled(_ chart: Chart, values: GoMap, path: String, warnings: inout [String])
    throws -> Chart
  {
    let requirements = chart.metadata.dependencies.compactMap { $0 }
    if chart.metadata.dependencies.isEmpty { return chart }
    var kept: [Chart] = []
    // Subcharts no entry claims (same name and a satisfied version) are kept as they are.
    for existing in chart.dependencies {
      let claimed = requirements.contains {
        $0.name == existing.name && isCompatible(constraint: $0.version, version: existing.metadata.version)
      }
      if !claimed { kept.append(existing) }
    }
    var entries = chart.metadata.dependencies
    for (index, entry) in entries.enumerated() {
      guard var entry else { continue }
      if let match = chart.dependencies.first(where: {
        $0.name == entry.name && isCompatible(constraint: entry.version, version: $0.metadata.version)
      }) {
        if entry.alias.isEmpty {
          kept.append(match)
        } else {
          var metadata = match.metadata
          metadata.name = entry.alias
          kept.append(match.with(metadata: metadata))
        }
      }
      if !entry.alias.isEmpty { entry.name = entry.alias }
      entry.enabled = true
      entries[index] = entry
    }
    var metadata = chart.metadata
    metadata.dependencies = entries
    let claimed = chart.with(metadata: metadata, dependencies: kept)

    let coalesced = try ValueCoalescing.coalesce(chart: claimed.coalescingTree(), userValues: values).values
    applyTags(&metadata.dependencies, values: coalesced, warnings: &warnings)
    applyConditions(&metadata.dependencies, values: coalesced, path: path, warnings: &warnings)

    let disabled = Set(metadata.dependencies.compactMap { $0 }.filter { !$0.enabled }.map(\.name))
    metadata.dependencies = metadata.dependencies.filter { entry in
      guard let entry else { return true }
      return !disabled.contains(entry.name)
    }
    let enabledCharts = claimed.with(metadata: metadata).dependencies.filter { !disabled.contains($0.name) }
    var processed: [Chart] = []
    for child in enabledCharts {
      processed.append(
        try processEnabled(child, values: coalesced, path: path + child.name + ".", warnings: &warnings))
    }
    return chart.with(metadata: metadata, dependencies: processed)
  }

  private static func applyTags(_ entries: inout [ChartDependency?], values: GoMap, warnings: inout [String])
  {
    guard case .map(let tags)? = values["tags"] else { return }
    for i in entries.indices {
      guard var entry = entries[i] else { continue }
      var hasTrue = false
      var hasFalse = false
      for tag in entry.tags {
        guard let value = tags[tag] else { continue }
        if case .bool(let b) = value {
          if b { hasTrue = true } else { hasFalse = true }
        } else {
          warnings.append("returned non-bool value tag=\(tag) chart=\(entry.name)")
        }
      }
      if !hasTrue && hasFalse {
        entry.enabled = false
      } else {
        entry.enabled = true
      }
      entries[i] = entry
    }
  }

  private static func applyConditions(
    _ entries: inout [ChartDependency?], values: GoMap, path: String, warnings: inout [String]
  ) {
    for i in entries.indices {
      guard var entry = entries[i] else { continue }
      for condition in GoSpace.trim(entry.condition).split(
        separator: ",", omittingEmptySubsequences: false)
      where !condition.isEmpty {
        guard let value = pathValue(values, path + String(condition)) else { continue }
        if case .bool(let b) = value {
          entry.enabled = b
          break
        }
        warnings.append("returned non-bool value path=\(condition) chart=\(entry.name)")
      }
      entries[i] = entry
    }
  }

  /// Helm's `Values.PathValue`: the value at a dotted path whose last element is a key of
  /// a table; nil when absent.
  static func pathValue(_ values: GoMap, _ path: String) -> Value? {
    let parts = path.split(separator: Character("."), omittingEmptySubsequences: false).map(String.init)
    guard let last = parts.last, !parts.isEmpty else { return nil }
    var table = values
    for part in parts.dropLast() {
      guard case .map(let next)? = table[part] else { return nil }
      table = next
    }
    return table[last]
  }

  /// Helm's `Values.Table`: the map at a dotted path.
  static func table(_ values: GoMap, _ path: String) -> GoMap? {
    var table = values
    for part in path.split(separator: ".", omittingEmptySubsequences: false) {
      guard case .map(let next)? = table[String(part)] else { return nil }
      table = next
    }
    return table
  }

  private static func processImportValues(_ original: Chart, warnings: inout [String]) throws -> Chart {
    var children: [Chart] = []
    for child in original.dependencies {
      children.append(try processImportValues(child, warnings: &warnings))
    }
    let chart = original.with(dependencies: children)
    var metadata = chart.metadata
    let entries = metadata.dependencies
    if entries.isEmpty { return chart }
    let merged = try ValueCoalescing.mergeKeepingNulls(chart: chart.coalescingTree(), userValues: GoMap())
      .values
    let imported = GoMap()
    for (index, entry) in entries.enumerated() {
      guard var entry else { continue }
      var rewritten: [Value] = []
      for item in entry.importValues {
        switch item {
        case .map(let spec):
          let child = GoFormatter.formatV(spec["child"] ?? .null)
          let parent = GoFormatter.formatV(spec["parent"] ?? .null)
          rewritten.append(.map(["child": .string(child), "parent": .string(parent)]))
          guard let table = table(merged, entry.name + "." + child) else {
            warnings.append("ImportValues missing table from chart \(entry.name)")
            continue
          }
          ValueCoalescing.mergeTables(imported, nested(path: parent, table.deepCopy()))
        case .string(let name):
          let child = "exports." + name
          rewritten.append(.map(["child": .string(child), "parent": .string(".")]))
          guard let table = table(merged, entry.name + "." + child) else {
            warnings.append("ImportValues missing table")
            continue
          }
          ValueCoalescing.mergeTables(imported, table.deepCopy())
        default:
          continue
        }
      }
      entry.importValues = rewritten
      metadata.dependencies[index] = entry
    }
    let result = merged.deepCopy()
    ValueCoalescing.mergeTables(result, imported)
    return chart.with(metadata: metadata, values: result)
  }

  /// `pathToMap`: `a.b` and a table become `{a: {b: table}}`; `.` is the table itself.
  private static func nested(path: String, _ table: GoMap) -> GoMap {
    if path == "." { return table }
    var current = table
    for part in path.split(separator: Character("."), omittingEmptySubsequences: false).reversed() {
      current = GoMap([String(part): .map(current)])
    }
    return current
  }
}
