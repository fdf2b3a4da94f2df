/// One reason an instance does not match a schema.
///
/// `message` uses the wording of santhosh-tekuri/jsonschema v6 (the library Helm uses), so
/// Helm's values-schema report can be produced from it; `causes` holds the failures of the
/// branches of `anyOf`/`oneOf`/`allOf`/`not`/`if`.
public struct SchemaValidationError: Sendable, Equatable, CustomStringConvertible {
  /// JSON pointer to the failing instance value (`""` for the root).
  public var instancePath: String
  /// The keyword that failed (`type`, `required`, `additionalProperties`, ...).
  public var keyword: String
  /// Absolute location of the schema holding the keyword.
  public var schemaLocation: String
  /// What went wrong, e.g. `got string, want integer`.
  public var message: String
  /// Nested failures for combinators.
  public var causes: [SchemaValidationError] = []

  public var description: String { "at '\(instancePath)': \(message)" }
}
