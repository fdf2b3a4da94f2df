import Values

/// The definitions and kind schemas one bundled Kubernetes version uses: its index
/// (`kubernetes/v<version>.index`, the byte range of each name's variant) over the shared
/// pool of variants. Each body is parsed from the pool when asked for. Safe to share.
struct KubernetesVersionDefinitions: Sendable {
  let pool: KubernetesDefinitionsPool
  let index: KubernetesVersionIndex

  /// The body of the definition `name` in this version; nil when the version has none.
  func definition(_ name: String) -> Value? {
    index.range(.definition, name).flatMap(pool.variant(at:))
  }

  /// The schema of the kind `key` in this version; nil when the version has none.
  func kind(_ key: String) -> Value? {
    index.range(.kind, key).flatMap(pool.variant(at:))
  }

  /// Every definition of the version by name.
  func allDefinitions() -> [String: Value] {
    var out: [String: Value] = [:]
    for name in index.names(.definition) { out[name] = definition(name) }
    return out
  }

  /// Every kind key of the version.
  func allKindKeys() -> [String] { index.names(.kind) }

  /// Every kind schema of the version by key.
  func allKinds() -> [String: Value] {
    var out: [String: Value] = [:]
    for key in allKindKeys() { out[key] = kind(key) }
    return out
  }
}
