import Values

/// The definitions and kind schemas one bundled Kubernetes version uses: its manifest
/// (`kubernetes/v<version>.json`, the variant index of each name) over the shared pool of
/// variants. Each body is parsed from the pool on first use.
struct KubernetesVersionDefinitions {
  let pool: KubernetesDefinitionsPool
  /// Definition name → variant index.
  let definitionIndices: GoMap
  /// Kind key (`deployment-apps-v1`) → variant index.
  let kindIndices: GoMap

  /// The body of the definition `name` in this version; nil when the version has none.
  func definition(_ name: String) -> Value? {
    Self.variant(definitionIndices[name], of: { pool.definitionVariants(name) })
  }

  /// The schema of the kind `key` in this version; nil when the version has none.
  func kind(_ key: String) -> Value? {
    Self.variant(kindIndices[key], of: { pool.kindVariants(key) })
  }

  /// Every definition of the version by name.
  func allDefinitions() -> [String: Value] {
    var out: [String: Value] = [:]
    for name in definitionIndices.storage.keys { out[name] = definition(name) }
    return out
  }

  /// Every kind key of the version.
  func allKindKeys() -> [String] { kindIndices.storage.keys.sorted() }

  /// Every kind schema of the version by key.
  func allKinds() -> [String: Value] {
    var out: [String: Value] = [:]
    for key in kindIndices.storage.keys { out[key] = kind(key) }
    return out
  }

  private static func variant(_ index: Value?, of variants: () -> [Value]?) -> Value? {
    guard let index = index?.jsonNumber else { return nil }
    return variants()?[safe: Int(exactly: index.double) ?? -1]
  }
}
