/// What a member of a schema object holds, for `SchemaCompiler`'s indexing of identifiers
/// and anchors: found from the member's name by its length and a few compares, without
/// hashing the name into keyword sets.
enum SchemaIndexRole: Equatable {
  /// Data, never a schema (`enum`, `const`, `examples`, `default`, `required`): not indexed.
  case data
  /// A map of schemas (`properties`, `$defs`, `dependencies`...).
  case schemaMap
  /// A list of schemas (`allOf`, `anyOf`, `oneOf`, `prefixItems`).
  case schemaList
  /// One schema (`not`, `additionalProperties`, `if`...).
  case schema
  /// `items`: a list of schemas (drafts before 2020-12) or one schema.
  case schemaOrList
  /// Any other member: indexed as an unknown keyword (it may hold schemas reached by pointer).
  case unknown

  init(of name: String) {
    self = Self.role(of: name)
  }

  private static func role(of name: String) -> SchemaIndexRole {
    switch name.utf8.count {
    case 2: return name == "if" ? .schema : .unknown
    case 3: return name == "not" ? .schema : .unknown
    case 4:
      if name == "enum" { return .data }
      if name == "then" || name == "else" { return .schema }
      return .unknown
    case 5:
      if name == "const" { return .data }
      if name == "items" { return .schemaOrList }
      if name == "$defs" { return .schemaMap }
      if name == "allOf" || name == "anyOf" || name == "oneOf" { return .schemaList }
      return .unknown
    case 7: return name == "default" ? .data : .unknown
    case 8:
      if name == "examples" || name == "required" { return .data }
      if name == "contains" { return .schema }
      return .unknown
    case 10: return name == "properties" ? .schemaMap : .unknown
    case 11:
      if name == "definitions" { return .schemaMap }
      if name == "prefixItems" { return .schemaList }
      return .unknown
    case 12: return name == "dependencies" ? .schemaMap : .unknown
    case 13: return name == "propertyNames" || name == "contentSchema" ? .schema : .unknown
    case 15: return name == "additionalItems" ? .schema : .unknown
    case 16:
      if name == "dependentSchemas" { return .schemaMap }
      if name == "unevaluatedItems" { return .schema }
      return .unknown
    case 17: return name == "patternProperties" ? .schemaMap : .unknown
    case 20: return name == "additionalProperties" ? .schema : .unknown
    case 21: return name == "unevaluatedProperties" ? .schema : .unknown
    default: return .unknown
    }
  }
}
