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

  /// Keywords whose presence in a schema sends it to a whole compilation.
  private static let refused: Set<String> = [
    "$ref", "$dynamicRef", "$recursiveRef", "$id", "$anchor", "$dynamicAnchor", "$recursiveAnchor",
    "$vocabulary", "unevaluatedProperties", "unevaluatedItems",
  ]
  private static let numbers: Set<String> = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"]
  private static let counts: Set<String> = [
    "minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties", "minContains",
    "maxContains",
  ]
  /// Keywords whose value is one schema.
  private static let subschema: Set<String> = [
    "additionalProperties", "additionalItems", "contains", "propertyNames", "not", "if", "then", "else",
  ]
  /// Keywords whose value maps names to schemas.
  private static let subschemaMaps: Set<String> = [
    "properties", "patternProperties", "dependentSchemas", "dependencies", "$defs", "definitions",
  ]
  /// Keywords whose value is a list of schemas.
  private static let subschemaLists: Set<String> = ["allOf", "anyOf", "oneOf", "prefixItems"]

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
      guard keywordIsSound(key, v) else { return false }
      if subschema.contains(key) {
        guard walk(v, draft: draft, depth: depth + 1) else { return false }
      } else if subschemaMaps.contains(key) {
        guard case .map(let m) = v else { continue }
        for sub in m.storage.values where sub.jsonArray == nil {
          guard walk(sub, draft: draft, depth: depth + 1) else { return false }
        }
      } else if subschemaLists.contains(key) || key == "items" {
        for sub in v.jsonArray ?? (key == "items" ? [v] : []) {
          guard walk(sub, draft: draft, depth: depth + 1) else { return false }
        }
      }
    }
    return true
  }

  /// Whether the member `key: v` of an object, read as a schema keyword, compiles.
  private static func keywordIsSound(_ key: String, _ v: Value) -> Bool {
    if refused.contains(key) { return false }
    switch key {
    case "type":
      let names = v.jsonArray ?? [v]
      return names.allSatisfy { $0.stringValue.flatMap(JSONType.init(rawValue:)) != nil }
    case "enum", "required":
      return v.jsonArray != nil
    case "multipleOf":
      guard let n = v.jsonNumber else { return false }
      return n.double > 0
    case "pattern":
      guard let s = v.stringValue else { return false }
      return SchemaRegex(s) != nil
    case "items":
      if let list = v.jsonArray { return list.allSatisfy(isSchema) }
      return isSchema(v)
    case "dependencies":
      guard case .map(let m) = v else { return true }
      return m.storage.values.allSatisfy { $0.jsonArray != nil || isSchema($0) }
    default:
      break
    }
    if numbers.contains(key) { return v.jsonNumber != nil }
    if counts.contains(key) {
      guard let n = v.jsonNumber else { return false }
      return n.isIntegral && n.double >= 0
    }
    if subschema.contains(key) { return isSchema(v) }
    if subschemaMaps.contains(key) {
      guard case .map(let m) = v else { return true }
      if key == "patternProperties", m.storage.keys.contains(where: { SchemaRegex($0) == nil }) {
        return false
      }
      return m.storage.values.allSatisfy(isSchema)
    }
    if subschemaLists.contains(key) {
      guard let list = v.jsonArray else { return true }
      return list.allSatisfy(isSchema)
    }
    return true
  }
}
