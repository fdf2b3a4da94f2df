import Values

/// A loaded chart: its metadata, templates, files, default values and subcharts, as Helm's
/// loader builds `chart.Chart`. An immutable value: dependency processing returns a new
/// chart instead of changing this one, so a loaded chart can be shared and rendered again.
public struct Chart: Sendable {
  public let metadata: ChartMetadata
  /// `templates/**`, names relative to the chart root.
  public let templates: [ChartFile]
  /// Every other file: what `.Files` exposes (`crds/` included).
  public let files: [ChartFile]
  /// The parsed `values.yaml` (an empty map when absent).
  public let values: GoMap
  /// The raw `values.schema.json`, when present.
  public let schema: [UInt8]?
  /// Subcharts loaded from `charts/`.
  public let dependencies: [Chart]
  /// Helm's chart path of the parent chart; nil for the root.
  private let parentPath: String?

  /// A root chart (its subcharts placed below it).
  public init(
    metadata: ChartMetadata, templates: [ChartFile], files: [ChartFile], values: GoMap, schema: [UInt8]?,
    dependencies: [Chart]
  ) {
    self.init(
      metadata: metadata, templates: templates, files: files, values: values, schema: schema,
      dependencies: dependencies, parentPath: nil)
  }

  private init(
    metadata: ChartMetadata, templates: [ChartFile], files: [ChartFile], values: GoMap, schema: [UInt8]?,
    dependencies: [Chart], parentPath: String?
  ) {
    self.metadata = metadata
    self.templates = templates
    self.files = files
    self.values = values
    self.schema = schema
    self.parentPath = parentPath
    let path = parentPath.map { $0 + "/charts/" + metadata.name } ?? metadata.name
    self.dependencies = dependencies.map { $0.placed(under: path) }
  }

  public var name: String { metadata.name }

  /// Whether this is the chart being rendered (not a subchart).
  public var isRoot: Bool { parentPath == nil }

  /// Helm's chart path: `parent/charts/name` for subcharts, `name` for the root.
  public var fullPath: String {
    guard let parentPath else { return name }
    return parentPath + "/charts/" + name
  }

  /// The same chart with some parts replaced (subcharts placed below it again).
  public func with(metadata: ChartMetadata? = nil, values: GoMap? = nil, dependencies: [Chart]? = nil)
    -> Chart
  {
    Chart(
      metadata: metadata ?? self.metadata, templates: templates, files: files, values: values ?? self.values,
      schema: schema, dependencies: dependencies ?? self.dependencies, parentPath: parentPath)
  }

  /// This chart as a subchart of the chart at `path`.
  private func placed(under path: String) -> Chart {
    Chart(
      metadata: metadata, templates: templates, files: files, values: values, schema: schema,
      dependencies: dependencies, parentPath: path)
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
