import Checking
import Values

/// `missing-reference`: a ConfigMap, Secret, ServiceAccount or PersistentVolumeClaim a pod
/// uses that the release does not render, that is not marked optional, and that the
/// configuration does not declare as external.
public struct MissingReferenceRule: CataloguedRule {
  /// Objects that exist outside the release: `Kind/name` or `Kind/namespace/name`, the
  /// name (and namespace) may hold `*` wildcards (`Secret/*-tls`, `ConfigMap/shared/*`).
  public let external: Set<String>

  public init(external: Set<String> = []) {
    self.external = external
  }

  public let about = LintRuleDescription.missingReference

  struct Reference {
    let kind: String
    let name: String
    let pointer: String
  }

  public func check(_ release: RenderedRelease) -> [Finding] {
    var rendered: Set<String> = []
    for object in release.objects where object.readError == nil {
      rendered.insert("\(object.kind)/\(object.namespace)/\(object.name)")
    }
    var out: [Finding] = []
    for pod in ReleaseIndex.of(release).allPods {
      let claimTemplates = Set(
        (pod.object.value.field("spec", "volumeClaimTemplates")?.items ?? []).compactMap {
          $0.field("metadata", "name")?.text
        })
      for ref in Self.references(of: pod) {
        if ref.kind == "PersistentVolumeClaim" && claimTemplates.contains(ref.name) { continue }
        if ref.kind == "ServiceAccount" && ref.name == "default" { continue }
        if rendered.contains("\(ref.kind)/\(pod.namespace)/\(ref.name)") { continue }
        if isExternal(kind: ref.kind, namespace: pod.namespace, name: ref.name) { continue }
        out.append(
          finding(
            "\(pod.workloadName) uses \(ref.kind) \"\(ref.name)\", which the release does not render (namespace \(pod.namespace))",
            on: pod.object, at: ref.pointer))
      }
    }
    return out
  }

  func isExternal(kind: String, namespace: String, name: String) -> Bool {
    external.contains { pattern in
      let parts = pattern.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
      switch parts.count {
      case 2: return parts[0] == kind && Glob.matches(parts[1], name)
      case 3: return parts[0] == kind && Glob.matches(parts[1], namespace) && Glob.matches(parts[2], name)
      default: return false
      }
    }
  }

  /// Every non-optional reference of a pod.
  static func references(of pod: PodTemplate) -> [Reference] {
    var refs: [Reference] = []
    func add(_ kind: String, _ value: Value?, _ pointer: String, optional: Value?) {
      guard let name = value?.text, !name.isEmpty, optional?.bool != true else { return }
      refs.append(Reference(kind: kind, name: name, pointer: pointer))
    }
    if let sa = pod.spec.field("serviceAccountName") {
      add("ServiceAccount", sa, pod.pointer("serviceAccountName"), optional: nil)
    }
    for (i, s) in (pod.spec.field("imagePullSecrets")?.items ?? []).enumerated() {
      add("Secret", s.field("name"), pod.pointer("imagePullSecrets", String(i), "name"), optional: nil)
    }
    /// The references `holder` makes through each of `sources` (kind, field, name field):
    /// `holder.field.nameField`, unless `holder.field.optional` is true.
    func addAll(from holder: Value?, at base: String, _ sources: [(kind: String, key: String, name: String)])
    {
      for source in sources {
        guard let r = holder?.field(source.key) else { continue }
        add(
          source.kind, r.field(source.name), Pointer.join(base, source.key, source.name),
          optional: r.field("optional"))
      }
    }
    for (i, volume) in (pod.spec.field("volumes")?.items ?? []).enumerated() {
      let p = pod.pointer("volumes", String(i))
      addAll(from: volume, at: p, [("ConfigMap", "configMap", "name"), ("Secret", "secret", "secretName")])
      if let c = volume.field("persistentVolumeClaim") {
        add(
          "PersistentVolumeClaim", c.field("claimName"),
          Pointer.join(p, "persistentVolumeClaim", "claimName"), optional: nil)
      }
      for (j, source) in (volume.field("projected", "sources")?.items ?? []).enumerated() {
        addAll(
          from: source, at: Pointer.join(p, "projected", "sources", String(j)),
          [("ConfigMap", "configMap", "name"), ("Secret", "secret", "name")])
      }
    }
    for container in pod.containers {
      for (i, env) in (container.value.field("env")?.items ?? []).enumerated() {
        addAll(
          from: env.field("valueFrom"), at: Pointer.join(container.pointer, "env", String(i), "valueFrom"),
          [("ConfigMap", "configMapKeyRef", "name"), ("Secret", "secretKeyRef", "name")])
      }
      for (i, from) in (container.value.field("envFrom")?.items ?? []).enumerated() {
        addAll(
          from: from, at: Pointer.join(container.pointer, "envFrom", String(i)),
          [("ConfigMap", "configMapRef", "name"), ("Secret", "secretRef", "name")])
      }
    }
    return refs
  }
}

/// `*` wildcards (any run of characters) in names.
enum Glob {
  static func matches(_ pattern: String, _ text: String) -> Bool {
    let p = Array(pattern)
    let t = Array(text)
    var pi = 0
    var ti = 0
    var star = -1
    var mark = 0
    while ti < t.count {
      if pi < p.count && (p[pi] == t[ti]) {
        pi += 1
        ti += 1
      } else if pi < p.count && p[pi] == "*" {
        star = pi
        mark = ti
        pi += 1
      } else if star >= 0 {
        pi = star + 1
        mark += 1
        ti = mark
      } else {
        return false
      }
    }
    while pi < p.count && p[pi] == "*" { pi += 1 }
    return pi == p.count
  }
}
