import Synchronization
import Values

/// One compiled schema object: its keywords with every subschema and reference replaced by
/// an index into `CompiledSchema.nodes`. Built once by `SchemaCompiler`, never mutated after
/// it is marked filled; a class so evaluation does not copy its fields.
///
/// Its fields are exempt from run-time exclusivity checks: written only while the node is
/// built, before `markFilled`, and only read afterwards, so no access can overlap a
/// modification. Each read of a class's stored property is otherwise a call into the
/// runtime's access set (58,500 of them checking traefik's schema against its metaschema,
/// 3.5% of its cold render).
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
  @exclusivity(unchecked) var boolean: Bool?
  /// Absolute location of the schema (URI with JSON pointer fragment), for messages:
  /// `locationPrefix` (the document's URI and `#`, shared by its nodes) then
  /// `locationPointer`, joined only when a message needs it.
  var location: String { locationPrefix + locationPointer }
  @exclusivity(unchecked) var locationPrefix = ""
  @exclusivity(unchecked) var locationPointer = ""
  /// Index of the schema resource this node belongs to (dynamic scope).
  @exclusivity(unchecked) var resource: Int = 0

  @exclusivity(unchecked) var ref: Int?
  @exclusivity(unchecked) var dynamicRef: DynamicRef?

  @exclusivity(unchecked) var types: [JSONType]?
  @exclusivity(unchecked) var nullable = false
  @exclusivity(unchecked) var intOrString = false

  @exclusivity(unchecked) var enumValues: [Value]?
  @exclusivity(unchecked) var constValue: Value?
  @exclusivity(unchecked) var hasConst = false

  @exclusivity(unchecked) var multipleOf: JSONNumber?
  @exclusivity(unchecked) var minimum: JSONNumber?
  @exclusivity(unchecked) var maximum: JSONNumber?
  @exclusivity(unchecked) var exclusiveMinimum: JSONNumber?
  @exclusivity(unchecked) var exclusiveMaximum: JSONNumber?

  @exclusivity(unchecked) var minLength: Int?
  @exclusivity(unchecked) var maxLength: Int?
  @exclusivity(unchecked) var pattern: SchemaRegex?
  @exclusivity(unchecked) var format: String?
  @exclusivity(unchecked) var assertFormat = false

  @exclusivity(unchecked) var minItems: Int?
  @exclusivity(unchecked) var maxItems: Int?
  @exclusivity(unchecked) var uniqueItems = false
  @exclusivity(unchecked) var prefixItems: [Int] = []
  @exclusivity(unchecked) var items: Int?
  /// Keyword name that `items` came from (`items` or `additionalItems`), for messages.
  @exclusivity(unchecked) var itemsKeyword = "items"
  @exclusivity(unchecked) var contains: Int?
  @exclusivity(unchecked) var minContains: Int?
  @exclusivity(unchecked) var maxContains: Int?

  @exclusivity(unchecked) var minProperties: Int?
  @exclusivity(unchecked) var maxProperties: Int?
  @exclusivity(unchecked) var required: [String] = []
  @exclusivity(unchecked) var properties = SchemaPropertyTable()
  @exclusivity(unchecked) var patternProperties: [(SchemaRegex, Int)] = []
  @exclusivity(unchecked) var additionalProperties: Int?
  @exclusivity(unchecked) var propertyNames: Int?
  @exclusivity(unchecked) var dependentRequired: [(String, [String])] = []
  @exclusivity(unchecked) var dependentSchemas: [(String, Int)] = []

  @exclusivity(unchecked) var allOf: [Int] = []
  @exclusivity(unchecked) var anyOf: [Int] = []
  @exclusivity(unchecked) var oneOf: [Int] = []
  @exclusivity(unchecked) var not: Int?
  @exclusivity(unchecked) var ifSchema: Int?
  @exclusivity(unchecked) var thenSchema: Int?
  @exclusivity(unchecked) var elseSchema: Int?

  @exclusivity(unchecked) var unevaluatedProperties: Int?
  @exclusivity(unchecked) var unevaluatedItems: Int?
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
