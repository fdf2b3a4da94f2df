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

  /// Compiles schema text (JSON).
  public static func compile(text: String) throws -> CompiledSchema {
    try CompiledSchema(try SchemaJSON.parse(text), options: options)
  }

  /// Validates `values` and returns the chart's section of Helm's message, or nil if valid.
  public static func section(chartName: String, schema: CompiledSchema, values: Value) -> String? {
    let errors = schema.validate(values)
    if errors.isEmpty { return nil }
    return HelmSchemaErrorFormatter.chartSection(chartName: chartName, errors: errors)
  }
}
