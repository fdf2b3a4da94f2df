import Values

/// The values of the keywords `SchemaCompiler` reads from one schema object, found in one
/// pass over the object's members rather than one hash lookup per keyword the compiler
/// knows (a schema object holds a few of the forty).
struct SchemaKeywordValues {
  /// Every keyword the compiler reads (`Keyword.names` spells them).
  enum Keyword: Int, CaseIterable {
    case dynamicRef
    case recursiveRef
    case ref
    case additionalItems
    case additionalProperties
    case const
    case contains
    case dependencies
    case dependentRequired
    case dependentSchemas
    case elseSchema
    case enumValues
    case exclusiveMaximum
    case exclusiveMinimum
    case format
    case ifSchema
    case items
    case maxContains
    case maxItems
    case maxLength
    case maxProperties
    case maximum
    case minContains
    case minItems
    case minLength
    case minProperties
    case minimum
    case multipleOf
    case notSchema
    case nullable
    case pattern
    case patternProperties
    case prefixItems
    case properties
    case propertyNames
    case required
    case thenSchema
    case type
    case unevaluatedItems
    case unevaluatedProperties
    case uniqueItems
    case kubernetesIntOrString
    case kubernetesPreserveUnknownFields
    case allOf
    case anyOf
    case oneOf
  }

  /// Each keyword as written in a schema, in the order of `Keyword`.
  static let names: [String] = [
    "$dynamicRef",
    "$recursiveRef",
    "$ref",
    "additionalItems",
    "additionalProperties",
    "const",
    "contains",
    "dependencies",
    "dependentRequired",
    "dependentSchemas",
    "else",
    "enum",
    "exclusiveMaximum",
    "exclusiveMinimum",
    "format",
    "if",
    "items",
    "maxContains",
    "maxItems",
    "maxLength",
    "maxProperties",
    "maximum",
    "minContains",
    "minItems",
    "minLength",
    "minProperties",
    "minimum",
    "multipleOf",
    "not",
    "nullable",
    "pattern",
    "patternProperties",
    "prefixItems",
    "properties",
    "propertyNames",
    "required",
    "then",
    "type",
    "unevaluatedItems",
    "unevaluatedProperties",
    "uniqueItems",
    "x-kubernetes-int-or-string",
    "x-kubernetes-preserve-unknown-fields",
    "allOf",
    "anyOf",
    "oneOf",
  ]

  private static let slotOfName: [String: Int] = Dictionary(
    uniqueKeysWithValues: names.enumerated().map { ($1, $0) })

  private var slots: [Value?]

  init(_ schema: GoMap) {
    slots = [Value?](repeating: nil, count: Self.names.count)
    for (name, value) in schema.storage {
      if let slot = Self.slotOfName[name] { slots[slot] = value }
    }
  }

  /// The keyword's value in the schema object (nil when absent), as `schema[name]` gives it.
  subscript(_ keyword: Keyword) -> Value? { slots[keyword.rawValue] }
}
