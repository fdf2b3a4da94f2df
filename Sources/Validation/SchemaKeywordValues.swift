import Values

/// The values of the keywords `SchemaCompiler` reads from one schema object, found in one
/// pass over the object's members rather than one hash lookup per keyword the compiler
/// knows (a schema object holds a few of the forty); each member's name is matched by its
/// length and a few compares, never hashed.
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

  /// The keyword spelled `name`, nil for any other member: the candidates of the name's
  /// length compared in turn (no hashing of the name).
  static func keyword(named name: String) -> Keyword? {
    switch name.utf8.count {
    case 2:
      if name == "if" { return .ifSchema }
      return nil
    case 3:
      if name == "not" { return .notSchema }
      return nil
    case 4:
      if name == "$ref" { return .ref }
      if name == "else" { return .elseSchema }
      if name == "enum" { return .enumValues }
      if name == "then" { return .thenSchema }
      if name == "type" { return .type }
      return nil
    case 5:
      if name == "const" { return .const }
      if name == "items" { return .items }
      if name == "allOf" { return .allOf }
      if name == "anyOf" { return .anyOf }
      if name == "oneOf" { return .oneOf }
      return nil
    case 6:
      if name == "format" { return .format }
      return nil
    case 7:
      if name == "maximum" { return .maximum }
      if name == "minimum" { return .minimum }
      if name == "pattern" { return .pattern }
      return nil
    case 8:
      if name == "contains" { return .contains }
      if name == "maxItems" { return .maxItems }
      if name == "minItems" { return .minItems }
      if name == "nullable" { return .nullable }
      if name == "required" { return .required }
      return nil
    case 9:
      if name == "maxLength" { return .maxLength }
      if name == "minLength" { return .minLength }
      return nil
    case 10:
      if name == "multipleOf" { return .multipleOf }
      if name == "properties" { return .properties }
      return nil
    case 11:
      if name == "$dynamicRef" { return .dynamicRef }
      if name == "maxContains" { return .maxContains }
      if name == "minContains" { return .minContains }
      if name == "prefixItems" { return .prefixItems }
      if name == "uniqueItems" { return .uniqueItems }
      return nil
    case 12:
      if name == "dependencies" { return .dependencies }
      return nil
    case 13:
      if name == "$recursiveRef" { return .recursiveRef }
      if name == "maxProperties" { return .maxProperties }
      if name == "minProperties" { return .minProperties }
      if name == "propertyNames" { return .propertyNames }
      return nil
    case 15:
      if name == "additionalItems" { return .additionalItems }
      return nil
    case 16:
      if name == "dependentSchemas" { return .dependentSchemas }
      if name == "exclusiveMaximum" { return .exclusiveMaximum }
      if name == "exclusiveMinimum" { return .exclusiveMinimum }
      if name == "unevaluatedItems" { return .unevaluatedItems }
      return nil
    case 17:
      if name == "dependentRequired" { return .dependentRequired }
      if name == "patternProperties" { return .patternProperties }
      return nil
    case 20:
      if name == "additionalProperties" { return .additionalProperties }
      return nil
    case 21:
      if name == "unevaluatedProperties" { return .unevaluatedProperties }
      return nil
    case 26:
      if name == "x-kubernetes-int-or-string" { return .kubernetesIntOrString }
      return nil
    case 36:
      if name == "x-kubernetes-preserve-unknown-fields" { return .kubernetesPreserveUnknownFields }
      return nil
    default:
      return nil
    }
  }

  /// By `Keyword.rawValue` (46 keywords): 0 when the keyword is absent, else its value's
  /// place in `values` plus one. An absent keyword is answered without copying a value.
  private var places = InlineArray<46, UInt8>(repeating: 0)
  /// The values of the keywords present, in the order met.
  private var values: [Value] = []

  init(_ schema: GoMap) {
    for (name, value) in schema.storage {
      guard let keyword = Self.keyword(named: name) else { continue }
      if places[keyword.rawValue] != 0 {
        values[Int(places[keyword.rawValue]) - 1] = value
      } else {
        if values.isEmpty { values.reserveCapacity(schema.storage.count) }
        values.append(value)
        places[keyword.rawValue] = UInt8(values.count)
      }
    }
  }

  /// The keyword's value in the schema object (nil when absent), as `schema[name]` gives it.
  subscript(_ keyword: Keyword) -> Value? {
    let place = places[keyword.rawValue]
    return place == 0 ? nil : values[Int(place) - 1]
  }
}
