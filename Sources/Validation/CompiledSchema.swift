import Values

/// A schema compiled once into an immutable node table with every reference resolved.
/// Validating never re-resolves references, so one instance can be shared across tasks.
public final class CompiledSchema: Sendable {
  let nodes: SchemaNodeTable
  /// Set when the nodes are compiled as evaluation reaches them.
  let lazy: LazySchemaCompilation?
  let root: Int
  let resources: [SchemaResource]
  let tracksAnnotations: Bool
  let usesDynamicScope: Bool
  let helmErrorQuirks: Bool

  init(
    nodes: SchemaNodeTable, root: Int, resources: [SchemaResource], tracksAnnotations: Bool,
    usesDynamicScope: Bool, lazy: LazySchemaCompilation? = nil,
    helmErrorQuirks: Bool = false
  ) {
    self.nodes = nodes
    self.lazy = lazy
    self.root = root
    self.resources = resources
    self.tracksAnnotations = tracksAnnotations
    self.usesDynamicScope = usesDynamicScope
    self.helmErrorQuirks = helmErrorQuirks
  }

  /// Compiles a schema document.
  /// - Parameters:
  ///   - schema: the schema as a decoded JSON value.
  ///   - options: dialect default, format assertion, strict mode, base URI.
  ///   - loader: documents for remote `$ref`s (metaschemas are built in).
  public convenience init(
    _ schema: Value, options: SchemaCompileOptions = SchemaCompileOptions(),
    loader: (any SchemaDocumentLoader)? = nil
  ) throws(SchemaCompileError) {
    let compiler = SchemaCompiler(options: options, loader: loader)
    let root = compiler.addDocument(schema, uri: options.baseURI, draft: options.defaultDraft)
    let built = try compiler.finish(root: root)
    self.init(
      nodes: built.nodes, root: built.root, resources: built.resources,
      tracksAnnotations: built.tracksAnnotations,
      usesDynamicScope: built.usesDynamicScope, helmErrorQuirks: options.helmErrorQuirks)
  }

  /// Compiles the schema found at `pointer` (a JSON pointer, e.g. `/$defs/io.k8s.api.apps.v1.Deployment`)
  /// inside `document`, with references resolved against the whole document.
  public convenience init(
    document: Value, pointer: String, options: SchemaCompileOptions = SchemaCompileOptions(),
    loader: (any SchemaDocumentLoader)? = nil
  ) throws(SchemaCompileError) {
    let compiler = SchemaCompiler(options: options, loader: loader)
    let root = compiler.addDocument(document, uri: options.baseURI, draft: options.defaultDraft)
    let target = SchemaCompiler.Location(doc: root.doc, pointer: pointer)
    guard compiler.value(at: target) != nil else {
      throw SchemaCompileError(location: options.baseURI + "#" + pointer, message: "no schema here")
    }
    let built = try compiler.finish(root: target)
    self.init(
      nodes: built.nodes, root: built.root, resources: built.resources,
      tracksAnnotations: built.tracksAnnotations,
      usesDynamicScope: built.usesDynamicScope, helmErrorQuirks: options.helmErrorQuirks)
  }

  /// A schema compiled as evaluation reaches it (`LazySchemaCompilation`): for a document
  /// `SchemaLazyCheck` allows (one that cannot fail to compile), nil for any other.
  static func compilingLazily(_ schema: Value, options: SchemaCompileOptions) -> CompiledSchema? {
    guard SchemaLazyCheck.allows(schema, draft: options.defaultDraft) else { return nil }
    let compiler = SchemaCompiler(options: options, loader: nil)
    let root = compiler.addUniformDocument(schema, uri: options.baseURI, draft: options.defaultDraft)
    let compilation = LazySchemaCompilation(compiler: compiler)
    return compilation.withCompiler { compilation.schema(root: root, in: $0) }
  }

  /// All errors of `instance` (empty when valid). A fast pass without error collection
  /// runs first; errors are only gathered for invalid instances.
  public func validate(_ instance: Value) -> [SchemaValidationError] {
    if isValid(instance) { return [] }
    var evaluator = SchemaEvaluator(schema: self, collect: true)
    var errors: [SchemaValidationError] = []
    var annotations = EvaluatedLocations()
    _ = evaluator.evaluate(root, instance, &errors, &annotations)
    return errors
  }

  /// Whether `instance` is valid (stops at the first failure).
  public func isValid(_ instance: Value) -> Bool {
    var evaluator = SchemaEvaluator(schema: self, collect: false)
    var errors: [SchemaValidationError] = []
    var annotations = EvaluatedLocations()
    return evaluator.evaluate(root, instance, &errors, &annotations)
  }

  /// Number of schema nodes (for a lazily compiled schema, those reached so far and their
  /// subschemas).
  public var nodeCount: Int { nodes.count }
}
