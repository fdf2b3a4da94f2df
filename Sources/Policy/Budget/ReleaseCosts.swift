import Checking
import Values

/// Turns a render into budget items: every object with what it adds to its namespace's
/// quota figures, pods scaled and sized as the cluster would run them (LimitRange defaults,
/// injected sidecars, RuntimeClass overhead), claims and object counts.
public struct ReleaseCosts {
  public let settings: BudgetSettings

  public init(settings: BudgetSettings) { self.settings = settings }

  /// The kinds whose fields the budget reads; of any other object only its kind, name,
  /// namespace and hook annotation count.
  public static func readsFields(of kind: String) -> Bool {
    fieldKinds.contains(kind) || WorkloadScaling.podKinds.contains(kind)
  }

  private static let fieldKinds: Set<String> = [
    "Namespace", "LimitRange", "RuntimeClass", "StorageClass", "HorizontalPodAutoscaler", "ScaledObject",
    "Service",
    "PersistentVolumeClaim", "ResourceQuota",
  ]

  /// Cluster facts the render itself declares.
  struct Context {
    var namespaceLabels: [String: [String: String]]
    var limitRanges: [String: [LimitRangeDefaults]]
    var runtimeOverhead: [String: ResourceList]
    var defaultStorageClass: String?
    var scaling: WorkloadScaling
  }

  /// The items of a render's `objects` (hooks included), in stream order. Throws on the first
  /// invalid quantity.
  public func items(of objects: [RenderedObject]) throws(InvalidQuantity) -> [BudgetItem] {
    let context = try context(of: objects)
    var items: [BudgetItem] = []
    for object in objects where object.readError == nil {
      guard case .map = object.value else { continue }
      items.append(try item(for: object, context: context))
    }
    return items
  }

  func context(of objects: [RenderedObject]) throws(InvalidQuantity) -> Context {
    var labels = settings.namespaceLabels
    var limitRanges: [String: [LimitRangeDefaults]] = [:]
    var overhead = settings.overhead
    var defaultClass = settings.defaultStorageClass
    var scaling = WorkloadScaling(nodes: settings.nodes)
    for object in objects where object.readError == nil {
      let value = object.value
      let place = { (p: String) in object.place(ofPointer: p) }
      switch object.kind {
      case "Namespace":
        labels[object.name] = value.field("metadata", "labels")?.stringMap ?? [:]
      case "LimitRange":
        for (i, item) in (value.field("spec", "limits")?.items ?? []).enumerated()
        where item.field("type")?.text == "Container" {
          let base = "/spec/limits/\(i)"
          limitRanges[object.namespace, default: []].append(
            LimitRangeDefaults(
              default: try ManifestQuantity.list(
                item.field("default"), object: object.reference, path: base + "/default", place: place),
              defaultRequest: try ManifestQuantity.list(
                item.field("defaultRequest"), object: object.reference, path: base + "/defaultRequest",
                place: place),
              max: try ManifestQuantity.list(
                item.field("max"), object: object.reference, path: base + "/max", place: place),
              source: "LimitRange/\(object.namespace)/\(object.name)"))
        }
      case "RuntimeClass":
        let fixed = try ManifestQuantity.list(
          value.field("overhead", "podFixed"), object: object.reference, path: "/overhead/podFixed",
          place: place
        )
        if !fixed.isEmpty { overhead[object.name] = fixed }
      case "StorageClass":
        let annotations = value.field("metadata", "annotations")?.stringMap ?? [:]
        if annotations["storageclass.kubernetes.io/is-default-class"] == "true" { defaultClass = object.name }
      case "HorizontalPodAutoscaler", "ScaledObject":
        if !object.isHook {
          scaling.addScaler(value, kind: object.kind, namespace: object.namespace, name: object.name)
        }
      default: break
      }
    }
    for (namespace, defaults) in settings.limitRanges { limitRanges[namespace, default: []] += defaults }
    return Context(
      namespaceLabels: labels, limitRanges: limitRanges, runtimeOverhead: overhead,
      defaultStorageClass: defaultClass, scaling: scaling)
  }

  func item(for object: RenderedObject, context: Context) throws(InvalidQuantity) -> BudgetItem {
    let value = object.value
    let namespace = object.namespace
    var counts = ResourceList()
    counts.add("objects", Quantity(1))
    // cluster-scoped objects count too (in the totals: they are in no namespace)
    counts.add(ObjectCountNames.countName(kind: object.kind, group: object.reference.group), Quantity(1))
    if let legacy = ObjectCountNames.legacy[object.kind], object.reference.group.isEmpty, !namespace.isEmpty {
      counts.add(legacy, Quantity(1))
    }
    var item = BudgetItem(
      object: object.reference, namespace: namespace, isHook: object.isHook, steady: counts, peak: counts,
      pod: nil, perPod: nil, containers: [], scaling: "")
    let place = { (p: String) in object.place(ofPointer: p) }
    switch object.kind {
    case "Service":
      let type = value.field("spec", "type")?.text ?? "ClusterIP"
      var extra = ResourceList()
      if type == "LoadBalancer" { extra.add("services.loadbalancers", Quantity(1)) }
      let allocates =
        value.field("spec", "allocateLoadBalancerNodePorts").map {
          if case .bool(false) = $0 { false } else { true }
        } ?? true
      if type == "NodePort" || (type == "LoadBalancer" && allocates) {
        extra.add("services.nodeports", Quantity(value.field("spec", "ports")?.items.count ?? 0))
      }
      item.steady.add(extra)
      item.peak.add(extra)
    case "PersistentVolumeClaim":
      let claim = try claimFigures(
        value.field("spec"), count: 1, context: context, object: object.reference, path: "/spec", place: place
      )
      item.steady.add(claim)
      item.peak.add(claim)
    case _
    where WorkloadScaling.podKinds.contains(object.kind) && object.reference.group != "batch.volcano.sh":
      try addPods(to: &item, object: object, context: context)
    default: break
    }
    return item
  }

  /// The claim figures of `count` claims of `spec`: count, storage, and both per class.
  func claimFigures(
    _ spec: Value?, count: Int, context: Context, object: ObjectReference, path: String,
    place: (String) -> SourcePlace?
  ) throws(InvalidQuantity) -> ResourceList {
    var figures = ResourceList()
    var storage = Quantity.zero
    if let v = spec?.field("resources", "requests", "storage") {
      storage = try ManifestQuantity.read(
        v, object: object, path: path + "/resources/requests/storage", place: place)
    }
    let total = storage.multiplied(by: count)
    figures.add("persistentvolumeclaims", Quantity(count))
    figures.add("requests.storage", total)
    if let storageClass = spec?.field("storageClassName")?.text ?? context.defaultStorageClass,
      !storageClass.isEmpty
    {
      figures.add("\(storageClass).storageclass.storage.k8s.io/persistentvolumeclaims", Quantity(count))
      figures.add("\(storageClass).storageclass.storage.k8s.io/requests.storage", total)
    }
    return figures
  }

  func addPods(to item: inout BudgetItem, object: RenderedObject, context: Context) throws(InvalidQuantity) {
    let value = object.value
    let kind = object.kind
    let specPointer = WorkloadScaling.podSpecPointer(kind)
    let podSpec = value.field(pointer: specPointer)
    let metadata = value.field(pointer: WorkloadScaling.podMetadataPointer(kind))
    let podMetadata = (metadata?.field("labels")?.stringMap ?? [:]).merging(
      metadata?.field("annotations")?.stringMap ?? [:]
    ) { _, annotation in annotation }
    let place = { (p: String) in object.place(ofPointer: p) }
    let defaults = (context.limitRanges[item.namespace] ?? []) + (context.limitRanges["*"] ?? [])

    func read(_ list: String) throws(InvalidQuantity) -> [ContainerResources] {
      var result: [ContainerResources] = []
      for (i, c) in (podSpec?.field(list)?.items ?? []).enumerated() {
        let base = "\(specPointer)/\(list)/\(i)/resources"
        var container = ContainerResources(
          name: c.field("name")?.text ?? "\(list)[\(i)]",
          requests: try ManifestQuantity.list(
            c.field("resources", "requests"), object: object.reference, path: base + "/requests", place: place
          ),
          limits: try ManifestQuantity.list(
            c.field("resources", "limits"), object: object.reference, path: base + "/limits", place: place),
          isRestartable: list == "initContainers" && c.field("restartPolicy")?.text == "Always")
        for d in defaults { container = d.apply(to: container) }
        result.append(container)
      }
      return result
    }
    let initContainers = try read("initContainers")
    var containers = try read("containers")
    let namespaceLabels = context.namespaceLabels[item.namespace] ?? [:]
    for sidecar in settings.sidecars
    where sidecar.isInjected(podMetadata: podMetadata, namespaceLabels: namespaceLabels) {
      containers.append(try injected(sidecar, podMetadata: podMetadata, object: object))
    }
    var overhead = try ManifestQuantity.list(
      podSpec?.field("overhead"), object: object.reference, path: specPointer + "/overhead", place: place)
    if overhead.isEmpty, let runtimeClass = podSpec?.field("runtimeClassName")?.text {
      overhead = context.runtimeOverhead[runtimeClass] ?? ResourceList()
    }
    let perPod = PodResources(initContainers: initContainers, containers: containers, overhead: overhead)
    let all = initContainers + containers
    let compute = ["cpu", "memory"]
    let bestEffort = all.allSatisfy { c in compute.allSatisfy { c.requests[$0] == nil && c.limits[$0] == nil }
    }
    item.pod = PodTraits(
      isBestEffort: bestEffort, isTerminating: podSpec?.field("activeDeadlineSeconds")?.integer != nil,
      priorityClass: podSpec?.field("priorityClassName")?.text)
    item.perPod = perPod
    item.containers = all

    let pods = context.scaling.pods(of: value, kind: kind, namespace: item.namespace, name: object.name)
    item.scaling = pods.note
    for (count, isPeak) in [(pods.steady, false), (pods.peak, true)] {
      var figures = ResourceList()
      figures.add("pods", Quantity(count))
      // `count/pods` counts every pod, not only Pod objects (which count themselves)
      if kind != "Pod" { figures.add("count/pods", Quantity(count)) }
      for name in perPod.requests.names {
        figures.add("requests." + name, perPod.requests[name]!.multiplied(by: count))
      }
      for name in perPod.limits.names {
        figures.add("limits." + name, perPod.limits[name]!.multiplied(by: count))
      }
      if kind == "StatefulSet" {
        for (i, template) in (value.field("spec", "volumeClaimTemplates")?.items ?? []).enumerated() {
          figures.add(
            try claimFigures(
              template.field("spec"), count: count, context: context, object: object.reference,
              path: "/spec/volumeClaimTemplates/\(i)/spec", place: place))
          figures.add("count/persistentvolumeclaims", Quantity(count))
        }
      }
      if isPeak { item.peak.add(figures) } else { item.steady.add(figures) }
    }
  }

  /// The injected container, with Istio's per-pod resource annotations applied to
  /// `istio-proxy` (`sidecar.istio.io/proxyCPU`, `proxyMemory`, `proxyCPULimit`, `proxyMemoryLimit`).
  func injected(_ sidecar: InjectedSidecar, podMetadata: [String: String], object: RenderedObject)
    throws(InvalidQuantity) -> ContainerResources
  {
    var requests = sidecar.requests
    var limits = sidecar.limits
    if sidecar.name == "istio-proxy" {
      let overrides: [(String, String, Bool)] = [
        ("sidecar.istio.io/proxyCPU", "cpu", false), ("sidecar.istio.io/proxyMemory", "memory", false),
        ("sidecar.istio.io/proxyCPULimit", "cpu", true),
        ("sidecar.istio.io/proxyMemoryLimit", "memory", true),
      ]
      for (annotation, resource, isLimit) in overrides {
        guard let text = podMetadata[annotation] else { continue }
        let path =
          WorkloadScaling.podMetadataPointer(object.kind) + "/annotations/"
          + ManifestQuantity.pointerToken(annotation)
        let q = try ManifestQuantity.read(.string(text), object: object.reference, path: path) {
          object.place(ofPointer: $0)
        }
        if isLimit { limits[resource] = q } else { requests[resource] = q }
      }
    }
    return ContainerResources(name: sidecar.name, requests: requests, limits: limits)
  }
}
