import Values

/// Every kind of one bundled Kubernetes version in one schema document, compiled lazily into
/// one node table: a definition several kinds reach (PodSpec, ObjectMeta, Container...)
/// compiles once, not once per kind, and only the nodes objects actually reach compile at
/// all (`LazySchemaCompilation`). The document starts empty: a kind's schema is added the
/// first time the kind is looked up, and each definition the first time a compiled node
/// refers to it (`KubernetesDefinitionsOnDemand`, parsed from the bundled pool). The
/// bundled schemas cannot fail to compile (the test suite compiles every kind whole).
final class KubernetesKindSchemas {
  private let compilation: LazySchemaCompilation
  private let document: Int
  private let source: KubernetesVersionDefinitions
  /// The document's `kinds` member, filled as kinds are looked up.
  private let kinds = GoMap()

  /// The kinds of `source`, referring to its definitions as `#/$defs/<name>`.
  init(source: KubernetesVersionDefinitions, version: String, strict: Bool) {
    let options = SchemaCompileOptions(
      defaultDraft: .draft2020_12, assertFormat: false, strict: strict, kubernetesExtensions: false,
      baseURI: "https://kubernetes.io/api/\(version).json")
    let compiler = SchemaCompiler(options: options, loader: nil)
    let definitions = KubernetesDefinitionsOnDemand(source: source)
    compiler.definitionSource = definitions
    self.source = source
    // the bundled schemas hold no identifiers or dialect keywords (a test checks every
    // version with `isUniform`): nothing to index in their 600 definitions
    let root = compiler.addUniformDocument(
      .map(GoMap(["$defs": .map(definitions.definitions), "kinds": .map(kinds)])), uri: options.baseURI,
      draft: options.defaultDraft)
    document = root.doc
    compilation = LazySchemaCompilation(compiler: compiler)
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

  /// Compiles every kind and every definition of the document eagerly; throws the first error.
  static func compileWhole(definitions: [String: Value], kinds: [String: Value], strict: Bool)
    throws(SchemaCompileError)
  {
    let options = SchemaCompileOptions(
      defaultDraft: .draft2020_12, assertFormat: false, strict: strict, kubernetesExtensions: false,
      baseURI: "https://kubernetes.io/api.json")
    let compiler = SchemaCompiler(options: options, loader: nil)
    let root = compiler.addUniformDocument(
      document(definitions: definitions, kinds: kinds), uri: options.baseURI, draft: options.defaultDraft)
    for key in kinds.keys.sorted() {
      _ = compiler.node(
        for: SchemaCompiler.Location(doc: root.doc, pointer: JSONPointer.pointer(["kinds", key])))
    }
    for name in definitions.keys.sorted() {
      _ = compiler.node(
        for: SchemaCompiler.Location(doc: root.doc, pointer: JSONPointer.pointer(["$defs", name])))
    }
    try compiler.compileAll()
  }

  /// The compiled schema of the kind `key`; nil when the version has no such kind.
  func schema(key: String) -> CompiledSchema? {
    compilation.withCompiler { compiler in
      if kinds[key] == nil {
        guard let body = source.kind(key) else { return nil }
        kinds[key] = body
      }
      return compilation.schema(
        root: SchemaCompiler.Location(doc: document, pointer: JSONPointer.pointer(["kinds", key])),
        in: compiler)
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
