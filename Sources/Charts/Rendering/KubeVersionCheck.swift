/// The chart's `kubeVersion` constraint against the target Kubernetes version.
enum KubeVersionCheck {
  static func check(_ chart: Chart, against kube: KubeVersion) throws {
    let constraint = chart.metadata.kubeVersion
    guard !constraint.isEmpty else { return }
    if !DependencyProcessing.isCompatible(constraint: constraint, version: kube.normalizedVersion) {
      throw RenderError(
        "chart requires kubeVersion: \(constraint) which is incompatible with Kubernetes \(kube.normalizedVersion)",
        isRenderStage: true)
    }
  }
}
