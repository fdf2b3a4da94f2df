import Values

/// How many pods a workload runs in the steady state and at the peak: replicas (default 1),
/// an HPA's or KEDA ScaledObject's min and max, the rolling-update surge on top of the peak
/// (`maxSurge`, default 25% rounded up; none for StatefulSets), DaemonSets × nodes, Jobs ×
/// parallelism, CronJobs by concurrency policy (`Allow` lets two runs overlap).
struct WorkloadScaling {
  struct Scaler {
    var kind: String
    var name: String
    var minimum: Int
    var maximum: Int
  }

  struct Pods {
    var steady: Int
    var peak: Int
    var note: String
  }

  static let podKinds: Set<String> = [
    "Deployment", "ReplicaSet", "StatefulSet", "ReplicationController", "DaemonSet", "Job", "CronJob", "Pod",
  ]

  /// Scalers by namespace, target kind and name.
  var scalers: [String: Scaler] = [:]
  var nodes: Int

  static func key(_ namespace: String, _ kind: String, _ name: String) -> String {
    "\(namespace)/\(kind)/\(name)"
  }

  mutating func addScaler(_ object: Value, kind: String, namespace: String, name: String) {
    guard let spec = object.field("spec"), let target = spec.field("scaleTargetRef") else { return }
    let targetName = target.field("name")?.text ?? ""
    if kind == "HorizontalPodAutoscaler" {
      let targetKind = target.field("kind")?.text ?? ""
      let minimum = spec.field("minReplicas")?.integer ?? 1
      let maximum = spec.field("maxReplicas")?.integer ?? minimum
      scalers[Self.key(namespace, targetKind, targetName)] = Scaler(
        kind: "HPA \(name)", name: name, minimum: minimum, maximum: maximum)
    } else if kind == "ScaledObject" {
      let targetKind = target.field("kind")?.text ?? "Deployment"
      let minimum = spec.field("minReplicaCount")?.integer ?? 0
      let maximum = spec.field("maxReplicaCount")?.integer ?? 100
      scalers[Self.key(namespace, targetKind, targetName)] = Scaler(
        kind: "ScaledObject \(name)", name: name, minimum: minimum, maximum: maximum)
    }
  }

  /// `maxSurge`/`maxUnavailable`-style value: an integer, or a percentage of `base` rounded up.
  static func surge(_ value: Value?, base: Int, defaultPercent: Int) -> Int {
    guard let value else { return (base * defaultPercent + 99) / 100 }
    if let n = value.integer { return max(0, n) }
    if let text = value.text, text.hasSuffix("%"), let percent = Int(text.dropLast()) {
      return (base * percent + 99) / 100
    }
    return 0
  }

  func pods(of object: Value, kind: String, namespace: String, name: String) -> Pods {
    let spec = object.field("spec")
    switch kind {
    case "Deployment", "ReplicaSet", "StatefulSet", "ReplicationController":
      let replicas = spec?.field("replicas")?.integer ?? 1
      var steady = replicas
      var peak = replicas
      var note = "\(replicas) replica\(replicas == 1 ? "" : "s")"
      if let scaler = scalers[Self.key(namespace, kind, name)] {
        steady = scaler.minimum
        peak = scaler.maximum
        note = "\(scaler.kind) \(scaler.minimum)..\(scaler.maximum)"
      }
      if kind == "Deployment" && spec?.field("strategy", "type")?.text != "Recreate" {
        let extra = Self.surge(
          spec?.field("strategy", "rollingUpdate", "maxSurge"), base: peak, defaultPercent: 25)
        if extra > 0 {
          peak += extra
          note += " + surge \(extra)"
        }
      }
      return Pods(steady: steady, peak: peak, note: note)
    case "DaemonSet":
      var peak = nodes
      var note = "\(nodes) node\(nodes == 1 ? "" : "s")"
      if spec?.field("updateStrategy", "type")?.text != "OnDelete",
        let surgeValue = spec?.field("updateStrategy", "rollingUpdate", "maxSurge")
      {
        let extra = Self.surge(surgeValue, base: nodes, defaultPercent: 0)
        if extra > 0 {
          peak += extra
          note += " + surge \(extra)"
        }
      }
      return Pods(steady: nodes, peak: peak, note: note)
    case "Job":
      let n = Self.jobPods(spec)
      return Pods(steady: n, peak: n, note: "parallelism \(n)")
    case "CronJob":
      let n = Self.jobPods(spec?.field("jobTemplate", "spec"))
      let policy = spec?.field("concurrencyPolicy")?.text ?? "Allow"
      let peak = policy == "Allow" ? 2 * n : n
      return Pods(steady: n, peak: peak, note: "parallelism \(n), \(policy)")
    default:
      return Pods(steady: 1, peak: 1, note: "1 pod")
    }
  }

  /// Pods a Job runs at once: its parallelism (default 1), never more than its completions.
  static func jobPods(_ spec: Value?) -> Int {
    let parallelism = spec?.field("parallelism")?.integer ?? 1
    if let completions = spec?.field("completions")?.integer { return min(parallelism, completions) }
    return parallelism
  }

  /// JSON pointer of the pod spec inside an object of `kind`.
  static func podSpecPointer(_ kind: String) -> String {
    switch kind {
    case "Pod": "/spec"
    case "CronJob": "/spec/jobTemplate/spec/template/spec"
    default: "/spec/template/spec"
    }
  }

  /// JSON pointer of the pod metadata inside an object of `kind`.
  static func podMetadataPointer(_ kind: String) -> String {
    switch kind {
    case "Pod": "/metadata"
    case "CronJob": "/spec/jobTemplate/spec/template/metadata"
    default: "/spec/template/metadata"
    }
  }
}
