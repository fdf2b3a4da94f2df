import Charts

/// Helm's `rules.Dependencies`: `Chart.yaml`'s dependencies against the charts in `charts/`.
/// Messages name the chart's absolute directory, as Helm's do.
enum HelmDependencyRules {
  static func run(chartDir: String, chart: Result<Chart, any Error>, into messages: inout [HelmLintMessage]) {
    let c: Chart
    switch chart {
    case .success(let loaded): c = loaded
    case .failure(let error):
      messages.append(HelmLintMessage(.error, "", "unable to load chart\n\t\(error)"))
      return
    }
    let declared = c.metadata.dependencies.compactMap { $0 }
    let loaded = c.dependencies.map(\.name)
    let declaredNames = Set(declared.map(\.name))
    let notDeclared = loaded.filter { !declaredNames.contains($0) }
    if !notDeclared.isEmpty {
      messages.append(
        HelmLintMessage(
          .error, chartDir,
          "chart metadata is missing these dependencies: " + notDeclared.joined(separator: ",")))
    }
    var seen: Set<String> = []
    var shadowing: [String] = []
    for dependency in declared {
      let key = dependency.alias.isEmpty ? dependency.name : dependency.alias
      if seen.contains(key) { shadowing.append(key) }
      seen.insert(key)
    }
    if !shadowing.isEmpty {
      messages.append(
        HelmLintMessage(
          .error, chartDir, "multiple dependencies with name or alias: " + shadowing.joined(separator: ",")))
    }
    let loadedNames = Set(loaded)
    let missing = declared.map(\.name).filter { !loadedNames.contains($0) }
    if !missing.isEmpty {
      messages.append(
        HelmLintMessage(
          .warning, chartDir,
          "chart directory is missing these dependencies: " + missing.joined(separator: ",")))
    }
  }
}
