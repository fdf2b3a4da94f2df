import Values

/// The `$defs` of a bundled version's kinds document, filled as compiled nodes refer to
/// them: a reference to `#/$defs/<name>...` adds the definition `name` (parsed from the
/// bundled pool) just before it is resolved. Used by the compiler, with its lock held.
final class KubernetesDefinitionsOnDemand: SchemaDefinitionSource {
  /// The document's `$defs` member.
  let definitions = GoMap()
  private let source: KubernetesVersionDefinitions
  /// Definition names already looked for in `source` (found or not).
  private var visited: Set<String> = []

  init(source: KubernetesVersionDefinitions) {
    self.source = source
  }

  func prepare(pointer: String) {
    guard pointer.hasPrefix("/$defs/"), let tokens = JSONPointer.tokens(pointer), tokens.count > 1 else {
      return
    }
    let name = tokens[1]
    guard visited.insert(name).inserted, let body = source.definition(name) else { return }
    definitions[name] = body
  }
}
