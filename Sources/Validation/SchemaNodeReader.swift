/// The nodes of a compiled schema as evaluation reads them: a node a lazily compiled schema
/// has not compiled yet is compiled on first read.
struct SchemaNodeReader {
  let table: SchemaNodeTable
  let lazy: LazySchemaCompilation?

  @inline(__always)
  subscript(index: Int) -> SchemaNode {
    let node = table[index]
    if node.isFilled { return node }
    return lazy?.fill(index) ?? node
  }
}
