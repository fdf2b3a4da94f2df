import Charts
import Foundation

/// Helm's `rules.Crds`: every document of the chart's `crds/` files (subcharts included)
/// is plain YAML of kind `CustomResourceDefinition` in `apiextensions.k8s.io`.
enum HelmCRDRules {
  static func run(chartDir: String, chart: Result<Chart, any Error>, into messages: inout [HelmLintMessage]) {
    guard
      let c = HelmLintFiles.chart(reading: "crds", of: chartDir, chart, ifMissing: nil, into: &messages)
    else { return }
    for file in crdObjects(of: c) {
      for document in KubernetesYAMLDecoder.documents(file.text) {
        switch KubernetesYAMLDecoder.decodeHead(document) {
        case .failure(let message):
          messages.append(HelmLintMessage(.error, file.name, "unable to parse YAML: " + message))
          return
        case .empty:
          continue
        case .head(let head):
          if !head.apiVersion.hasPrefix("apiextensions.k8s.io") {
            messages.append(HelmLintMessage(.error, file.name, "apiVersion is not in 'apiextensions.k8s.io'"))
          }
          if head.kind != "CustomResourceDefinition" {
            messages.append(
              HelmLintMessage(.error, file.name, "object kind is not 'CustomResourceDefinition'"))
          }
        }
      }
    }
  }

  /// Helm's `CRDObjects`: the chart's `crds/` files, then its subcharts' (each named
  /// by its path below its own chart).
  static func crdObjects(of chart: Chart) -> [ChartFile] {
    chart.crdFiles + chart.dependencies.flatMap { crdObjects(of: $0) }
  }
}
