import Values

/// A chart's `values.schema.json` compiled the way Helm v4 does: the `$schema` picks the
/// draft (default 2020-12), `format` asserts only for drafts 4–7, no Kubernetes extensions,
/// and jsonschema v6's error paths.
public enum HelmValuesSchema {
  /// Helm's compile options.
  public static var options: SchemaCompileOptions {
    var o = SchemaCompileOptions(
      defaultDraft: .draft2020_12, assertFormat: nil, strict: false, kubernetesExtensions: false,
      baseURI: "file:///values.schema.json")
    o.helmItemPathQuirk = true
    return o
  }

  /// Compiles a decoded schema.
  public static func compile(_ schema: Value) throws(SchemaCompileError) -> CompiledSchema {
    try CompiledSchema(schema, options: options)
  }

  /// Why a chart's schema could not be used; `message` is what Helm prints under the chart
  /// name (`EOF` for an empty file, `json-pointer in "file:///values.schema.json#/x" not found`).
  public struct LoadError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
  }

  /// Compiles `values.schema.json` text as Helm does.
  public static func compile(text: String) throws(LoadError) -> CompiledSchema {
    if text.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) { throw LoadError(message: "EOF") }
    let value: Value
    do { value = try SchemaJSON.parse(text) } catch { throw LoadError(message: error.description) }
    do { return try CompiledSchema(value, options: options) } catch { throw LoadError(message: error.message) }
  }

  /// Helm's section for a chart whose schema failed to load: `<chart>:\n<message>\n`.
  public static func section(chartName: String, loadError: LoadError) -> String {
    "\(chartName):\n\(loadError.message)\n"
  }

  /// Helm's section for a subchart whose values are not a map (helm-behaviour.md §2).
  public static func section(chartName: String, nonMapValues value: Value) -> String {
    "\(chartName):\ninvalid type for values: expected object (map), got \(value.goTypeName)\n"
  }

  /// Validates `values` and returns the chart's section of Helm's message, or nil if valid.
  public static func section(chartName: String, schema: CompiledSchema, values: Value) -> String? {
    let errors = schema.validate(values)
    if errors.isEmpty { return nil }
    return HelmSchemaErrorFormatter.chartSection(chartName: chartName, errors: errors)
  }
}
