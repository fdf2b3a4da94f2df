import Template
import Values

/// An execution context for calling function bodies directly: no templates to run.
final class NoEngine: ExecutionContext {
  struct NoTemplates: Error {}
  func executeTemplate(named name: String, data: Value) throws -> String { throw NoTemplates() }
  func executeText(_ text: String, named name: String, data: Value) throws -> String { throw NoTemplates() }
}
