import GoLib
import Synchronization
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
    o.helmErrorQuirks = true
    return o
  }

  /// Compiles a decoded schema (without the metaschema check `compile(text:)` makes).
  public static func compile(_ schema: Value) throws(SchemaCompileError) -> CompiledSchema {
    try CompiledSchema(schema, options: options)
  }

  /// Why a chart's schema could not be used; `message` is what Helm prints under the chart
  /// name (`EOF` for an empty file, `json-pointer in "file:///values.schema.json#/x" not found`).
  public struct LoadError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public var description: String { message }
  }

  /// Compiles `values.schema.json` text as Helm does: empty text is `EOF`, then the schema
  /// is checked against its metaschema, then compiled.
  public static func compile(text: String) throws(LoadError) -> CompiledSchema {
    if text.allSatisfy({ $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }) {
      throw LoadError(message: "EOF")
    }
    let value: Value
    do { value = try SchemaJSON.parse(text) } catch {
      // Helm reads the schema with a json.Decoder: Go's syntax error words
      do { _ = try GoJSON.decode(text) } catch {
        let message = "\(error)"
        throw LoadError(message: message == "unexpected end of JSON input" ? "unexpected EOF" : message)
      }
      throw LoadError(message: error.description)
    }
    if let uri = value.mapValue?["$schema"]?.stringValue, JSONSchemaDraft(metaschemaURI: uri) == nil {
      // Helm would download an unknown metaschema; chartc never downloads
      var u = uri
      if u.hasSuffix("#") { u.removeLast() }
      throw LoadError(message: "failing loading \"\(u)\": chartc does not download schemas")
    }
    if let failure = metaschemaFailure(value) { throw LoadError(message: failure) }
    do { return try CompiledSchema(value, options: options) } catch {
      throw LoadError(message: error.message)
    }
  }

  /// The dialect a schema declares (Helm's default: 2020-12).
  static func draft(of schema: Value) -> JSONSchemaDraft {
    if let s = schema.mapValue?["$schema"]?.stringValue, let d = JSONSchemaDraft(metaschemaURI: s) {
      return d
    }
    return .draft2020_12
  }

  /// The metaschema URI of a draft as jsonschema v6 names it in messages.
  static func metaschemaURI(_ draft: JSONSchemaDraft) -> String {
    switch draft {
    case .draft4: return "http://json-schema.org/draft-04/schema#"
    case .draft6: return "http://json-schema.org/draft-06/schema#"
    case .draft7: return "http://json-schema.org/draft-07/schema#"
    case .draft2019_09: return "https://json-schema.org/draft/2019-09/schema#"
    case .draft2020_12: return "https://json-schema.org/draft/2020-12/schema#"
    }
  }

  /// The bundled metaschemas, each compiled the first time a schema declares its draft
  /// (formats asserted, as v6 checks schemas), then kept for the process.
  private static let metaschemas = Mutex<[JSONSchemaDraft: CompiledSchema?]>([:])

  static func metaschema(for draft: JSONSchemaDraft) -> CompiledSchema? {
    if let known = metaschemas.withLock({ $0[draft] }) { return known }
    let compiled = PrecompiledMetaschemas.schema(for: draft) ?? compileMetaschema(draft)
    metaschemas.withLock { $0[draft] = .some(compiled) }
    return compiled
  }

  /// A draft's metaschema compiled from its bundled documents (what `PrecompiledMetaschemas`
  /// holds built, and how it is made).
  static func compileMetaschema(_ draft: JSONSchemaDraft) -> CompiledSchema? {
    let uri = metaschemaURI(draft)
    guard let doc = BundledMetaschemas.document(at: uri) else { return nil }
    var o = SchemaCompileOptions(
      defaultDraft: draft, assertFormat: true, strict: false, kubernetesExtensions: false,
      baseURI: String(uri.dropLast()))
    o.helmErrorQuirks = true
    return try? CompiledSchema(doc, options: o)
  }

  /// jsonschema v6 checks a schema against its metaschema before using it; the message
  /// Helm prints when that fails, or nil.
  static func metaschemaFailure(_ schema: Value) -> String? {
    let draft = draft(of: schema)
    guard let meta = metaschema(for: draft) else { return nil }
    let errors = meta.validate(schema)
    if errors.isEmpty { return nil }
    var lines = HelmSchemaErrorFormatter.lines(errors)
    if lines.hasSuffix("\n") { lines.removeLast() }
    return
      "\"file:///values.schema.json#\" is not valid against metaschema: jsonschema validation failed with '\(metaschemaURI(draft))'\n"
      + lines
  }

  /// Helm's section for a chart whose schema failed to load: `<chart>:\n<message>` (no
  /// final newline, unlike a validation section).
  public static func section(chartName: String, loadError: LoadError) -> String {
    "\(chartName):\n\(loadError.message)"
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
