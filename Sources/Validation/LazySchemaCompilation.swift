import Foundation

/// A schema compiled as evaluation reaches it: the compiler runs in lazy mode, its nodes are
/// appended empty, and the first evaluation to reach one compiles it here under this
/// object's lock (evaluations run concurrently; a filled node is published by its flag and
/// read without locking). Used for the schemas that cannot fail to compile: the bundled
/// Kubernetes kinds (`KubernetesKindSchemas`) and CRD schemas `SchemaLazyCheck` passes.
final class LazySchemaCompilation: @unchecked Sendable {  // reason: the compiler is only used with `lock` held
  private let lock = NSLock()
  private let compiler: SchemaCompiler

  /// Takes over `compiler` (put in lazy mode); use it only through `withCompiler` after.
  init(compiler: SchemaCompiler) {
    compiler.compilesLazily = true
    self.compiler = compiler
  }

  /// Runs `body` with the compiler, the lock held.
  func withCompiler<R, E: Error>(_ body: (SchemaCompiler) throws(E) -> R) throws(E) -> R {
    lock.lock()
    defer { lock.unlock() }
    return try body(compiler)
  }

  /// A compiled schema whose root is the schema at `root`, sharing this compilation's nodes.
  /// Lock held (inside `withCompiler`).
  func schema(root: SchemaCompiler.Location, in compiler: SchemaCompiler) -> CompiledSchema {
    let index = compiler.node(for: root)
    return CompiledSchema(
      nodes: compiler.nodes, root: index,
      resources: compiler.resources.map { SchemaResource(uri: $0.uri, dynamicAnchors: [:]) },
      tracksAnnotations: false, usesDynamicScope: false, lazy: self,
      helmErrorQuirks: compiler.options.helmErrorQuirks)
  }

  /// The node `index`, compiled first when no evaluation has reached it yet.
  func fill(_ index: Int) -> SchemaNode {
    lock.lock()
    defer { lock.unlock() }
    compiler.fill(index)
    return compiler.nodes[index]
  }
}
