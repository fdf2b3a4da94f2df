import Values

extension ChartMetadata {
  /// The `.Chart` map templates see (Helm v4: a `map[string]interface {}` with Go field
  /// names; lists are `[]interface {}`, empty when absent; `Annotations` is a
  /// `map[string]string`). Pass the dependencies as dependency processing left them
  /// (name replaced by alias, `enabled` set, import-values rewritten).
  ///
  /// Helm's absent annotations are a nil map: it prints `map[]` like the empty map used
  /// here, but `toJson` writes `null` where this writes `{}`.
  public func templateObject(isRoot: Bool) -> Value {
    let annotationsMap = GoMap([:], goTypeName: "map[string]string")
    for (k, v) in annotations ?? [:] { annotationsMap[k] = .string(v) }
    annotationsMap.isNilMap = annotations == nil
    let maintainerMaps: [Value] = maintainers.map { m in
      .map(["Name": .string(m?.name ?? ""), "Email": .string(m?.email ?? ""), "URL": .string(m?.url ?? "")])
    }
    let dependencyMaps: [Value] = dependencies.map { d in
      let d = d ?? ChartDependency()
      return .map([
        "Name": .string(d.name), "Version": .string(d.version), "Repository": .string(d.repository),
        "Condition": .string(d.condition), "Tags": .list(d.tags.map { .string($0) }),
        "Enabled": .bool(d.enabled),
        "ImportValues": .list(d.importValues), "Alias": .string(d.alias),
      ])
    }
    return .map([
      "APIVersion": .string(apiVersion), "Annotations": .map(annotationsMap),
      "AppVersion": .string(appVersion),
      "Condition": .string(condition), "Dependencies": .list(dependencyMaps), "Deprecated": .bool(deprecated),
      "Description": .string(description), "Home": .string(home), "Icon": .string(icon),
      "IsRoot": .bool(isRoot),
      "Keywords": .list(keywords.map { .string($0) }), "KubeVersion": .string(kubeVersion),
      "Maintainers": .list(maintainerMaps), "Name": .string(name),
      "Sources": .list(sources.map { .string($0) }),
      "Tags": .string(tags), "Type": .string(type), "Version": .string(version),
    ])
  }
}
