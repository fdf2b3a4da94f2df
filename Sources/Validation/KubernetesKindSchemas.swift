import Values

/// Every kind of one bundled Kubernetes version in one schema document, compiled on demand
/// into one node table: a definition several kinds reach (PodSpec, ObjectMeta, Container...)
/// compiles once, not once per kind. Not thread-safe: the registry uses it with its lock
/// held. A compilation that fails leaves the table unusable (`isBroken`), and the registry
/// then compiles each kind on its own.
final class KubernetesKindSchemas {
  private let compiler: SchemaCompiler
  private let document: Int
  private let kinds: Set<String>
  /// Set when a compilation threw: nodes it left half-built must never be shared.
  private(set) var isBroken = false

  /// `definitions`: every definition of the version by name; `kinds`: each kind's schema by
  /// its key (`deployment-apps-v1`), referring to definitions as `#/$defs/<name>`.
  init(definitions: [String: Value], kinds: [String: Value], version: String, strict: Bool) {
    let options = SchemaCompileOptions(
      defaultDraft: .draft2020_12, assertFormat: false, strict: strict, kubernetesExtensions: false,
      baseURI: "https://kubernetes.io/api/\(version).json")
    compiler = SchemaCompiler(options: options, loader: nil)
    // the bundled schemas hold no identifiers or dialect keywords (a test checks every
    // version with `isUniform`): nothing to index in their 600 definitions
    let root = compiler.addUniformDocument(
      Self.document(definitions: definitions, kinds: kinds), uri: options.baseURI, draft: options.defaultDraft
    )
    document = root.doc
    self.kinds = Set(kinds.keys)
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
    guard kinds.contains(key), !isBroken else { return nil }
    do {
      return try compiler.finish(
        root: SchemaCompiler.Location(doc: document, pointer: JSONPointer.pointer(["kinds", key])))
    } catch {
      isBroken = true
      throw error
    }
  }
}
