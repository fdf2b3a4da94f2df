import Checking
import Values

/// Lookups across the objects of one release that several rules share: pods by
/// namespace and selector, objects by kind and name.
struct ReleaseIndex: Sendable {
  let release: RenderedRelease
  /// Every pod template, in object order.
  let allPods: [PodTemplate]
  /// Pods of the release proper (no hooks, no tests).
  let pods: [PodTemplate]
  /// Pods of hooks and tests.
  let hookPods: [PodTemplate]

  init(_ release: RenderedRelease) {
    self.release = release
    allPods = PodTemplate.all(in: release.objects)
    pods = allPods.filter { !$0.object.isHook }
    hookPods = allPods.filter { $0.object.isHook }
  }

  /// The index the linter builds once for the release it checks, shared by all its rules.
  @TaskLocal static var shared: ReleaseIndex?

  /// The shared index when it is `release`'s, else a new one.
  static func of(_ release: RenderedRelease) -> ReleaseIndex {
    if let shared, shared.release.objects.count == release.objects.count,
      shared.release.stream == release.stream
    {
      return shared
    }
    return ReleaseIndex(release)
  }

  /// Release pods in `namespace` that `selector` selects (with the labels their controllers
  /// add at runtime: a StatefulSet's pod names, a Deployment's pod-template-hash...).
  func pods(in namespace: String, matching selector: LabelSelector) -> [PodTemplate] {
    pods.filter { $0.namespace == namespace && $0.isSelected(by: selector) }
  }

  /// Objects of `kind` (any apiVersion), hooks included.
  func objects(kind: String) -> [RenderedObject] {
    release.objects.filter { $0.kind == kind && $0.readError == nil }
  }

  /// The object of `kind` named `name` in `namespace`, if rendered.
  func object(kind: String, namespace: String, name: String) -> RenderedObject? {
    release.objects.first { $0.kind == kind && $0.name == name && $0.namespace == namespace }
  }

  /// The selector of a Service (`spec.selector`), nil when it has none (then the Service
  /// is managed by hand: endpoints, ExternalName).
  static func serviceSelector(_ service: RenderedObject) -> LabelSelector? {
    let plain = service.value.field("spec", "selector")?.stringMap ?? [:]
    return plain.isEmpty ? nil : LabelSelector(plain: plain)
  }

  /// The selector of a PodDisruptionBudget (`spec.selector`), nil when absent.
  static func pdbSelector(_ pdb: RenderedObject) -> LabelSelector? {
    pdb.value.field("spec", "selector").map(LabelSelector.init)
  }

  /// PodDisruptionBudgets in the namespace of `pod` that select it.
  func disruptionBudgets(of pod: PodTemplate) -> [RenderedObject] {
    objects(kind: "PodDisruptionBudget").filter {
      $0.namespace == pod.namespace
        && (Self.pdbSelector($0).map { s in !s.isEmpty && s.matches(pod.labels) } ?? false)
    }
  }

  /// HorizontalPodAutoscalers (and KEDA ScaledObjects) that scale `object`.
  func autoscalers(of object: RenderedObject) -> [RenderedObject] {
    (objects(kind: "HorizontalPodAutoscaler") + objects(kind: "ScaledObject")).filter { scaler in
      guard scaler.namespace == object.namespace, let ref = scaler.value.field("spec", "scaleTargetRef")
      else {
        return false
      }
      let kind = ref.field("kind")?.text ?? "Deployment"
      return kind == object.kind && ref.field("name")?.text == object.name
    }
  }

  /// The replicas a workload runs with, raised to its autoscalers' minimum.
  func effectiveReplicas(_ pod: PodTemplate) -> Int? {
    guard let replicas = pod.replicas else { return nil }
    let minimums = autoscalers(of: pod.object).compactMap {
      $0.value.field("spec", "minReplicas")?.integer ?? $0.value.field("spec", "minReplicaCount")?.integer
        ?? 1
    }
    return max(replicas, minimums.max() ?? replicas)
  }
}
