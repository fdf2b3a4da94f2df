import Values

/// The plain maps Helm v4 exposes as `.Chart` and `.Release`.
public enum ChartObjects {
  /// `.Chart`: the chart's metadata under Go's field names, plus `IsRoot`.
  public static func chartMap(_ m: ChartMetadata, isRoot: Bool) -> Value {
    let annotations = GoMap(goTypeName: "map[string]string")
    for (k, v) in m.annotations ?? [:] { annotations[k] = .string(v) }
    return .map([
      "APIVersion": .string(m.apiVersion),
      "Annotations": .map(annotations),
      "AppVersion": .string(m.appVersion),
      "Condition": .string(m.condition),
      "Dependencies": .list(m.dependencies.compactMap { $0 }.map(dependencyMap)),
      "Deprecated": .bool(m.deprecated),
      "Description": .string(m.description),
      "Home": .string(m.home),
      "Icon": .string(m.icon),
      "IsRoot": .bool(isRoot),
      "Keywords": .list(m.keywords.map { .string($0) }),
      "KubeVersion": .string(m.kubeVersion),
      "Maintainers": .list(
        m.maintainers.map { maintainer in
          guard let maintainer else { return .null }
          return .map([
            "Name": .string(maintainer.name), "Email": .string(maintainer.email), "URL": .string(maintainer.url),
          ])
        }),
      "Name": .string(m.name),
      "Sources": .list(m.sources.map { .string($0) }),
      "Tags": .string(m.tags),
      "Type": .string(m.type),
      "Version": .string(m.version),
    ])
  }

  static func dependencyMap(_ d: ChartDependency) -> Value {
    .map([
      "Name": .string(d.name),
      "Version": .string(d.version),
      "Repository": .string(d.repository),
      "Condition": .string(d.condition),
      "Tags": .list(d.tags.map { .string($0) }),
      "Enabled": .bool(d.enabled),
      "ImportValues": .list(d.importValues),
      "Alias": .string(d.alias),
    ])
  }

  /// `.Release` as `helm template` sets it.
  public static func releaseMap(name: String, namespace: String, isUpgrade: Bool, revision: Int = 1) -> Value {
    .map([
      "Name": .string(name),
      "Namespace": .string(namespace),
      "IsInstall": .bool(!isUpgrade),
      "IsUpgrade": .bool(isUpgrade),
      "Revision": .int(revision),
      "Service": .string("Helm"),
    ])
  }
}
