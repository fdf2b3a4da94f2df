// swift-format-ignore-file
// Generated from BundledMetaschemas by CompiledSchemaSource (PrecompiledMetaschemaTests
// compares it with a fresh compilation; CHARTC_WRITE_PRECOMPILED=1 rewrites it). Do not edit.
import Values

/// The bundled metaschemas as built tables (`CompiledSchemaSource`): what compiling
/// them gives, without parsing, indexing or resolving anything at run time.
enum PrecompiledMetaschemas {
  static func schema(for draft: JSONSchemaDraft) -> CompiledSchema? {
    switch draft {
    case .draft4: return draft4()
    case .draft6: return draft6()
    case .draft7: return draft7()
    case .draft2019_09: return draft2019_09()
    case .draft2020_12: return draft2020_12()
    }
  }

  private static func draft4() -> CompiledSchema {
    let t = SchemaNodeTable()
    var n: SchemaNode
    // 0
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.types = [.object]
    n.properties = SchemaPropertyTable([("$schema", 1), ("additionalItems", 2), ("additionalProperties", 3), ("allOf", 4), ("anyOf", 5), ("default", 6), ("definitions", 7), ("dependencies", 8), ("description", 9), ("enum", 10), ("exclusiveMaximum", 11), ("exclusiveMinimum", 12), ("format", 13), ("id", 14), ("items", 15), ("maxItems", 16), ("maxLength", 17), ("maxProperties", 18), ("maximum", 19), ("minItems", 20), ("minLength", 21), ("minProperties", 22), ("minimum", 23), ("multipleOf", 24), ("not", 25), ("oneOf", 26), ("pattern", 27), ("patternProperties", 28), ("properties", 29), ("required", 30), ("title", 31), ("type", 32), ("uniqueItems", 33)])
    n.dependentRequired = [("exclusiveMaximum", ["maximum"]), ("exclusiveMinimum", ["minimum"])]
    n.markFilled()
    t.append(n)
    // 1
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/$schema"
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 2
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/additionalItems"
    n.anyOf = [56, 57]
    n.markFilled()
    t.append(n)
    // 3
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/additionalProperties"
    n.anyOf = [54, 55]
    n.markFilled()
    t.append(n)
    // 4
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/allOf"
    n.ref = 42
    n.markFilled()
    t.append(n)
    // 5
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/anyOf"
    n.ref = 42
    n.markFilled()
    t.append(n)
    // 6
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/default"
    n.markFilled()
    t.append(n)
    // 7
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/definitions"
    n.types = [.object]
    n.additionalProperties = 53
    n.markFilled()
    t.append(n)
    // 8
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/dependencies"
    n.types = [.object]
    n.additionalProperties = 50
    n.markFilled()
    t.append(n)
    // 9
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/description"
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 10
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/enum"
    n.types = [.array]
    n.minItems = 1
    n.uniqueItems = true
    n.markFilled()
    t.append(n)
    // 11
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/exclusiveMaximum"
    n.types = [.boolean]
    n.markFilled()
    t.append(n)
    // 12
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/exclusiveMinimum"
    n.types = [.boolean]
    n.markFilled()
    t.append(n)
    // 13
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/format"
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 14
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/id"
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 15
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/items"
    n.anyOf = [48, 49]
    n.markFilled()
    t.append(n)
    // 16
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/maxItems"
    n.ref = 47
    n.markFilled()
    t.append(n)
    // 17
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/maxLength"
    n.ref = 47
    n.markFilled()
    t.append(n)
    // 18
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/maxProperties"
    n.ref = 47
    n.markFilled()
    t.append(n)
    // 19
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/maximum"
    n.types = [.number]
    n.markFilled()
    t.append(n)
    // 20
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/minItems"
    n.ref = 44
    n.markFilled()
    t.append(n)
    // 21
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/minLength"
    n.ref = 44
    n.markFilled()
    t.append(n)
    // 22
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/minProperties"
    n.ref = 44
    n.markFilled()
    t.append(n)
    // 23
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/minimum"
    n.types = [.number]
    n.markFilled()
    t.append(n)
    // 24
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/multipleOf"
    n.types = [.number]
    n.exclusiveMinimum = .integer(0)
    n.markFilled()
    t.append(n)
    // 25
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/not"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 26
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/oneOf"
    n.ref = 42
    n.markFilled()
    t.append(n)
    // 27
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/pattern"
    n.types = [.string]
    n.format = "regex"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 28
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/patternProperties"
    n.types = [.object]
    n.additionalProperties = 41
    n.markFilled()
    t.append(n)
    // 29
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/properties"
    n.types = [.object]
    n.additionalProperties = 40
    n.markFilled()
    t.append(n)
    // 30
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/required"
    n.ref = 38
    n.markFilled()
    t.append(n)
    // 31
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/title"
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 32
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/type"
    n.anyOf = [34, 35]
    n.markFilled()
    t.append(n)
    // 33
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/uniqueItems"
    n.types = [.boolean]
    n.markFilled()
    t.append(n)
    // 34
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/type/anyOf/0"
    n.ref = 37
    n.markFilled()
    t.append(n)
    // 35
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/type/anyOf/1"
    n.types = [.array]
    n.minItems = 1
    n.items = 36
    n.uniqueItems = true
    n.markFilled()
    t.append(n)
    // 36
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/type/anyOf/1/items"
    n.ref = 37
    n.markFilled()
    t.append(n)
    // 37
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/definitions/simpleTypes"
    n.enumValues = [.string("array"), .string("boolean"), .string("integer"), .string("null"), .string("number"), .string("object"), .string("string")]
    n.markFilled()
    t.append(n)
    // 38
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/definitions/stringArray"
    n.types = [.array]
    n.minItems = 1
    n.items = 39
    n.uniqueItems = true
    n.markFilled()
    t.append(n)
    // 39
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/definitions/stringArray/items"
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 40
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/properties/additionalProperties"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 41
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/patternProperties/additionalProperties"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 42
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/definitions/schemaArray"
    n.types = [.array]
    n.minItems = 1
    n.items = 43
    n.markFilled()
    t.append(n)
    // 43
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/definitions/schemaArray/items"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 44
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/definitions/positiveIntegerDefault0"
    n.allOf = [45, 46]
    n.markFilled()
    t.append(n)
    // 45
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/definitions/positiveIntegerDefault0/allOf/0"
    n.ref = 47
    n.markFilled()
    t.append(n)
    // 46
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/definitions/positiveIntegerDefault0/allOf/1"
    n.markFilled()
    t.append(n)
    // 47
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/definitions/positiveInteger"
    n.types = [.integer]
    n.minimum = .integer(0)
    n.markFilled()
    t.append(n)
    // 48
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/items/anyOf/0"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 49
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/items/anyOf/1"
    n.ref = 42
    n.markFilled()
    t.append(n)
    // 50
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/dependencies/additionalProperties"
    n.anyOf = [51, 52]
    n.markFilled()
    t.append(n)
    // 51
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/dependencies/additionalProperties/anyOf/0"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 52
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/dependencies/additionalProperties/anyOf/1"
    n.ref = 38
    n.markFilled()
    t.append(n)
    // 53
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/definitions/additionalProperties"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 54
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/additionalProperties/anyOf/0"
    n.types = [.boolean]
    n.markFilled()
    t.append(n)
    // 55
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/additionalProperties/anyOf/1"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 56
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/additionalItems/anyOf/0"
    n.types = [.boolean]
    n.markFilled()
    t.append(n)
    // 57
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-04/schema#"
    n.locationPointer = "/properties/additionalItems/anyOf/1"
    n.ref = 0
    n.markFilled()
    t.append(n)
    return CompiledSchema(
      nodes: t, root: 0,
      resources: [
        SchemaResource(uri: "http://json-schema.org/draft-04/schema", dynamicAnchors: [:]),
      ],
      tracksAnnotations: false, usesDynamicScope: false,
      helmErrorQuirks: true)
  }

  private static func draft6() -> CompiledSchema {
    let t = SchemaNodeTable()
    var n: SchemaNode
    // 0
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.types = [.object, .boolean]
    n.properties = SchemaPropertyTable([("$id", 1), ("$ref", 2), ("$schema", 3), ("additionalItems", 4), ("additionalProperties", 5), ("allOf", 6), ("anyOf", 7), ("const", 8), ("contains", 9), ("default", 10), ("definitions", 11), ("dependencies", 12), ("description", 13), ("enum", 14), ("examples", 15), ("exclusiveMaximum", 16), ("exclusiveMinimum", 17), ("format", 18), ("items", 19), ("maxItems", 20), ("maxLength", 21), ("maxProperties", 22), ("maximum", 23), ("minItems", 24), ("minLength", 25), ("minProperties", 26), ("minimum", 27), ("multipleOf", 28), ("not", 29), ("oneOf", 30), ("pattern", 31), ("patternProperties", 32), ("properties", 33), ("propertyNames", 34), ("required", 35), ("title", 36), ("type", 37), ("uniqueItems", 38)])
    n.markFilled()
    t.append(n)
    // 1
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/$id"
    n.types = [.string]
    n.format = "uri-reference"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 2
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/$ref"
    n.types = [.string]
    n.format = "uri-reference"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 3
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/$schema"
    n.types = [.string]
    n.format = "uri"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 4
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/additionalItems"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 5
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/additionalProperties"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 6
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/allOf"
    n.ref = 48
    n.markFilled()
    t.append(n)
    // 7
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/anyOf"
    n.ref = 48
    n.markFilled()
    t.append(n)
    // 8
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/const"
    n.markFilled()
    t.append(n)
    // 9
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/contains"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 10
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/default"
    n.markFilled()
    t.append(n)
    // 11
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/definitions"
    n.types = [.object]
    n.additionalProperties = 60
    n.markFilled()
    t.append(n)
    // 12
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/dependencies"
    n.types = [.object]
    n.additionalProperties = 57
    n.markFilled()
    t.append(n)
    // 13
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/description"
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 14
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/enum"
    n.types = [.array]
    n.markFilled()
    t.append(n)
    // 15
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/examples"
    n.types = [.array]
    n.items = 56
    n.markFilled()
    t.append(n)
    // 16
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/exclusiveMaximum"
    n.types = [.number]
    n.markFilled()
    t.append(n)
    // 17
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/exclusiveMinimum"
    n.types = [.number]
    n.markFilled()
    t.append(n)
    // 18
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/format"
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 19
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/items"
    n.anyOf = [54, 55]
    n.markFilled()
    t.append(n)
    // 20
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/maxItems"
    n.ref = 53
    n.markFilled()
    t.append(n)
    // 21
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/maxLength"
    n.ref = 53
    n.markFilled()
    t.append(n)
    // 22
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/maxProperties"
    n.ref = 53
    n.markFilled()
    t.append(n)
    // 23
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/maximum"
    n.types = [.number]
    n.markFilled()
    t.append(n)
    // 24
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/minItems"
    n.ref = 50
    n.markFilled()
    t.append(n)
    // 25
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/minLength"
    n.ref = 50
    n.markFilled()
    t.append(n)
    // 26
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/minProperties"
    n.ref = 50
    n.markFilled()
    t.append(n)
    // 27
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/minimum"
    n.types = [.number]
    n.markFilled()
    t.append(n)
    // 28
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/multipleOf"
    n.types = [.number]
    n.exclusiveMinimum = .integer(0)
    n.markFilled()
    t.append(n)
    // 29
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/not"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 30
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/oneOf"
    n.ref = 48
    n.markFilled()
    t.append(n)
    // 31
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/pattern"
    n.types = [.string]
    n.format = "regex"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 32
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/patternProperties"
    n.types = [.object]
    n.additionalProperties = 46
    n.propertyNames = 47
    n.markFilled()
    t.append(n)
    // 33
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/properties"
    n.types = [.object]
    n.additionalProperties = 45
    n.markFilled()
    t.append(n)
    // 34
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/propertyNames"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 35
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/required"
    n.ref = 43
    n.markFilled()
    t.append(n)
    // 36
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/title"
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 37
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/type"
    n.anyOf = [39, 40]
    n.markFilled()
    t.append(n)
    // 38
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/uniqueItems"
    n.types = [.boolean]
    n.markFilled()
    t.append(n)
    // 39
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/type/anyOf/0"
    n.ref = 42
    n.markFilled()
    t.append(n)
    // 40
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/type/anyOf/1"
    n.types = [.array]
    n.minItems = 1
    n.items = 41
    n.uniqueItems = true
    n.markFilled()
    t.append(n)
    // 41
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/type/anyOf/1/items"
    n.ref = 42
    n.markFilled()
    t.append(n)
    // 42
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/definitions/simpleTypes"
    n.enumValues = [.string("array"), .string("boolean"), .string("integer"), .string("null"), .string("number"), .string("object"), .string("string")]
    n.markFilled()
    t.append(n)
    // 43
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/definitions/stringArray"
    n.types = [.array]
    n.items = 44
    n.uniqueItems = true
    n.markFilled()
    t.append(n)
    // 44
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/definitions/stringArray/items"
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 45
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/properties/additionalProperties"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 46
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/patternProperties/additionalProperties"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 47
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/patternProperties/propertyNames"
    n.format = "regex"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 48
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/definitions/schemaArray"
    n.types = [.array]
    n.minItems = 1
    n.items = 49
    n.markFilled()
    t.append(n)
    // 49
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/definitions/schemaArray/items"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 50
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/definitions/nonNegativeIntegerDefault0"
    n.allOf = [51, 52]
    n.markFilled()
    t.append(n)
    // 51
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/definitions/nonNegativeIntegerDefault0/allOf/0"
    n.ref = 53
    n.markFilled()
    t.append(n)
    // 52
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/definitions/nonNegativeIntegerDefault0/allOf/1"
    n.markFilled()
    t.append(n)
    // 53
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/definitions/nonNegativeInteger"
    n.types = [.integer]
    n.minimum = .integer(0)
    n.markFilled()
    t.append(n)
    // 54
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/items/anyOf/0"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 55
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/items/anyOf/1"
    n.ref = 48
    n.markFilled()
    t.append(n)
    // 56
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/examples/items"
    n.markFilled()
    t.append(n)
    // 57
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/dependencies/additionalProperties"
    n.anyOf = [58, 59]
    n.markFilled()
    t.append(n)
    // 58
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/dependencies/additionalProperties/anyOf/0"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 59
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/dependencies/additionalProperties/anyOf/1"
    n.ref = 43
    n.markFilled()
    t.append(n)
    // 60
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-06/schema#"
    n.locationPointer = "/properties/definitions/additionalProperties"
    n.ref = 0
    n.markFilled()
    t.append(n)
    return CompiledSchema(
      nodes: t, root: 0,
      resources: [
        SchemaResource(uri: "http://json-schema.org/draft-06/schema", dynamicAnchors: [:]),
      ],
      tracksAnnotations: false, usesDynamicScope: false,
      helmErrorQuirks: true)
  }

  private static func draft7() -> CompiledSchema {
    let t = SchemaNodeTable()
    var n: SchemaNode
    // 0
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.types = [.object, .boolean]
    n.properties = SchemaPropertyTable([("$comment", 1), ("$id", 2), ("$ref", 3), ("$schema", 4), ("additionalItems", 5), ("additionalProperties", 6), ("allOf", 7), ("anyOf", 8), ("const", 9), ("contains", 10), ("contentEncoding", 11), ("contentMediaType", 12), ("default", 13), ("definitions", 14), ("dependencies", 15), ("description", 16), ("else", 17), ("enum", 18), ("examples", 19), ("exclusiveMaximum", 20), ("exclusiveMinimum", 21), ("format", 22), ("if", 23), ("items", 24), ("maxItems", 25), ("maxLength", 26), ("maxProperties", 27), ("maximum", 28), ("minItems", 29), ("minLength", 30), ("minProperties", 31), ("minimum", 32), ("multipleOf", 33), ("not", 34), ("oneOf", 35), ("pattern", 36), ("patternProperties", 37), ("properties", 38), ("propertyNames", 39), ("readOnly", 40), ("required", 41), ("then", 42), ("title", 43), ("type", 44), ("uniqueItems", 45)])
    n.markFilled()
    t.append(n)
    // 1
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/$comment"
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 2
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/$id"
    n.types = [.string]
    n.format = "uri-reference"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 3
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/$ref"
    n.types = [.string]
    n.format = "uri-reference"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 4
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/$schema"
    n.types = [.string]
    n.format = "uri"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 5
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/additionalItems"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 6
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/additionalProperties"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 7
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/allOf"
    n.ref = 55
    n.markFilled()
    t.append(n)
    // 8
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/anyOf"
    n.ref = 55
    n.markFilled()
    t.append(n)
    // 9
    n = SchemaNode()
    n.boolean = true
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/const"
    n.markFilled()
    t.append(n)
    // 10
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/contains"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 11
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/contentEncoding"
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 12
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/contentMediaType"
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 13
    n = SchemaNode()
    n.boolean = true
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/default"
    n.markFilled()
    t.append(n)
    // 14
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/definitions"
    n.types = [.object]
    n.additionalProperties = 68
    n.markFilled()
    t.append(n)
    // 15
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/dependencies"
    n.types = [.object]
    n.additionalProperties = 65
    n.markFilled()
    t.append(n)
    // 16
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/description"
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 17
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/else"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 18
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/enum"
    n.types = [.array]
    n.items = 64
    n.markFilled()
    t.append(n)
    // 19
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/examples"
    n.types = [.array]
    n.items = 63
    n.markFilled()
    t.append(n)
    // 20
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/exclusiveMaximum"
    n.types = [.number]
    n.markFilled()
    t.append(n)
    // 21
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/exclusiveMinimum"
    n.types = [.number]
    n.markFilled()
    t.append(n)
    // 22
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/format"
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 23
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/if"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 24
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/items"
    n.anyOf = [61, 62]
    n.markFilled()
    t.append(n)
    // 25
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/maxItems"
    n.ref = 60
    n.markFilled()
    t.append(n)
    // 26
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/maxLength"
    n.ref = 60
    n.markFilled()
    t.append(n)
    // 27
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/maxProperties"
    n.ref = 60
    n.markFilled()
    t.append(n)
    // 28
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/maximum"
    n.types = [.number]
    n.markFilled()
    t.append(n)
    // 29
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/minItems"
    n.ref = 57
    n.markFilled()
    t.append(n)
    // 30
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/minLength"
    n.ref = 57
    n.markFilled()
    t.append(n)
    // 31
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/minProperties"
    n.ref = 57
    n.markFilled()
    t.append(n)
    // 32
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/minimum"
    n.types = [.number]
    n.markFilled()
    t.append(n)
    // 33
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/multipleOf"
    n.types = [.number]
    n.exclusiveMinimum = .integer(0)
    n.markFilled()
    t.append(n)
    // 34
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/not"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 35
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/oneOf"
    n.ref = 55
    n.markFilled()
    t.append(n)
    // 36
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/pattern"
    n.types = [.string]
    n.format = "regex"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 37
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/patternProperties"
    n.types = [.object]
    n.additionalProperties = 53
    n.propertyNames = 54
    n.markFilled()
    t.append(n)
    // 38
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/properties"
    n.types = [.object]
    n.additionalProperties = 52
    n.markFilled()
    t.append(n)
    // 39
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/propertyNames"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 40
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/readOnly"
    n.types = [.boolean]
    n.markFilled()
    t.append(n)
    // 41
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/required"
    n.ref = 50
    n.markFilled()
    t.append(n)
    // 42
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/then"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 43
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/title"
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 44
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/type"
    n.anyOf = [46, 47]
    n.markFilled()
    t.append(n)
    // 45
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/uniqueItems"
    n.types = [.boolean]
    n.markFilled()
    t.append(n)
    // 46
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/type/anyOf/0"
    n.ref = 49
    n.markFilled()
    t.append(n)
    // 47
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/type/anyOf/1"
    n.types = [.array]
    n.minItems = 1
    n.items = 48
    n.uniqueItems = true
    n.markFilled()
    t.append(n)
    // 48
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/type/anyOf/1/items"
    n.ref = 49
    n.markFilled()
    t.append(n)
    // 49
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/definitions/simpleTypes"
    n.enumValues = [.string("array"), .string("boolean"), .string("integer"), .string("null"), .string("number"), .string("object"), .string("string")]
    n.markFilled()
    t.append(n)
    // 50
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/definitions/stringArray"
    n.types = [.array]
    n.items = 51
    n.uniqueItems = true
    n.markFilled()
    t.append(n)
    // 51
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/definitions/stringArray/items"
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 52
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/properties/additionalProperties"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 53
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/patternProperties/additionalProperties"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 54
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/patternProperties/propertyNames"
    n.format = "regex"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 55
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/definitions/schemaArray"
    n.types = [.array]
    n.minItems = 1
    n.items = 56
    n.markFilled()
    t.append(n)
    // 56
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/definitions/schemaArray/items"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 57
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/definitions/nonNegativeIntegerDefault0"
    n.allOf = [58, 59]
    n.markFilled()
    t.append(n)
    // 58
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/definitions/nonNegativeIntegerDefault0/allOf/0"
    n.ref = 60
    n.markFilled()
    t.append(n)
    // 59
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/definitions/nonNegativeIntegerDefault0/allOf/1"
    n.markFilled()
    t.append(n)
    // 60
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/definitions/nonNegativeInteger"
    n.types = [.integer]
    n.minimum = .integer(0)
    n.markFilled()
    t.append(n)
    // 61
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/items/anyOf/0"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 62
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/items/anyOf/1"
    n.ref = 55
    n.markFilled()
    t.append(n)
    // 63
    n = SchemaNode()
    n.boolean = true
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/examples/items"
    n.markFilled()
    t.append(n)
    // 64
    n = SchemaNode()
    n.boolean = true
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/enum/items"
    n.markFilled()
    t.append(n)
    // 65
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/dependencies/additionalProperties"
    n.anyOf = [66, 67]
    n.markFilled()
    t.append(n)
    // 66
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/dependencies/additionalProperties/anyOf/0"
    n.ref = 0
    n.markFilled()
    t.append(n)
    // 67
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/dependencies/additionalProperties/anyOf/1"
    n.ref = 50
    n.markFilled()
    t.append(n)
    // 68
    n = SchemaNode()
    n.locationPrefix = "http://json-schema.org/draft-07/schema#"
    n.locationPointer = "/properties/definitions/additionalProperties"
    n.ref = 0
    n.markFilled()
    t.append(n)
    return CompiledSchema(
      nodes: t, root: 0,
      resources: [
        SchemaResource(uri: "http://json-schema.org/draft-07/schema", dynamicAnchors: [:]),
      ],
      tracksAnnotations: false, usesDynamicScope: false,
      helmErrorQuirks: true)
  }

  private static func draft2019_09() -> CompiledSchema {
    let t = SchemaNodeTable()
    var n: SchemaNode
    // 0
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/schema#"
    n.types = [.object, .boolean]
    n.allOf = [3, 4, 5, 6, 7, 8]
    n.properties = SchemaPropertyTable([("definitions", 1), ("dependencies", 2)])
    n.markFilled()
    t.append(n)
    // 1
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/schema#"
    n.locationPointer = "/properties/definitions"
    n.types = [.object]
    n.additionalProperties = 97
    n.markFilled()
    t.append(n)
    // 2
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/schema#"
    n.locationPointer = "/properties/dependencies"
    n.types = [.object]
    n.additionalProperties = 94
    n.markFilled()
    t.append(n)
    // 3
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/schema#"
    n.locationPointer = "/allOf/0"
    n.ref = 81
    n.markFilled()
    t.append(n)
    // 4
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/schema#"
    n.locationPointer = "/allOf/1"
    n.ref = 55
    n.markFilled()
    t.append(n)
    // 5
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/schema#"
    n.locationPointer = "/allOf/2"
    n.ref = 24
    n.markFilled()
    t.append(n)
    // 6
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/schema#"
    n.locationPointer = "/allOf/3"
    n.ref = 15
    n.markFilled()
    t.append(n)
    // 7
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/schema#"
    n.locationPointer = "/allOf/4"
    n.ref = 13
    n.markFilled()
    t.append(n)
    // 8
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/schema#"
    n.locationPointer = "/allOf/5"
    n.ref = 9
    n.markFilled()
    t.append(n)
    // 9
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/content#"
    n.resource = 1
    n.types = [.object, .boolean]
    n.properties = SchemaPropertyTable([("contentEncoding", 10), ("contentMediaType", 11), ("contentSchema", 12)])
    n.markFilled()
    t.append(n)
    // 10
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/content#"
    n.locationPointer = "/properties/contentEncoding"
    n.resource = 1
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 11
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/content#"
    n.locationPointer = "/properties/contentMediaType"
    n.resource = 1
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 12
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/content#"
    n.locationPointer = "/properties/contentSchema"
    n.resource = 1
    n.dynamicRef = DynamicRef(target: 9, anchor: "#recursive")
    n.markFilled()
    t.append(n)
    // 13
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/format#"
    n.resource = 2
    n.types = [.object, .boolean]
    n.properties = SchemaPropertyTable([("format", 14)])
    n.markFilled()
    t.append(n)
    // 14
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/format#"
    n.locationPointer = "/properties/format"
    n.resource = 2
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 15
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/meta-data#"
    n.resource = 3
    n.types = [.object, .boolean]
    n.properties = SchemaPropertyTable([("default", 16), ("deprecated", 17), ("description", 18), ("examples", 19), ("readOnly", 20), ("title", 21), ("writeOnly", 22)])
    n.markFilled()
    t.append(n)
    // 16
    n = SchemaNode()
    n.boolean = true
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/meta-data#"
    n.locationPointer = "/properties/default"
    n.resource = 3
    n.markFilled()
    t.append(n)
    // 17
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/meta-data#"
    n.locationPointer = "/properties/deprecated"
    n.resource = 3
    n.types = [.boolean]
    n.markFilled()
    t.append(n)
    // 18
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/meta-data#"
    n.locationPointer = "/properties/description"
    n.resource = 3
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 19
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/meta-data#"
    n.locationPointer = "/properties/examples"
    n.resource = 3
    n.types = [.array]
    n.items = 23
    n.markFilled()
    t.append(n)
    // 20
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/meta-data#"
    n.locationPointer = "/properties/readOnly"
    n.resource = 3
    n.types = [.boolean]
    n.markFilled()
    t.append(n)
    // 21
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/meta-data#"
    n.locationPointer = "/properties/title"
    n.resource = 3
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 22
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/meta-data#"
    n.locationPointer = "/properties/writeOnly"
    n.resource = 3
    n.types = [.boolean]
    n.markFilled()
    t.append(n)
    // 23
    n = SchemaNode()
    n.boolean = true
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/meta-data#"
    n.locationPointer = "/properties/examples/items"
    n.resource = 3
    n.markFilled()
    t.append(n)
    // 24
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.resource = 4
    n.types = [.object, .boolean]
    n.properties = SchemaPropertyTable([("const", 25), ("dependentRequired", 26), ("enum", 27), ("exclusiveMaximum", 28), ("exclusiveMinimum", 29), ("maxContains", 30), ("maxItems", 31), ("maxLength", 32), ("maxProperties", 33), ("maximum", 34), ("minContains", 35), ("minItems", 36), ("minLength", 37), ("minProperties", 38), ("minimum", 39), ("multipleOf", 40), ("pattern", 41), ("required", 42), ("type", 43), ("uniqueItems", 44)])
    n.markFilled()
    t.append(n)
    // 25
    n = SchemaNode()
    n.boolean = true
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/const"
    n.resource = 4
    n.markFilled()
    t.append(n)
    // 26
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/dependentRequired"
    n.resource = 4
    n.types = [.object]
    n.additionalProperties = 54
    n.markFilled()
    t.append(n)
    // 27
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/enum"
    n.resource = 4
    n.types = [.array]
    n.items = 53
    n.markFilled()
    t.append(n)
    // 28
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/exclusiveMaximum"
    n.resource = 4
    n.types = [.number]
    n.markFilled()
    t.append(n)
    // 29
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/exclusiveMinimum"
    n.resource = 4
    n.types = [.number]
    n.markFilled()
    t.append(n)
    // 30
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/maxContains"
    n.resource = 4
    n.ref = 52
    n.markFilled()
    t.append(n)
    // 31
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/maxItems"
    n.resource = 4
    n.ref = 52
    n.markFilled()
    t.append(n)
    // 32
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/maxLength"
    n.resource = 4
    n.ref = 52
    n.markFilled()
    t.append(n)
    // 33
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/maxProperties"
    n.resource = 4
    n.ref = 52
    n.markFilled()
    t.append(n)
    // 34
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/maximum"
    n.resource = 4
    n.types = [.number]
    n.markFilled()
    t.append(n)
    // 35
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/minContains"
    n.resource = 4
    n.ref = 52
    n.markFilled()
    t.append(n)
    // 36
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/minItems"
    n.resource = 4
    n.ref = 51
    n.markFilled()
    t.append(n)
    // 37
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/minLength"
    n.resource = 4
    n.ref = 51
    n.markFilled()
    t.append(n)
    // 38
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/minProperties"
    n.resource = 4
    n.ref = 51
    n.markFilled()
    t.append(n)
    // 39
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/minimum"
    n.resource = 4
    n.types = [.number]
    n.markFilled()
    t.append(n)
    // 40
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/multipleOf"
    n.resource = 4
    n.types = [.number]
    n.exclusiveMinimum = .integer(0)
    n.markFilled()
    t.append(n)
    // 41
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/pattern"
    n.resource = 4
    n.types = [.string]
    n.format = "regex"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 42
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/required"
    n.resource = 4
    n.ref = 49
    n.markFilled()
    t.append(n)
    // 43
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/type"
    n.resource = 4
    n.anyOf = [45, 46]
    n.markFilled()
    t.append(n)
    // 44
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/uniqueItems"
    n.resource = 4
    n.types = [.boolean]
    n.markFilled()
    t.append(n)
    // 45
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/type/anyOf/0"
    n.resource = 4
    n.ref = 48
    n.markFilled()
    t.append(n)
    // 46
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/type/anyOf/1"
    n.resource = 4
    n.types = [.array]
    n.minItems = 1
    n.items = 47
    n.uniqueItems = true
    n.markFilled()
    t.append(n)
    // 47
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/type/anyOf/1/items"
    n.resource = 4
    n.ref = 48
    n.markFilled()
    t.append(n)
    // 48
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/$defs/simpleTypes"
    n.resource = 4
    n.enumValues = [.string("array"), .string("boolean"), .string("integer"), .string("null"), .string("number"), .string("object"), .string("string")]
    n.markFilled()
    t.append(n)
    // 49
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/$defs/stringArray"
    n.resource = 4
    n.types = [.array]
    n.items = 50
    n.uniqueItems = true
    n.markFilled()
    t.append(n)
    // 50
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/$defs/stringArray/items"
    n.resource = 4
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 51
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/$defs/nonNegativeIntegerDefault0"
    n.resource = 4
    n.ref = 52
    n.markFilled()
    t.append(n)
    // 52
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/$defs/nonNegativeInteger"
    n.resource = 4
    n.types = [.integer]
    n.minimum = .integer(0)
    n.markFilled()
    t.append(n)
    // 53
    n = SchemaNode()
    n.boolean = true
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/enum/items"
    n.resource = 4
    n.markFilled()
    t.append(n)
    // 54
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/validation#"
    n.locationPointer = "/properties/dependentRequired/additionalProperties"
    n.resource = 4
    n.ref = 49
    n.markFilled()
    t.append(n)
    // 55
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.resource = 5
    n.types = [.object, .boolean]
    n.properties = SchemaPropertyTable([("additionalItems", 56), ("additionalProperties", 57), ("allOf", 58), ("anyOf", 59), ("contains", 60), ("dependentSchemas", 61), ("else", 62), ("if", 63), ("items", 64), ("not", 65), ("oneOf", 66), ("patternProperties", 67), ("properties", 68), ("propertyNames", 69), ("then", 70), ("unevaluatedItems", 71), ("unevaluatedProperties", 72)])
    n.markFilled()
    t.append(n)
    // 56
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/additionalItems"
    n.resource = 5
    n.dynamicRef = DynamicRef(target: 55, anchor: "#recursive")
    n.markFilled()
    t.append(n)
    // 57
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/additionalProperties"
    n.resource = 5
    n.dynamicRef = DynamicRef(target: 55, anchor: "#recursive")
    n.markFilled()
    t.append(n)
    // 58
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/allOf"
    n.resource = 5
    n.ref = 76
    n.markFilled()
    t.append(n)
    // 59
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/anyOf"
    n.resource = 5
    n.ref = 76
    n.markFilled()
    t.append(n)
    // 60
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/contains"
    n.resource = 5
    n.dynamicRef = DynamicRef(target: 55, anchor: "#recursive")
    n.markFilled()
    t.append(n)
    // 61
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/dependentSchemas"
    n.resource = 5
    n.types = [.object]
    n.additionalProperties = 80
    n.markFilled()
    t.append(n)
    // 62
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/else"
    n.resource = 5
    n.dynamicRef = DynamicRef(target: 55, anchor: "#recursive")
    n.markFilled()
    t.append(n)
    // 63
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/if"
    n.resource = 5
    n.dynamicRef = DynamicRef(target: 55, anchor: "#recursive")
    n.markFilled()
    t.append(n)
    // 64
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/items"
    n.resource = 5
    n.anyOf = [78, 79]
    n.markFilled()
    t.append(n)
    // 65
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/not"
    n.resource = 5
    n.dynamicRef = DynamicRef(target: 55, anchor: "#recursive")
    n.markFilled()
    t.append(n)
    // 66
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/oneOf"
    n.resource = 5
    n.ref = 76
    n.markFilled()
    t.append(n)
    // 67
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/patternProperties"
    n.resource = 5
    n.types = [.object]
    n.additionalProperties = 74
    n.propertyNames = 75
    n.markFilled()
    t.append(n)
    // 68
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/properties"
    n.resource = 5
    n.types = [.object]
    n.additionalProperties = 73
    n.markFilled()
    t.append(n)
    // 69
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/propertyNames"
    n.resource = 5
    n.dynamicRef = DynamicRef(target: 55, anchor: "#recursive")
    n.markFilled()
    t.append(n)
    // 70
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/then"
    n.resource = 5
    n.dynamicRef = DynamicRef(target: 55, anchor: "#recursive")
    n.markFilled()
    t.append(n)
    // 71
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/unevaluatedItems"
    n.resource = 5
    n.dynamicRef = DynamicRef(target: 55, anchor: "#recursive")
    n.markFilled()
    t.append(n)
    // 72
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/unevaluatedProperties"
    n.resource = 5
    n.dynamicRef = DynamicRef(target: 55, anchor: "#recursive")
    n.markFilled()
    t.append(n)
    // 73
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/properties/additionalProperties"
    n.resource = 5
    n.dynamicRef = DynamicRef(target: 55, anchor: "#recursive")
    n.markFilled()
    t.append(n)
    // 74
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/patternProperties/additionalProperties"
    n.resource = 5
    n.dynamicRef = DynamicRef(target: 55, anchor: "#recursive")
    n.markFilled()
    t.append(n)
    // 75
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/patternProperties/propertyNames"
    n.resource = 5
    n.format = "regex"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 76
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/$defs/schemaArray"
    n.resource = 5
    n.types = [.array]
    n.minItems = 1
    n.items = 77
    n.markFilled()
    t.append(n)
    // 77
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/$defs/schemaArray/items"
    n.resource = 5
    n.dynamicRef = DynamicRef(target: 55, anchor: "#recursive")
    n.markFilled()
    t.append(n)
    // 78
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/items/anyOf/0"
    n.resource = 5
    n.dynamicRef = DynamicRef(target: 55, anchor: "#recursive")
    n.markFilled()
    t.append(n)
    // 79
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/items/anyOf/1"
    n.resource = 5
    n.ref = 76
    n.markFilled()
    t.append(n)
    // 80
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/applicator#"
    n.locationPointer = "/properties/dependentSchemas/additionalProperties"
    n.resource = 5
    n.dynamicRef = DynamicRef(target: 55, anchor: "#recursive")
    n.markFilled()
    t.append(n)
    // 81
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/core#"
    n.resource = 6
    n.types = [.object, .boolean]
    n.properties = SchemaPropertyTable([("$anchor", 82), ("$comment", 83), ("$defs", 84), ("$id", 85), ("$recursiveAnchor", 86), ("$recursiveRef", 87), ("$ref", 88), ("$schema", 89), ("$vocabulary", 90)])
    n.markFilled()
    t.append(n)
    // 82
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/core#"
    n.locationPointer = "/properties/$anchor"
    n.resource = 6
    n.types = [.string]
    n.pattern = SchemaRegex("^[A-Za-z][-A-Za-z0-9.:_]*$")!
    n.markFilled()
    t.append(n)
    // 83
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/core#"
    n.locationPointer = "/properties/$comment"
    n.resource = 6
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 84
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/core#"
    n.locationPointer = "/properties/$defs"
    n.resource = 6
    n.types = [.object]
    n.additionalProperties = 93
    n.markFilled()
    t.append(n)
    // 85
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/core#"
    n.locationPointer = "/properties/$id"
    n.resource = 6
    n.types = [.string]
    n.pattern = SchemaRegex("^[^#]*#?$")!
    n.format = "uri-reference"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 86
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/core#"
    n.locationPointer = "/properties/$recursiveAnchor"
    n.resource = 6
    n.types = [.boolean]
    n.markFilled()
    t.append(n)
    // 87
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/core#"
    n.locationPointer = "/properties/$recursiveRef"
    n.resource = 6
    n.types = [.string]
    n.format = "uri-reference"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 88
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/core#"
    n.locationPointer = "/properties/$ref"
    n.resource = 6
    n.types = [.string]
    n.format = "uri-reference"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 89
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/core#"
    n.locationPointer = "/properties/$schema"
    n.resource = 6
    n.types = [.string]
    n.format = "uri"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 90
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/core#"
    n.locationPointer = "/properties/$vocabulary"
    n.resource = 6
    n.types = [.object]
    n.additionalProperties = 91
    n.propertyNames = 92
    n.markFilled()
    t.append(n)
    // 91
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/core#"
    n.locationPointer = "/properties/$vocabulary/additionalProperties"
    n.resource = 6
    n.types = [.boolean]
    n.markFilled()
    t.append(n)
    // 92
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/core#"
    n.locationPointer = "/properties/$vocabulary/propertyNames"
    n.resource = 6
    n.types = [.string]
    n.format = "uri"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 93
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/meta/core#"
    n.locationPointer = "/properties/$defs/additionalProperties"
    n.resource = 6
    n.dynamicRef = DynamicRef(target: 81, anchor: "#recursive")
    n.markFilled()
    t.append(n)
    // 94
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/schema#"
    n.locationPointer = "/properties/dependencies/additionalProperties"
    n.anyOf = [95, 96]
    n.markFilled()
    t.append(n)
    // 95
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/schema#"
    n.locationPointer = "/properties/dependencies/additionalProperties/anyOf/0"
    n.dynamicRef = DynamicRef(target: 0, anchor: "#recursive")
    n.markFilled()
    t.append(n)
    // 96
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/schema#"
    n.locationPointer = "/properties/dependencies/additionalProperties/anyOf/1"
    n.ref = 49
    n.markFilled()
    t.append(n)
    // 97
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2019-09/schema#"
    n.locationPointer = "/properties/definitions/additionalProperties"
    n.dynamicRef = DynamicRef(target: 0, anchor: "#recursive")
    n.markFilled()
    t.append(n)
    return CompiledSchema(
      nodes: t, root: 0,
      resources: [
        SchemaResource(uri: "https://json-schema.org/draft/2019-09/schema", dynamicAnchors: ["#recursive": 0]),
        SchemaResource(uri: "https://json-schema.org/draft/2019-09/meta/content", dynamicAnchors: ["#recursive": 9]),
        SchemaResource(uri: "https://json-schema.org/draft/2019-09/meta/format", dynamicAnchors: ["#recursive": 13]),
        SchemaResource(uri: "https://json-schema.org/draft/2019-09/meta/meta-data", dynamicAnchors: ["#recursive": 15]),
        SchemaResource(uri: "https://json-schema.org/draft/2019-09/meta/validation", dynamicAnchors: ["#recursive": 24]),
        SchemaResource(uri: "https://json-schema.org/draft/2019-09/meta/applicator", dynamicAnchors: ["#recursive": 55]),
        SchemaResource(uri: "https://json-schema.org/draft/2019-09/meta/core", dynamicAnchors: ["#recursive": 81]),
      ],
      tracksAnnotations: false, usesDynamicScope: true,
      helmErrorQuirks: true)
  }

  private static func draft2020_12() -> CompiledSchema {
    let t = SchemaNodeTable()
    var n: SchemaNode
    // 0
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/schema#"
    n.types = [.object, .boolean]
    n.allOf = [5, 6, 7, 8, 9, 10, 11]
    n.properties = SchemaPropertyTable([("$recursiveAnchor", 1), ("$recursiveRef", 2), ("definitions", 3), ("dependencies", 4)])
    n.markFilled()
    t.append(n)
    // 1
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/schema#"
    n.locationPointer = "/properties/$recursiveAnchor"
    n.ref = 97
    n.markFilled()
    t.append(n)
    // 2
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/schema#"
    n.locationPointer = "/properties/$recursiveRef"
    n.ref = 96
    n.markFilled()
    t.append(n)
    // 3
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/schema#"
    n.locationPointer = "/properties/definitions"
    n.types = [.object]
    n.additionalProperties = 102
    n.markFilled()
    t.append(n)
    // 4
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/schema#"
    n.locationPointer = "/properties/dependencies"
    n.types = [.object]
    n.additionalProperties = 99
    n.markFilled()
    t.append(n)
    // 5
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/schema#"
    n.locationPointer = "/allOf/0"
    n.ref = 83
    n.markFilled()
    t.append(n)
    // 6
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/schema#"
    n.locationPointer = "/allOf/1"
    n.ref = 61
    n.markFilled()
    t.append(n)
    // 7
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/schema#"
    n.locationPointer = "/allOf/2"
    n.ref = 58
    n.markFilled()
    t.append(n)
    // 8
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/schema#"
    n.locationPointer = "/allOf/3"
    n.ref = 27
    n.markFilled()
    t.append(n)
    // 9
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/schema#"
    n.locationPointer = "/allOf/4"
    n.ref = 18
    n.markFilled()
    t.append(n)
    // 10
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/schema#"
    n.locationPointer = "/allOf/5"
    n.ref = 16
    n.markFilled()
    t.append(n)
    // 11
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/schema#"
    n.locationPointer = "/allOf/6"
    n.ref = 12
    n.markFilled()
    t.append(n)
    // 12
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/content#"
    n.resource = 1
    n.types = [.object, .boolean]
    n.properties = SchemaPropertyTable([("contentEncoding", 13), ("contentMediaType", 14), ("contentSchema", 15)])
    n.markFilled()
    t.append(n)
    // 13
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/content#"
    n.locationPointer = "/properties/contentEncoding"
    n.resource = 1
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 14
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/content#"
    n.locationPointer = "/properties/contentMediaType"
    n.resource = 1
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 15
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/content#"
    n.locationPointer = "/properties/contentSchema"
    n.resource = 1
    n.dynamicRef = DynamicRef(target: 12, anchor: "meta")
    n.markFilled()
    t.append(n)
    // 16
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/format-annotation#"
    n.resource = 2
    n.types = [.object, .boolean]
    n.properties = SchemaPropertyTable([("format", 17)])
    n.markFilled()
    t.append(n)
    // 17
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/format-annotation#"
    n.locationPointer = "/properties/format"
    n.resource = 2
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 18
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/meta-data#"
    n.resource = 3
    n.types = [.object, .boolean]
    n.properties = SchemaPropertyTable([("default", 19), ("deprecated", 20), ("description", 21), ("examples", 22), ("readOnly", 23), ("title", 24), ("writeOnly", 25)])
    n.markFilled()
    t.append(n)
    // 19
    n = SchemaNode()
    n.boolean = true
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/meta-data#"
    n.locationPointer = "/properties/default"
    n.resource = 3
    n.markFilled()
    t.append(n)
    // 20
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/meta-data#"
    n.locationPointer = "/properties/deprecated"
    n.resource = 3
    n.types = [.boolean]
    n.markFilled()
    t.append(n)
    // 21
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/meta-data#"
    n.locationPointer = "/properties/description"
    n.resource = 3
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 22
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/meta-data#"
    n.locationPointer = "/properties/examples"
    n.resource = 3
    n.types = [.array]
    n.items = 26
    n.markFilled()
    t.append(n)
    // 23
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/meta-data#"
    n.locationPointer = "/properties/readOnly"
    n.resource = 3
    n.types = [.boolean]
    n.markFilled()
    t.append(n)
    // 24
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/meta-data#"
    n.locationPointer = "/properties/title"
    n.resource = 3
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 25
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/meta-data#"
    n.locationPointer = "/properties/writeOnly"
    n.resource = 3
    n.types = [.boolean]
    n.markFilled()
    t.append(n)
    // 26
    n = SchemaNode()
    n.boolean = true
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/meta-data#"
    n.locationPointer = "/properties/examples/items"
    n.resource = 3
    n.markFilled()
    t.append(n)
    // 27
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.resource = 4
    n.types = [.object, .boolean]
    n.properties = SchemaPropertyTable([("const", 28), ("dependentRequired", 29), ("enum", 30), ("exclusiveMaximum", 31), ("exclusiveMinimum", 32), ("maxContains", 33), ("maxItems", 34), ("maxLength", 35), ("maxProperties", 36), ("maximum", 37), ("minContains", 38), ("minItems", 39), ("minLength", 40), ("minProperties", 41), ("minimum", 42), ("multipleOf", 43), ("pattern", 44), ("required", 45), ("type", 46), ("uniqueItems", 47)])
    n.markFilled()
    t.append(n)
    // 28
    n = SchemaNode()
    n.boolean = true
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/const"
    n.resource = 4
    n.markFilled()
    t.append(n)
    // 29
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/dependentRequired"
    n.resource = 4
    n.types = [.object]
    n.additionalProperties = 57
    n.markFilled()
    t.append(n)
    // 30
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/enum"
    n.resource = 4
    n.types = [.array]
    n.items = 56
    n.markFilled()
    t.append(n)
    // 31
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/exclusiveMaximum"
    n.resource = 4
    n.types = [.number]
    n.markFilled()
    t.append(n)
    // 32
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/exclusiveMinimum"
    n.resource = 4
    n.types = [.number]
    n.markFilled()
    t.append(n)
    // 33
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/maxContains"
    n.resource = 4
    n.ref = 55
    n.markFilled()
    t.append(n)
    // 34
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/maxItems"
    n.resource = 4
    n.ref = 55
    n.markFilled()
    t.append(n)
    // 35
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/maxLength"
    n.resource = 4
    n.ref = 55
    n.markFilled()
    t.append(n)
    // 36
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/maxProperties"
    n.resource = 4
    n.ref = 55
    n.markFilled()
    t.append(n)
    // 37
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/maximum"
    n.resource = 4
    n.types = [.number]
    n.markFilled()
    t.append(n)
    // 38
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/minContains"
    n.resource = 4
    n.ref = 55
    n.markFilled()
    t.append(n)
    // 39
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/minItems"
    n.resource = 4
    n.ref = 54
    n.markFilled()
    t.append(n)
    // 40
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/minLength"
    n.resource = 4
    n.ref = 54
    n.markFilled()
    t.append(n)
    // 41
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/minProperties"
    n.resource = 4
    n.ref = 54
    n.markFilled()
    t.append(n)
    // 42
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/minimum"
    n.resource = 4
    n.types = [.number]
    n.markFilled()
    t.append(n)
    // 43
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/multipleOf"
    n.resource = 4
    n.types = [.number]
    n.exclusiveMinimum = .integer(0)
    n.markFilled()
    t.append(n)
    // 44
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/pattern"
    n.resource = 4
    n.types = [.string]
    n.format = "regex"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 45
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/required"
    n.resource = 4
    n.ref = 52
    n.markFilled()
    t.append(n)
    // 46
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/type"
    n.resource = 4
    n.anyOf = [48, 49]
    n.markFilled()
    t.append(n)
    // 47
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/uniqueItems"
    n.resource = 4
    n.types = [.boolean]
    n.markFilled()
    t.append(n)
    // 48
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/type/anyOf/0"
    n.resource = 4
    n.ref = 51
    n.markFilled()
    t.append(n)
    // 49
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/type/anyOf/1"
    n.resource = 4
    n.types = [.array]
    n.minItems = 1
    n.items = 50
    n.uniqueItems = true
    n.markFilled()
    t.append(n)
    // 50
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/type/anyOf/1/items"
    n.resource = 4
    n.ref = 51
    n.markFilled()
    t.append(n)
    // 51
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/$defs/simpleTypes"
    n.resource = 4
    n.enumValues = [.string("array"), .string("boolean"), .string("integer"), .string("null"), .string("number"), .string("object"), .string("string")]
    n.markFilled()
    t.append(n)
    // 52
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/$defs/stringArray"
    n.resource = 4
    n.types = [.array]
    n.items = 53
    n.uniqueItems = true
    n.markFilled()
    t.append(n)
    // 53
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/$defs/stringArray/items"
    n.resource = 4
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 54
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/$defs/nonNegativeIntegerDefault0"
    n.resource = 4
    n.ref = 55
    n.markFilled()
    t.append(n)
    // 55
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/$defs/nonNegativeInteger"
    n.resource = 4
    n.types = [.integer]
    n.minimum = .integer(0)
    n.markFilled()
    t.append(n)
    // 56
    n = SchemaNode()
    n.boolean = true
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/enum/items"
    n.resource = 4
    n.markFilled()
    t.append(n)
    // 57
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/validation#"
    n.locationPointer = "/properties/dependentRequired/additionalProperties"
    n.resource = 4
    n.ref = 52
    n.markFilled()
    t.append(n)
    // 58
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/unevaluated#"
    n.resource = 5
    n.types = [.object, .boolean]
    n.properties = SchemaPropertyTable([("unevaluatedItems", 59), ("unevaluatedProperties", 60)])
    n.markFilled()
    t.append(n)
    // 59
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/unevaluated#"
    n.locationPointer = "/properties/unevaluatedItems"
    n.resource = 5
    n.dynamicRef = DynamicRef(target: 58, anchor: "meta")
    n.markFilled()
    t.append(n)
    // 60
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/unevaluated#"
    n.locationPointer = "/properties/unevaluatedProperties"
    n.resource = 5
    n.dynamicRef = DynamicRef(target: 58, anchor: "meta")
    n.markFilled()
    t.append(n)
    // 61
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.resource = 6
    n.types = [.object, .boolean]
    n.properties = SchemaPropertyTable([("additionalProperties", 62), ("allOf", 63), ("anyOf", 64), ("contains", 65), ("dependentSchemas", 66), ("else", 67), ("if", 68), ("items", 69), ("not", 70), ("oneOf", 71), ("patternProperties", 72), ("prefixItems", 73), ("properties", 74), ("propertyNames", 75), ("then", 76)])
    n.markFilled()
    t.append(n)
    // 62
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/properties/additionalProperties"
    n.resource = 6
    n.dynamicRef = DynamicRef(target: 61, anchor: "meta")
    n.markFilled()
    t.append(n)
    // 63
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/properties/allOf"
    n.resource = 6
    n.ref = 78
    n.markFilled()
    t.append(n)
    // 64
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/properties/anyOf"
    n.resource = 6
    n.ref = 78
    n.markFilled()
    t.append(n)
    // 65
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/properties/contains"
    n.resource = 6
    n.dynamicRef = DynamicRef(target: 61, anchor: "meta")
    n.markFilled()
    t.append(n)
    // 66
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/properties/dependentSchemas"
    n.resource = 6
    n.types = [.object]
    n.additionalProperties = 82
    n.markFilled()
    t.append(n)
    // 67
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/properties/else"
    n.resource = 6
    n.dynamicRef = DynamicRef(target: 61, anchor: "meta")
    n.markFilled()
    t.append(n)
    // 68
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/properties/if"
    n.resource = 6
    n.dynamicRef = DynamicRef(target: 61, anchor: "meta")
    n.markFilled()
    t.append(n)
    // 69
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/properties/items"
    n.resource = 6
    n.dynamicRef = DynamicRef(target: 61, anchor: "meta")
    n.markFilled()
    t.append(n)
    // 70
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/properties/not"
    n.resource = 6
    n.dynamicRef = DynamicRef(target: 61, anchor: "meta")
    n.markFilled()
    t.append(n)
    // 71
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/properties/oneOf"
    n.resource = 6
    n.ref = 78
    n.markFilled()
    t.append(n)
    // 72
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/properties/patternProperties"
    n.resource = 6
    n.types = [.object]
    n.additionalProperties = 80
    n.propertyNames = 81
    n.markFilled()
    t.append(n)
    // 73
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/properties/prefixItems"
    n.resource = 6
    n.ref = 78
    n.markFilled()
    t.append(n)
    // 74
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/properties/properties"
    n.resource = 6
    n.types = [.object]
    n.additionalProperties = 77
    n.markFilled()
    t.append(n)
    // 75
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/properties/propertyNames"
    n.resource = 6
    n.dynamicRef = DynamicRef(target: 61, anchor: "meta")
    n.markFilled()
    t.append(n)
    // 76
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/properties/then"
    n.resource = 6
    n.dynamicRef = DynamicRef(target: 61, anchor: "meta")
    n.markFilled()
    t.append(n)
    // 77
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/properties/properties/additionalProperties"
    n.resource = 6
    n.dynamicRef = DynamicRef(target: 61, anchor: "meta")
    n.markFilled()
    t.append(n)
    // 78
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/$defs/schemaArray"
    n.resource = 6
    n.types = [.array]
    n.minItems = 1
    n.items = 79
    n.markFilled()
    t.append(n)
    // 79
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/$defs/schemaArray/items"
    n.resource = 6
    n.dynamicRef = DynamicRef(target: 61, anchor: "meta")
    n.markFilled()
    t.append(n)
    // 80
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/properties/patternProperties/additionalProperties"
    n.resource = 6
    n.dynamicRef = DynamicRef(target: 61, anchor: "meta")
    n.markFilled()
    t.append(n)
    // 81
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/properties/patternProperties/propertyNames"
    n.resource = 6
    n.format = "regex"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 82
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/applicator#"
    n.locationPointer = "/properties/dependentSchemas/additionalProperties"
    n.resource = 6
    n.dynamicRef = DynamicRef(target: 61, anchor: "meta")
    n.markFilled()
    t.append(n)
    // 83
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/core#"
    n.resource = 7
    n.types = [.object, .boolean]
    n.properties = SchemaPropertyTable([("$anchor", 84), ("$comment", 85), ("$defs", 86), ("$dynamicAnchor", 87), ("$dynamicRef", 88), ("$id", 89), ("$ref", 90), ("$schema", 91), ("$vocabulary", 92)])
    n.markFilled()
    t.append(n)
    // 84
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/core#"
    n.locationPointer = "/properties/$anchor"
    n.resource = 7
    n.ref = 97
    n.markFilled()
    t.append(n)
    // 85
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/core#"
    n.locationPointer = "/properties/$comment"
    n.resource = 7
    n.types = [.string]
    n.markFilled()
    t.append(n)
    // 86
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/core#"
    n.locationPointer = "/properties/$defs"
    n.resource = 7
    n.types = [.object]
    n.additionalProperties = 98
    n.markFilled()
    t.append(n)
    // 87
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/core#"
    n.locationPointer = "/properties/$dynamicAnchor"
    n.resource = 7
    n.ref = 97
    n.markFilled()
    t.append(n)
    // 88
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/core#"
    n.locationPointer = "/properties/$dynamicRef"
    n.resource = 7
    n.ref = 96
    n.markFilled()
    t.append(n)
    // 89
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/core#"
    n.locationPointer = "/properties/$id"
    n.resource = 7
    n.ref = 96
    n.pattern = SchemaRegex("^[^#]*#?$")!
    n.markFilled()
    t.append(n)
    // 90
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/core#"
    n.locationPointer = "/properties/$ref"
    n.resource = 7
    n.ref = 96
    n.markFilled()
    t.append(n)
    // 91
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/core#"
    n.locationPointer = "/properties/$schema"
    n.resource = 7
    n.ref = 95
    n.markFilled()
    t.append(n)
    // 92
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/core#"
    n.locationPointer = "/properties/$vocabulary"
    n.resource = 7
    n.types = [.object]
    n.additionalProperties = 93
    n.propertyNames = 94
    n.markFilled()
    t.append(n)
    // 93
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/core#"
    n.locationPointer = "/properties/$vocabulary/additionalProperties"
    n.resource = 7
    n.types = [.boolean]
    n.markFilled()
    t.append(n)
    // 94
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/core#"
    n.locationPointer = "/properties/$vocabulary/propertyNames"
    n.resource = 7
    n.ref = 95
    n.markFilled()
    t.append(n)
    // 95
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/core#"
    n.locationPointer = "/$defs/uriString"
    n.resource = 7
    n.types = [.string]
    n.format = "uri"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 96
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/core#"
    n.locationPointer = "/$defs/uriReferenceString"
    n.resource = 7
    n.types = [.string]
    n.format = "uri-reference"
    n.assertFormat = true
    n.markFilled()
    t.append(n)
    // 97
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/core#"
    n.locationPointer = "/$defs/anchorString"
    n.resource = 7
    n.types = [.string]
    n.pattern = SchemaRegex("^[A-Za-z_][-A-Za-z0-9._]*$")!
    n.markFilled()
    t.append(n)
    // 98
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/meta/core#"
    n.locationPointer = "/properties/$defs/additionalProperties"
    n.resource = 7
    n.dynamicRef = DynamicRef(target: 83, anchor: "meta")
    n.markFilled()
    t.append(n)
    // 99
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/schema#"
    n.locationPointer = "/properties/dependencies/additionalProperties"
    n.anyOf = [100, 101]
    n.markFilled()
    t.append(n)
    // 100
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/schema#"
    n.locationPointer = "/properties/dependencies/additionalProperties/anyOf/0"
    n.dynamicRef = DynamicRef(target: 0, anchor: "meta")
    n.markFilled()
    t.append(n)
    // 101
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/schema#"
    n.locationPointer = "/properties/dependencies/additionalProperties/anyOf/1"
    n.ref = 52
    n.markFilled()
    t.append(n)
    // 102
    n = SchemaNode()
    n.locationPrefix = "https://json-schema.org/draft/2020-12/schema#"
    n.locationPointer = "/properties/definitions/additionalProperties"
    n.dynamicRef = DynamicRef(target: 0, anchor: "meta")
    n.markFilled()
    t.append(n)
    return CompiledSchema(
      nodes: t, root: 0,
      resources: [
        SchemaResource(uri: "https://json-schema.org/draft/2020-12/schema", dynamicAnchors: ["meta": 0]),
        SchemaResource(uri: "https://json-schema.org/draft/2020-12/meta/content", dynamicAnchors: ["meta": 12]),
        SchemaResource(uri: "https://json-schema.org/draft/2020-12/meta/format-annotation", dynamicAnchors: ["meta": 16]),
        SchemaResource(uri: "https://json-schema.org/draft/2020-12/meta/meta-data", dynamicAnchors: ["meta": 18]),
        SchemaResource(uri: "https://json-schema.org/draft/2020-12/meta/validation", dynamicAnchors: ["meta": 27]),
        SchemaResource(uri: "https://json-schema.org/draft/2020-12/meta/unevaluated", dynamicAnchors: ["meta": 58]),
        SchemaResource(uri: "https://json-schema.org/draft/2020-12/meta/applicator", dynamicAnchors: ["meta": 61]),
        SchemaResource(uri: "https://json-schema.org/draft/2020-12/meta/core", dynamicAnchors: ["meta": 83]),
      ],
      tracksAnnotations: false, usesDynamicScope: true,
      helmErrorQuirks: true)
  }
}
