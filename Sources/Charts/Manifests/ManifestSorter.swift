import GoLib
import Values

/// One non-hook document of the rendered output, with the template path it came from.
public struct Manifest: Sendable, Equatable {
  /// The template path (`<chart>/templates/x.yaml`), printed after `# Source: `.
  public var name: String
  /// The document text as split (no `---`).
  public var content: String
  public var head: ManifestHead
}

/// A Helm hook event (`helm.sh/hook` annotation values).
public enum HookEvent: String, Sendable, CaseIterable {
  case preInstall = "pre-install"
  case postInstall = "post-install"
  case preDelete = "pre-delete"
  case postDelete = "post-delete"
  case preUpgrade = "pre-upgrade"
  case postUpgrade = "post-upgrade"
  case preRollback = "pre-rollback"
  case postRollback = "post-rollback"
  case test = "test"

  /// The event named by one trimmed, lowercased annotation item (`test-success` is `test`).
  public init?(annotationItem: String) {
    if annotationItem == "test-success" {
      self = .test
      return
    }
    self.init(rawValue: annotationItem)
  }
}

/// A hook document (`release.Hook`).
public struct HookManifest: Sendable, Equatable {
  public var name: String
  public var kind: String
  /// The template path.
  public var path: String
  public var manifest: String
  public var events: [HookEvent]
  /// `helm.sh/hook-weight` as an int, else 0.
  public var weight: Int

  public var isTest: Bool { events.contains(.test) }
}

/// The documents of a render, split into ordinary manifests and hooks, each sorted in
/// Helm's install order.
public struct SortedManifests: Sendable {
  public var manifests: [Manifest]
  public var hooks: [HookManifest]
  /// `skipping unknown hooks` notices (Helm logs them at INFO level), in document order.
  public var skippedHookNotices: [String]
}

/// A rendered document Helm could not read: `YAML parse error on <key>: <err>`.
public struct ManifestError: Error, Sendable, Equatable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

/// Helm's `SortManifests` and install order (`releaseutil`, v4.2.3).
public enum ManifestSorter {
  /// Decodes one YAML document into a value (the caller's YAML reader). Its error text is
  /// used verbatim after `YAML parse error on <key>: `.
  public typealias DocumentDecoder = (String) throws -> Value

  /// Helm's `InstallOrder`.
  public static let installOrder: [String] = [
    "PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy",
    "PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass",
    "PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole",
    "ClusterRoleList", "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding",
    "RoleBindingList", "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
    "HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService",
    "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration",
  ]

  private static let rank: [String: Int] = Dictionary(
    uniqueKeysWithValues: installOrder.enumerated().map { ($0.element, $0.offset) })

  /// Whether a rendered file is Helm's notes (dropped from the output, any chart).
  public static func isNotes(_ key: String) -> Bool { key.hasSuffix("NOTES.txt") }

  /// Sorts the rendered files (`{template path: text}`, notes already removed or not):
  /// files bytewise by path, partials (`_` basenames) and whitespace-only outputs
  /// skipped, each file split into documents, each document's head decoded, hooks
  /// separated (unknown events drop the document), then both lists stable-sorted by kind.
  public static func sort(
    files: [String: String], decode: DocumentDecoder
  ) throws(ManifestError) -> SortedManifests {
    var generic: [Manifest] = []
    var hooks: [HookManifest] = []
    var notices: [String] = []
    for path in files.keys.sorted(by: goStringLess) {
      guard let content = files[path] else { continue }
      if isNotes(path) { continue }
      if RenderEngine.baseName(path).hasPrefix("_") { continue }
      if GoSpace.trim(content).isEmpty { continue }
      for doc in ManifestSplitter.split(content) {
        let head: ManifestHead
        do {
          head = try ManifestHead.from(try decode(doc))
        } catch let e as ManifestHeadError {
          throw ManifestError("YAML parse error on \(path): \(e.message)")
        } catch {
          throw ManifestError("YAML parse error on \(path): \(error)")
        }
        guard let annotations = head.annotations, !annotations.isEmpty,
          let hookTypes = annotations["helm.sh/hook"]
        else {
          generic.append(Manifest(name: path, content: doc, head: head))
          continue
        }
        var events: [HookEvent] = []
        var unknown = false
        for item in hookTypes.split(separator: ",", omittingEmptySubsequences: false) {
          guard let event = HookEvent(annotationItem: GoSpace.trim(String(item)).lowercased()) else {
            unknown = true
            break
          }
          events.append(event)
        }
        if unknown {
          notices.append("skipping unknown hooks hookTypes=\(hookTypes)")
          continue
        }
        let weight = annotations["helm.sh/hook-weight"].flatMap { goParseInt64($0) }.map { Int($0) } ?? 0
        hooks.append(
          HookManifest(
            name: head.name, kind: head.kind, path: path, manifest: doc, events: events, weight: weight))
      }
    }
    return SortedManifests(
      manifests: stableSortedByKind(generic, kind: \.head.kind),
      hooks: stableSortedByKind(hooks, kind: \.kind),
      skippedHookNotices: notices)
  }

  /// Helm's `lessByKind` in a stable sort: known kinds by install order, unknown kinds
  /// after them bytewise, ties keep their order.
  public static func stableSortedByKind<T>(_ items: [T], kind: (T) -> String) -> [T] {
    let indexed = items.enumerated().map { ($0.offset, $0.element, kind($0.element)) }
    return indexed.sorted { a, b in
      if kindLess(a.2, b.2) { return true }
      if kindLess(b.2, a.2) { return false }
      return a.0 < b.0
    }.map { $0.1 }
  }

  static func kindLess(_ a: String, _ b: String) -> Bool {
    let ra = rank[a]
    let rb = rank[b]
    switch (ra, rb) {
    case (nil, nil): return a != b && goStringLess(a, b)
    case (nil, _): return false
    case (_, nil): return true
    case (let x?, let y?): return x < y
    }
  }
}
