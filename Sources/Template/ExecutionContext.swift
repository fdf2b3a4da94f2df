import Values

/// What a function may ask of the engine that is running it. The template executor
/// implements it; Helm's `include` and `tpl` are built on it.
public protocol ExecutionContext: AnyObject {
  /// Runs the named template with `data` as dot and returns its output
  /// (Go's `ExecuteTemplate`), with Helm's per-name recursion limit applied by the caller.
  func executeTemplate(named name: String, data: Value) throws -> String
  /// Parses `text` as a new template named `name` that sees the current set's definitions
  /// (definitions it makes stay private) and runs it with `data` as dot. Parsed text is
  /// cached by content.
  func executeText(_ text: String, named name: String, data: Value) throws -> String
}
