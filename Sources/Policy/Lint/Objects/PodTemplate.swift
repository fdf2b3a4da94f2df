import Checking
import Values

/// The pod a rendered object runs: a Pod itself, or the pod template of a workload
/// (Deployment, StatefulSet, DaemonSet, ReplicaSet, ReplicationController, Job, CronJob,
/// Argo Rollout), with the JSON pointer of its spec inside the object.
struct PodTemplate: Sendable {
  /// The object that declares the pod.
  let object: RenderedObject
  /// Pointer to the pod spec (`/spec/template/spec`, `/spec` for a Pod).
  let specPointer: String
  /// The pod spec.
  let spec: Value
  /// The pod's labels (template metadata).
  let labels: [String: String]
  /// The pod's annotations (template metadata).
  let annotations: [String: String]
  /// How many pods run at once: `spec.replicas` (1 when unset), Job parallelism; nil for a
  /// DaemonSet (one per node).
  let replicas: Int?

  /// The workload's pod template, if it is a workload.
  init?(_ object: RenderedObject) {
    let v = object.value
    // Where the pod template sits in the object (the object itself for a Pod).
    let template: String
    switch object.kind {
    case "Pod":
      template = ""
      replicas = 1
    case "Deployment", "StatefulSet", "ReplicaSet", "ReplicationController", "Rollout":
      template = "/spec/template"
      replicas = v.field("spec", "replicas")?.integer ?? 1
    case "DaemonSet":
      template = "/spec/template"
      replicas = nil
    case "Job":
      template = "/spec/template"
      replicas = v.field("spec", "parallelism")?.integer ?? 1
    case "CronJob":
      template = "/spec/jobTemplate/spec/template"
      replicas = v.field("spec", "jobTemplate", "spec", "parallelism")?.integer ?? 1
    default:
      return nil
    }
    specPointer = template + "/spec"
    let metaPointer = template + "/metadata"
    guard let spec = v.field(path: Self.tokens(specPointer)), spec.mapValue != nil else { return nil }
    self.object = object
    self.spec = spec
    let meta = v.field(path: Self.tokens(metaPointer))
    labels = meta?.field("labels")?.stringMap ?? [:]
    annotations = meta?.field("annotations")?.stringMap ?? [:]
  }

  static func tokens(_ pointer: String) -> [String] {
    pointer.split(separator: "/").map(String.init)
  }

  /// Every pod of `objects`.
  static func all(in objects: [RenderedObject]) -> [PodTemplate] { objects.compactMap(PodTemplate.init) }

  /// A container of the pod, with its pointer.
  struct Container: Sendable {
    let pointer: String
    let value: Value
    let isInit: Bool
    var name: String { value.field("name")?.text ?? "" }
    /// `container "x"` or `init container "x"` for messages.
    var label: String { (isInit ? "init container \"" : "container \"") + name + "\"" }
  }

  /// Regular and init containers, init containers first as they run.
  var containers: [Container] {
    var out: [Container] = []
    for (list, isInit) in [("initContainers", true), ("containers", false)] {
      for (i, c) in (spec.field(list)?.items ?? []).enumerated() {
        out.append(Container(pointer: Pointer.join(specPointer, list, String(i)), value: c, isInit: isInit))
      }
    }
    return out
  }

  /// Only the long-running containers (not init containers), plus sidecar init containers
  /// (`restartPolicy: Always`).
  var runningContainers: [Container] {
    containers.filter { !$0.isInit || $0.value.field("restartPolicy")?.text == "Always" }
  }

  /// The namespace the pod runs in.
  var namespace: String { object.namespace }

  /// The service account the pod runs as (`default` when unset).
  var serviceAccountName: String {
    let named = spec.field("serviceAccountName")?.text ?? spec.field("serviceAccount")?.text ?? ""
    return named.isEmpty ? "default" : named
  }

  /// Whether the workload runs more than one pod at once (a DaemonSet counts as replicated).
  var isReplicated: Bool { replicas.map { $0 > 1 } ?? true }

  /// `Deployment/name` for messages.
  var workloadName: String { "\(object.kind)/\(object.name)" }

  /// A field of the pod spec or, when it is absent there, nil.
  func podField(_ keys: String...) -> Value? { spec.field(path: keys) }

  /// The pointer of a pod spec field.
  func pointer(_ tokens: String...) -> String { tokens.reduce(specPointer) { Pointer.join($0, $1) } }
}

extension PodTemplate {
  /// A security-context setting as it applies to `container`: the container's own, else
  /// the pod's; with the pointer of the field that decides (or of the container's
  /// securityContext when neither sets it).
  func securitySetting(_ key: String, of container: Container) -> (value: Value?, pointer: String) {
    if let v = container.value.field("securityContext", key) {
      return (v, Pointer.join(container.pointer, "securityContext", key))
    }
    if let v = spec.field("securityContext", key) {
      return (v, pointer("securityContext", key))
    }
    return (nil, container.pointer)
  }
}
