/// Helm's pre-render check that every Chart.yaml dependency was loaded from `charts/`.
enum DependencyCheck {
  static func requireLoaded(_ chart: Chart) throws {
    let loaded = Set(chart.dependencies.map(\.name))
    let missing = chart.metadata.dependencies.compactMap { $0 }.map(\.name).filter { !loaded.contains($0) }
    guard missing.isEmpty else {
      throw RenderError(
        "an error occurred while checking for chart dependencies. You may need to run 'helm dependency build' to fetch missing dependencies: found in Chart.yaml, but missing in charts/ directory: "
          + missing.joined(separator: ", "))
    }
  }
}
