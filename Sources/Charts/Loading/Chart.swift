import Values

/// A loaded chart: its metadata, templates, files, default values and subcharts, as Helm's
/// loader builds `chart.Chart`. A class because subcharts know their parent (for paths).
public final class Chart: @unchecked Sendable {
  public var metadata: ChartMetadata
  /// `templates/**`, names relative to the chart root.
  public var templates: [ChartFile]
  /// Every other file: what `.Files` exposes (`crds/` included).
  public var files: [ChartFile]
  /// The parsed `values.yaml` (an empty map when absent).
  public var values: GoMap
  /// The raw `values.schema.json`, when present.
  public var schema: [UInt8]?
  /// Subcharts loaded from `charts/`.
  public var dependencies: [Chart]
  public private(set) weak var parent: Chart?

  public init(
    metadata: ChartMetadata, templates: [ChartFile], files: [ChartFile], values: GoMap, schema: [UInt8]?,
    dependencies: [Chart]
  ) {
    self.metadata = metadata
    self.templates = templates
    self.files = files
    self.values = values
    self.schema = schema
    self.dependencies = dependencies
    for dependency in dependencies { dependency.parent = self }
  }

  public var name: String { metadata.name }

  /// Replaces the subcharts, re-parenting them.
  public func setDependencies(_ charts: [Chart]) {
    dependencies = charts
    for chart in charts { chart.parent = self }
  }

  /// Helm's chart path: `parent/charts/name` for subcharts, `name` for the root.
  public var fullPath: String {
    guard let parent else { return name }
    return parent.fullPath + "/charts/" + name
  }

  /// A copy for an aliased dependency: the whole subtree is copied, so that renaming it
  /// leaves the original (and other aliases of it) untouched.
  public func copy() -> Chart {
    Chart(
      metadata: metadata, templates: templates, files: files, values: values, schema: schema,
      dependencies: dependencies.map { $0.copy() })
  }

  /// The chart tree as value coalescing sees it: names, defaults, enabled subcharts.
  public func coalescingTree() -> CoalescingChart {
    CoalescingChart(name: name, values: values, dependencies: dependencies.map { $0.coalescingTree() })
  }

  /// `.Files`: path → contents of every non-template file.
  public var exposedFiles: [String: [UInt8]] {
    var out: [String: [UInt8]] = [:]
    for file in files { out[file.name] = file.data }
    return out
  }

  /// The `crds/*.{yaml,yml,json}` files of this chart (extension case-insensitive).
  public var crdFiles: [ChartFile] {
    files.filter { file in
      guard file.name.hasPrefix("crds/") else { return false }
      let lower = file.name.lowercased()
      return lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") || lower.hasSuffix(".json")
    }
  }
}
