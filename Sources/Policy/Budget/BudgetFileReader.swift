import Values
import YAML

/// Builds a `BudgetFile` from a document that matched the schema: reads its quantities
/// (an invalid one is an error at its line) and maps the layout's keys to quota names
/// (`requests.cpu` → `requests.cpu`, `gpu` → `requests.nvidia.com/gpu`, `pvc.count` →
/// `persistentvolumeclaims`, `pvc.storage` → `requests.storage`, `objects.total` →
/// `objects`, `objects.kinds.Deployment` → `count/deployments.apps`, counted as quota counts
/// it: `count/pods` and `count/persistentvolumeclaims` include the pods and claims of workloads).
struct BudgetFileReader {
  let path: String
  let document: ManifestDocument

  func error(_ pointer: String, _ message: String) -> BudgetFileError {
    let mark = (document.node(atPointer: pointer) ?? document.nearestNode(toPointer: pointer))?.mark
    return BudgetFileError(file: path, line: mark?.line, column: mark?.column, message: message)
  }

  func quantity(_ value: Value, _ pointer: String) throws(BudgetFileError) -> Quantity {
    guard let text = ManifestQuantity.text(value) else { throw error(pointer, "not a quantity") }
    do {
      return try Quantity(text)
    } catch {
      throw self.error(pointer, "invalid quantity \"\(text)\": \(error)")
    }
  }

  func resources(_ value: Value?, _ pointer: String) throws(BudgetFileError) -> ResourceList {
    guard case .map(let map)? = value else { return ResourceList() }
    var list = ResourceList()
    for key in map.sortedKeys {
      list[key] = try quantity(map[key]!, pointer + "/" + ManifestQuantity.pointerToken(key))
    }
    return list
  }

  func read(_ value: Value) throws(BudgetFileError) -> BudgetFile {
    var settings = BudgetSettings()
    settings.nodes = value.field("nodes")?.integer ?? value.field("daemonSetNodes")?.integer ?? 1
    settings.countHooks =
      value.field("countHooks").map { if case .bool(true) = $0 { true } else { false } } ?? false
    settings.defaultStorageClass = value.field("defaultStorageClass")?.text
    let mode = BudgetMode(rawValue: value.field("enforce")?.text ?? "peak") ?? .peak
    for (i, s) in (value.field("sidecars")?.items ?? []).enumerated() {
      var sidecar = InjectedSidecar(
        name: s.field("name")?.text ?? "",
        requests: try resources(s.field("requests"), "/sidecars/\(i)/requests"),
        limits: try resources(s.field("limits"), "/sidecars/\(i)/limits"))
      if let v = s.field("namespaceLabels") { sidecar.namespaceLabels = v.items.compactMap(\.text) }
      if let v = s.field("disabledNamespaceLabels") {
        sidecar.disabledNamespaceLabels = v.items.compactMap(\.text)
      }
      if let v = s.field("podOptOut") { sidecar.podOptOut = v.items.compactMap(\.text) }
      if let v = s.field("podOptIn") { sidecar.podOptIn = v.items.compactMap(\.text) }
      settings.sidecars.append(sidecar)
    }
    if case .map(let overhead)? = value.field("overhead") {
      for name in overhead.sortedKeys {
        settings.overhead[name] = try resources(
          overhead[name], "/overhead/" + ManifestQuantity.pointerToken(name))
      }
    }
    for (i, r) in (value.field("limitRanges")?.items ?? []).enumerated() {
      let namespace = r.field("namespace")?.text ?? "*"
      settings.limitRanges[namespace, default: []].append(
        LimitRangeDefaults(
          default: try resources(r.field("default"), "/limitRanges/\(i)/default"),
          defaultRequest: try resources(r.field("defaultRequest"), "/limitRanges/\(i)/defaultRequest"),
          max: try resources(r.field("max"), "/limitRanges/\(i)/max"),
          source: "budget"))
    }
    if case .map(let labels)? = value.field("namespaceLabels") {
      for name in labels.sortedKeys { settings.namespaceLabels[name] = labels[name]?.stringMap ?? [:] }
    }
    var environments: [String: BudgetFile.Environment] = [:]
    if case .map(let envs)? = value.field("environments") {
      for name in envs.sortedKeys {
        environments[name] = try environment(
          envs[name] ?? .null, "/environments/" + ManifestQuantity.pointerToken(name), mode: mode)
      }
    }
    return BudgetFile(path: path, settings: settings, mode: mode, environments: environments)
  }

  func environment(_ env: Value, _ base: String, mode: BudgetMode) throws(BudgetFileError)
    -> BudgetFile.Environment
  {
    var totals: [String: Quantity] = [:]
    for (section, prefix) in [("requests", "requests."), ("limits", "limits.")] {
      let list = try resources(env.field(section), base + "/" + section)
      for name in list.names { totals[prefix + name] = list[name] }
    }
    if let gpu = env.field("gpu") { totals["requests.nvidia.com/gpu"] = try quantity(gpu, base + "/gpu") }
    if let count = env.field("pvc", "count") {
      totals["persistentvolumeclaims"] = try quantity(count, base + "/pvc/count")
    }
    if let storage = env.field("pvc", "storage") {
      totals["requests.storage"] = try quantity(storage, base + "/pvc/storage")
    }
    if let total = env.field("objects", "total") {
      totals["objects"] = try quantity(total, base + "/objects/total")
    }
    let kinds = try resources(env.field("objects", "kinds"), base + "/objects/kinds")
    for kind in kinds.names { totals[ObjectCountNames.countName(kind: kind, group: nil)] = kinds[kind] }
    let hard = try resources(env.field("hard"), base + "/hard")
    for name in hard.names { totals[name] = hard[name] }
    var namespaces: [String: [String: Quantity]] = [:]
    if case .map(let map)? = env.field("namespaces") {
      for ns in map.sortedKeys {
        namespaces[ns] = try resources(map[ns], base + "/namespaces/" + ManifestQuantity.pointerToken(ns))
          .amounts
      }
    }
    let envMode = env.field("enforce")?.text.flatMap(BudgetMode.init(rawValue:)) ?? mode
    return BudgetFile.Environment(
      limits: BudgetLimits(totals: totals, namespaces: namespaces, mode: envMode),
      nodes: env.field("nodes")?.integer,
      countHooks: env.field("countHooks").map { if case .bool(true) = $0 { true } else { false } })
  }
}
