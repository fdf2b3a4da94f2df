import Values

/// Whether a schema may be compiled lazily (`LazySchemaCompilation`) with the outcome of
/// compiling it whole: no schema in it needs indexing (identifiers, anchors, dialects), none
/// holds a reference or an `unevaluated…` keyword, and none holds a keyword value the compiler
/// would refuse. Every place the compiler reads a subschema from, in any draft, is checked
/// (more than draft 2020-12 compiles), so a schema that fails here is compiled whole, as
/// before, and reports its compile error as before.
enum SchemaLazyCheck {
  /// Whether `schema` (a document's root, compiled under `draft`) qualifies. A `$schema`
  /// that names `draft` itself changes nothing and is allowed.
  static func allows(_ schema: Value, draft: JSONSchemaDraft) -> Bool {
    walk(schema, draft: draft, depth: 0)
  }

  /// What a keyword asks of its value, for the keywords whose value the compiler checks or
  /// reads subschemas from; any other member compiles whatever its value.
  private enum Role {
    /// Sends the schema to a whole compilation.
    case refused
    case type
    /// A list (`enum`, `required`).
    case list
    case multipleOf, pattern, items, dependencies
    /// A number (`minimum`…).
    case number
    /// A count: a whole number, not negative (`minLength`…).
    case count
    /// One schema.
    case subschema
    /// Names mapped to schemas.
    case subschemaMap
    /// A list of schemas.
    case subschemaList
  }

  /// Every keyword with a role, looked up once per member.
  private static let roles: [String: Role] = {
    var roles: [String: Role] = [
      "type": .type, "enum": .list, "required": .list, "multipleOf": .multipleOf, "pattern": .pattern,
      "items": .items, "dependencies": .dependencies,
    ]
    for key in [
      "$ref", "$dynamicRef", "$recursiveRef", "$id", "$anchor", "$dynamicAnchor", "$recursiveAnchor",
      "$vocabulary", "unevaluatedProperties", "unevaluatedItems",
    ] { roles[key] = .refused }
    for key in ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] { roles[key] = .number }
    for key in [
      "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "minContains",
      "maxContains",
    ] { roles[key] = .count }
    for key in [
      "additionalProperties", "additionalItems", "contains", "propertyNames", "not", "if", "then", "else",
    ] {
      roles[key] = .subschema
    }
    for key in ["properties", "patternProperties", "dependentSchemas", "$defs", "definitions"] {
      roles[key] = .subschemaMap
    }
    for key in ["allOf", "anyOf", "oneOf", "prefixItems"] { roles[key] = .subschemaList }
    return roles
  }()

  private static func isSchema(_ v: Value) -> Bool {
    switch v {
    case .map, .bool: return true
    default: return false
    }
  }

  /// Whether the schema `value` and every subschema in it qualify.
  private static func walk(_ value: Value, draft: JSONSchemaDraft, depth: Int) -> Bool {
    guard depth < 512 else { return false }
    guard case .map(let map) = value else {
      if case .bool = value { return true }
      return false
    }
    for (key, v) in map.storage {
      if key == "$schema" {
        guard let uri = v.stringValue, JSONSchemaDraft(metaschemaURI: uri) == draft else { return false }
        continue
      }
      guard let role = roles[key] else { continue }
      guard isSound(role, key, v) else { return false }
      switch role {
      case .subschema:
        guard walk(v, draft: draft, depth: depth + 1) else { return false }
      case .subschemaMap, .dependencies:
        guard case .map(let m) = v else { continue }
        for sub in m.storage.values where sub.jsonArray == nil {
          guard walk(sub, draft: draft, depth: depth + 1) else { return false }
        }
      case .subschemaList, .items:
        for sub in v.jsonArray ?? (role == .items ? [v] : []) {
          guard walk(sub, draft: draft, depth: depth + 1) else { return false }
        }
      default:
        break
      }
    }
    return true
  }

  /// Whether the member `key: v` of an object, a keyword with `role`, compiles.
  private static func isSound(_ role: Role, _ key: String, _ v: Value) -> Bool {
    switch role {
    case .refused:
      return false
    case .type:
      let names = v.jsonArray ?? [v]
      return names.allSatisfy { $0.stringValue.flatMap(JSONType.init(rawValue:)) != nil }
    case .list:
      return v.jsonArray != nil
    case .multipleOf:
      guard let n = v.jsonNumber else { return false }
      return n.double > 0
    case .pattern:
      guard let s = v.stringValue else { return false }
      return SchemaRegex(s) != nil
    case .items:
      if let list = v.jsonArray { return list.allSatisfy(isSchema) }
      return isSchema(v)
    case .dependencies:
      guard case .map(let m) = v else { return true }
      return m.storage.values.allSatisfy { $0.jsonArray != nil || isSchema($0) }
    case .number:
      return v.jsonNumber != nil
    case .count:
      guard let n = v.jsonNumber else { return false }
      return n.isIntegral && n.double >= 0
    case .subschema:
      return isSchema(v)
    case .subschemaMap:
      guard case .map(let m) = v else { return true }
      if key == "patternProperties", m.storage.keys.contains(where: { SchemaRegex($0) == nil }) {
        return false
      }
      return m.storage.values.allSatisfy(isSchema)
    case .subschemaList:
      guard let list = v.jsonArray else { return true }
      return list.allSatisfy(isSchema)
    }
  }
}
