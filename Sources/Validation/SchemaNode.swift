import Synchronization
import Values

/// One compiled schema object: its keywords with every subschema and reference replaced by
/// an index into `CompiledSchema.nodes`. Built once by `SchemaCompiler`, never mutated after
/// it is marked filled; a class so evaluation does not copy its fields.
final class SchemaNode: @unchecked Sendable {  // reason: filled in by SchemaCompiler, never mutated after `filled` is set
  /// Set (releasing) once every field is filled in. A lazily compiled schema's nodes are
  /// appended empty and filled when evaluation first reaches them; readers check it
  /// (acquiring) before reading any other field.
  private let filledFlag = Atomic<Bool>(false)

  /// Whether the node's fields are filled in and may be read.
  @inline(__always)
  var isFilled: Bool { filledFlag.load(ordering: .acquiring) }

  /// Publishes the fields written so far: after this, the node is never mutated.
  func markFilled() { filledFlag.store(true, ordering: .releasing) }

  /// `true`/`false` boolean schema, or nil for an object schema.
  var boolean: Bool?
  /// Absolute location of the schema (URI with JSON pointer fragment), for messages:
  /// `locationPrefix` (the document's URI and `#`, shared by its nodes) then
  /// `locationPointer`, joined only when a message needs it.
  var location: String { locationPrefix + locationPointer }
  var locationPrefix = ""
  var locationPointer = ""
  /// Index of the schema resource this node belongs to (dynamic scope).
  var resource: Int = 0

  var ref: Int?
  var dynamicRef: DynamicRef?

  var types: [JSONType]?
  var nullable = false
  var intOrString = false

  var enumValues: [Value]?
  var constValue: Value?
  var hasConst = false

  var multipleOf: JSONNumber?
  var minimum: JSONNumber?
  var maximum: JSONNumber?
  var exclusiveMinimum: JSONNumber?
  var exclusiveMaximum: JSONNumber?

  var minLength: Int?
  var maxLength: Int?
  var pattern: SchemaRegex?
  var format: String?
  var assertFormat = false

  var minItems: Int?
  var maxItems: Int?
  var uniqueItems = false
  var prefixItems: [Int] = []
  var items: Int?
  /// Keyword name that `items` came from (`items` or `additionalItems`), for messages.
  var itemsKeyword = "items"
  var contains: Int?
  var minContains: Int?
  var maxContains: Int?

  var minProperties: Int?
  var maxProperties: Int?
  var required: [String] = []
  var properties: [String: Int] = [:]
  var patternProperties: [(SchemaRegex, Int)] = []
  var additionalProperties: Int?
  var propertyNames: Int?
  var dependentRequired: [(String, [String])] = []
  var dependentSchemas: [(String, Int)] = []

  var allOf: [Int] = []
  var anyOf: [Int] = []
  var oneOf: [Int] = []
  var not: Int?
  var ifSchema: Int?
  var thenSchema: Int?
  var elseSchema: Int?

  var unevaluatedProperties: Int?
  var unevaluatedItems: Int?
}

/// A `$dynamicRef` (or 2019-09 `$recursiveRef`): the statically resolved target, and the
/// dynamic anchor name to look up in the dynamic scope when the target declares it.
struct DynamicRef: Sendable {
  var target: Int
  var anchor: String?
}

/// A schema resource (a document root or a subschema with `$id`) and its dynamic anchors.
struct SchemaResource: Sendable {
  var uri: String
  var dynamicAnchors: [String: Int]
}
