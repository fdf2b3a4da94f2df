import Values

/// The labels a workload controller adds to the pods it creates, which the rendered pod
/// template does not show: a StatefulSet's `statefulset.kubernetes.io/pod-name`
/// (`<name>-<ordinal>`), `apps.kubernetes.io/pod-index` and `controller-revision-hash`, a
/// Deployment's `pod-template-hash`, a DaemonSet's `controller-revision-hash`, a Job's
/// `job-name` and `controller-uid`... One value per pod the workload runs; a key whose value
/// is a hash or uid known only at runtime is in `anyValue`.
struct ControllerPodLabels: Sendable {
  /// Labels with the value the controller gives them on this pod.
  let labels: [String: String]
  /// Labels the controller sets to a value the render cannot know.
  let anyValue: Set<String>

  /// The added labels of each pod `pod` runs; one empty entry when its controller adds none.
  static func pods(of pod: PodTemplate) -> [ControllerPodLabels] {
    let object = pod.object
    let spec = object.value.field("spec")
    switch object.kind {
    case "StatefulSet":
      // ordinals start at spec.ordinals.start (0 by default), one per replica; scaled to
      // zero, the pods it would run are judged as for any other workload: by the template
      let start = spec?.field("ordinals", "start")?.integer ?? 0
      let replicas = pod.replicas ?? 1
      let identity = ["statefulset.kubernetes.io/pod-name", "apps.kubernetes.io/pod-index"]
      guard replicas > 0 else {
        return [ControllerPodLabels(labels: [:], anyValue: Set(identity + ["controller-revision-hash"]))]
      }
      return (start..<start + replicas).map { ordinal in
        ControllerPodLabels(
          labels: [
            identity[0]: "\(object.name)-\(ordinal)",
            identity[1]: "\(ordinal)",
          ],
          anyValue: ["controller-revision-hash"])
      }
    case "Deployment":
      return [ControllerPodLabels(labels: [:], anyValue: ["pod-template-hash"])]
    case "Rollout":
      return [ControllerPodLabels(labels: [:], anyValue: ["rollouts-pod-template-hash"])]
    case "DaemonSet":
      return [
        ControllerPodLabels(labels: [:], anyValue: ["controller-revision-hash", "pod-template-generation"])
      ]
    case "Job":
      let uid: Set<String> = ["controller-uid", "batch.kubernetes.io/controller-uid"]
      let names = ["job-name": object.name, "batch.kubernetes.io/job-name": object.name]
      guard spec?.field("completionMode")?.text == "Indexed" else {
        return [ControllerPodLabels(labels: names, anyValue: uid)]
      }
      return (0..<max(spec?.field("completions")?.integer ?? 1, 1)).map { index in
        ControllerPodLabels(
          labels: names.merging(["batch.kubernetes.io/job-completion-index": "\(index)"]) { $1 },
          anyValue: uid)
      }
    case "CronJob":
      // each Job gets a generated name
      return [
        ControllerPodLabels(
          labels: [:],
          anyValue: [
            "job-name", "batch.kubernetes.io/job-name", "controller-uid",
            "batch.kubernetes.io/controller-uid",
          ])
      ]
    default:
      return [ControllerPodLabels(labels: [:], anyValue: [])]
    }
  }
}

extension PodTemplate {
  /// Whether `selector` selects at least one pod the workload runs, with the labels its
  /// controller adds (which override the template's own).
  func isSelected(by selector: LabelSelector) -> Bool {
    ControllerPodLabels.pods(of: self).contains { added in
      let labels = self.labels.merging(added.labels) { $1 }
      return selector.matches(labels, anyValueFor: added.anyValue)
    }
  }
}
