import Values

/// A JSON Schema dialect, chosen by `$schema` or by the caller's default.
public enum JSONSchemaDraft: Int, Sendable, Comparable, CaseIterable {
  case draft4 = 4
  case draft6 = 6
  case draft7 = 7
  case draft2019_09 = 2019
  case draft2020_12 = 2020

  public static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }

  /// The dialect named by a `$schema` URI, or nil when unknown.
  public init?(metaschemaURI uri: String) {
    switch Self.comparableURI(uri) {
    case "http://json-schema.org/draft-04/schema": self = .draft4
    case "http://json-schema.org/draft-06/schema": self = .draft6
    case "http://json-schema.org/draft-07/schema": self = .draft7
    case "http://json-schema.org/draft/2019-09/schema": self = .draft2019_09
    case "http://json-schema.org/draft/2020-12/schema": self = .draft2020_12
    // jsonschema v6 (Helm's validator) reads the unversioned URI as its latest draft.
    case "http://json-schema.org/schema": self = .draft2020_12
    default: return nil
    }
  }

  /// A metaschema URI as the drafts are looked up: without a final `#`, `https` read as
  /// `http`. (String + String: appending a Substring looks its conformances up at run time, a
  /// scan of the binary's conformance table at first use.)
  static func comparableURI(_ uri: String) -> String {
    var u = uri
    if u.hasSuffix("#") { u.removeLast() }
    if u.hasPrefix("https://") { u = "http://" + String(u.dropFirst(8)) }
    return u
  }

  /// `id` in draft 4, `$id` later.
  var idKeyword: String { self == .draft4 ? "id" : "$id" }
  /// Whether `$ref` hides its sibling keywords (drafts 4 to 7).
  var refOverridesSiblings: Bool { self <= .draft7 }
  /// Whether `format` is an assertion by default (jsonschema v6 as Helm uses it: drafts 4 to 7).
  var assertsFormatByDefault: Bool { self <= .draft7 }
}

/// How a schema is compiled.
public struct SchemaCompileOptions: Sendable {
  /// The dialect used when a schema has no (known) `$schema`. Helm: 2020-12.
  public var defaultDraft: JSONSchemaDraft
  /// Assert `format`: nil follows the draft (4–7 assert, 2019-09/2020-12 annotate).
  public var assertFormat: Bool?
  /// Refuse unknown properties: every object schema with `properties` and no
  /// `additionalProperties` behaves as if it had `additionalProperties: false`
  /// (kubeconform/kubernetes-validate "strict"), except where
  /// `x-kubernetes-preserve-unknown-fields` is true.
  public var strict: Bool
  /// Honour Kubernetes extensions (`x-kubernetes-int-or-string`,
  /// `x-kubernetes-preserve-unknown-fields`, `nullable`).
  public var kubernetesExtensions: Bool
  /// The URI of the root document when it has no `$id`.
  public var baseURI: String
  /// Reproduce jsonschema v6 (Helm) error reports: items after `prefixItems`/an `items`
  /// array are numbered from 0 after the prefix (`/a/0` for the item at index 1),
  /// `propertyNames` errors are placed at `''`, and a failed `type` hides the other
  /// keywords of its schema.
  public var helmErrorQuirks: Bool = false

  public init(
    defaultDraft: JSONSchemaDraft = .draft2020_12, assertFormat: Bool? = nil, strict: Bool = false,
    kubernetesExtensions: Bool = true, baseURI: String = "file:///schema.json"
  ) {
    self.defaultDraft = defaultDraft
    self.assertFormat = assertFormat
    self.strict = strict
    self.kubernetesExtensions = kubernetesExtensions
    self.baseURI = baseURI
  }
}

/// Supplies documents for `$ref`s to URIs outside the schema being compiled
/// (no network access is ever made).
public protocol SchemaDocumentLoader: Sendable {
  /// The JSON document at `uri` (without fragment), or nil when unknown.
  func document(at uri: String) -> Value?
}

/// A fixed set of documents keyed by URI.
public struct StaticSchemaDocuments: SchemaDocumentLoader {
  public var documents: [String: Value]
  public init(_ documents: [String: Value] = [:]) { self.documents = documents }
  public func document(at uri: String) -> Value? {
    if let d = documents[uri] { return d }
    if uri.hasSuffix("#") { return documents[String(uri.dropLast())] }
    return nil
  }
}
