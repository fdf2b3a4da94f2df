import Values

/// Every kind of one bundled Kubernetes version in one schema document, compiled on demand
/// into one node table: a definition several kinds reach (PodSpec, ObjectMeta, Container...)
/// compiles once, not once per kind. The document starts empty: a kind's schema and the
/// definitions it reaches are added to it (parsed from the bundled pool) the first time the
/// kind is looked up. Not thread-safe: the registry uses it with its lock held. A
/// compilation that fails leaves the table unusable (`isBroken`), and the registry then
/// compiles each kind on its own.
final class KubernetesKindSchemas {
  private let compiler: SchemaCompiler
  private let document: Int
  private let source: KubernetesVersionDefinitions
  /// The document's `$defs` and `kinds` members, filled as kinds are looked up.
  private let definitions = GoMap()
  private let kinds = GoMap()
  /// Definition names already looked for in `source` (found or not).
  private var visited: Set<String> = []
  /// Set when a compilation threw: nodes it left half-built must never be shared.
  private(set) var isBroken = false

  /// The kinds of `source`, referring to its definitions as `#/$defs/<name>`.
  init(source: KubernetesVersionDefinitions, version: String, strict: Bool) {
    let options = SchemaCompileOptions(
      defaultDraft: .draft2020_12, assertFormat: false, strict: strict, kubernetesExtensions: false,
      baseURI: "https://kubernetes.io/api/\(version).json")
    compiler = SchemaCompiler(options: options, loader: nil)
    self.source = source
    // the bundled schemas hold no identifiers or dialect keywords (a test checks every
    // version with `isUniform`): nothing to index in their 600 definitions
    let root = compiler.addUniformDocument(
      .map(GoMap(["$defs": .map(definitions), "kinds": .map(kinds)])), uri: options.baseURI,
      draft: options.defaultDraft)
    document = root.doc
  }

  /// The one document: definitions under `$defs`, kinds under `kinds`.
  static func document(definitions: [String: Value], kinds: [String: Value]) -> Value {
    .map(GoMap(["$defs": .map(GoMap(definitions)), "kinds": .map(GoMap(kinds))]))
  }

  /// Whether indexing the document finds nothing that `addUniformDocument` assumes absent.
  static func isUniform(definitions: [String: Value], kinds: [String: Value]) -> Bool {
    let compiler = SchemaCompiler(options: SchemaCompileOptions(), loader: nil)
    compiler.addDocument(
      document(definitions: definitions, kinds: kinds), uri: "https://kubernetes.io/api.json",
      draft: .draft2020_12)
    return compiler.isUniform
  }

  /// The compiled schema of the kind `key`; nil when the version has no such kind.
  func schema(key: String) throws(SchemaCompileError) -> CompiledSchema? {
    guard !isBroken else { return nil }
    if kinds[key] == nil {
      guard let body = source.kind(key) else { return nil }
      kinds[key] = body
      addDefinitions(reachedFrom: body)
    }
    do {
      return try compiler.finish(
        root: SchemaCompiler.Location(doc: document, pointer: JSONPointer.pointer(["kinds", key])))
    } catch {
      isBroken = true
      throw error
    }
  }

  /// Adds to the document every definition `schema` refers to (`#/$defs/<name>...`), and
  /// every definition those refer to, as the whole document would hold them.
  private func addDefinitions(reachedFrom schema: Value) {
    var pending = Self.definitionNames(in: schema)
    while let name = pending.popLast() {
      guard visited.insert(name).inserted else { continue }
      guard let body = source.definition(name) else { continue }
      definitions[name] = body
      pending += Self.definitionNames(in: body)
    }
  }

  /// The definition named by each `"$ref": "#/$defs/<name>..."` inside `value`.
  static func definitionNames(in value: Value) -> [String] {
    var out: [String] = []
    func walk(_ v: Value) {
      switch v {
      case .map(let m):
        for (k, x) in m.storage {
          if k == "$ref", case .string(let s) = x {
            if s.hasPrefix("#/$defs/"), let tokens = JSONPointer.tokens(String(s.dropFirst())),
              tokens.count > 1
            {
              out.append(tokens[1])
            }
          } else {
            walk(x)
          }
        }
      case .list(let l): l.forEach(walk)
      default: break
      }
    }
    walk(value)
    return out
  }
}
