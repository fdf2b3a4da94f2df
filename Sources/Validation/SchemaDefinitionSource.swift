/// Supplies a uniform schema document's definitions on demand: `SchemaCompiler` tells it
/// where a reference points before resolving the reference, and it adds the definition
/// there to the document if it holds it (the bundled Kubernetes definitions, parsed only
/// when a compiled node first refers to them).
protocol SchemaDefinitionSource: AnyObject {
  /// Makes the schema at `pointer` (a JSON pointer into the document, `/$defs/<name>...`)
  /// present in the document when the source has it.
  func prepare(pointer: String)
}
