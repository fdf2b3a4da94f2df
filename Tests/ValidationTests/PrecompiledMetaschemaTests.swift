import Foundation
import Testing
import Values

@testable import Validation

/// The committed `PrecompiledMetaschemas.swift` is what `CompiledSchemaSource` writes for a
/// fresh compilation of the bundled metaschemas, and the tables it builds answer as the
/// compiled ones do: every node written back gives the same source, and schemas from the
/// JSON-Schema-Test-Suite, the corpus and the product charts get the same errors (messages,
/// paths, keyword locations) from both.
@Suite struct PrecompiledMetaschemaTests {
  static let generatedFile = TestSupport.packageRoot.appendingPathComponent(
    "Sources/Validation/PrecompiledMetaschemas.swift")

  @Test func committedFileIsTheCompilersOutput() throws {
    let fresh = try CompiledSchemaSource.precompiledMetaschemasFile()
    if ProcessInfo.processInfo.environment["CHARTC_WRITE_PRECOMPILED"] == "1" {
      try fresh.write(to: Self.generatedFile, atomically: true, encoding: .utf8)
    }
    let committed = try String(contentsOf: Self.generatedFile, encoding: .utf8)
    #expect(
      committed == fresh,
      "PrecompiledMetaschemas.swift is out of date: CHARTC_WRITE_PRECOMPILED=1 swift test --filter PrecompiledMetaschemaTests"
    )
  }

  /// A built table written out again gives the source it was built from: nothing is lost
  /// between the compiler's table and the literals.
  @Test(arguments: CompiledSchemaSource.precompiledDrafts)
  func builtTableWritesTheSameSource(draft: JSONSchemaDraft) throws {
    let built = try #require(PrecompiledMetaschemas.schema(for: draft))
    let compiled = try #require(HelmValuesSchema.compileMetaschema(draft))
    #expect(built.nodes.count == compiled.nodes.count)
    #expect(
      try CompiledSchemaSource.functionBody(built, indent: "")
        == CompiledSchemaSource.functionBody(compiled, indent: ""))
  }

  /// Every stored field of a node is one the writer knows: a field added to `SchemaNode`
  /// without being written would make a built table silently differ.
  @Test func writerCoversEveryNodeField() {
    let fields = Set(Mirror(reflecting: SchemaNode()).children.compactMap(\.label))
    let written: Set<String> = [
      "filledFlag", "boolean", "locationPrefix", "locationPointer", "resource", "ref", "dynamicRef", "types",
      "nullable", "intOrString", "enumValues", "constValue", "hasConst", "multipleOf", "minimum", "maximum",
      "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "pattern", "format", "assertFormat",
      "minItems", "maxItems", "uniqueItems", "prefixItems", "items", "itemsKeyword", "contains",
      "minContains",
      "maxContains", "minProperties", "maxProperties", "required", "properties", "patternProperties",
      "additionalProperties", "propertyNames", "dependentRequired", "dependentSchemas", "allOf", "anyOf",
      "oneOf", "not", "ifSchema", "thenSchema", "elseSchema", "unevaluatedProperties", "unevaluatedItems",
    ]
    #expect(
      fields.subtracting(written).isEmpty, "fields the writer does not write: \(fields.subtracting(written))")
  }

  /// Schemas to check against their metaschema: every schema of the JSON-Schema-Test-Suite
  /// (valid and invalid ones for a metaschema alike) and every values schema of the corpus
  /// and the product charts, plus a few that fail each vocabulary.
  static func schemas() throws -> [(String, Value)] {
    var out: [(String, Value)] = [
      ("bad type", TestSupport.json(#"{"type": "strin"}"#)),
      ("bad minimum", TestSupport.json(#"{"minLength": -1, "required": [1]}"#)),
      ("bad nested", TestSupport.json(#"{"properties": {"a": {"items": {"enum": 1}}}}"#)),
      ("bad anchor", TestSupport.json(#"{"$anchor": "1x", "$id": "a#b", "pattern": 5}"#)),
      ("bad dependencies", TestSupport.json(#"{"dependencies": {"a": 1}, "definitions": {"b": 2}}"#)),
    ]
    let root = TestSupport.packageRoot
    let charts = root.appendingPathComponent("charts")
    for name in (try? FileManager.default.contentsOfDirectory(atPath: charts.path)) ?? [] {
      let url = charts.appendingPathComponent(name).appendingPathComponent("values.schema.json")
      if let v = try? TestSupport.readJSON(url) { out.append((url.path, v)) }
    }
    guard let shared = TestSupport.sharedRoot else { return out }
    let corpus = shared.appendingPathComponent("corpus/charts")
    if let walker = FileManager.default.enumerator(atPath: corpus.path) {
      for case let path as String in walker where path.hasSuffix("values.schema.json") {
        if let v = try? TestSupport.readJSON(corpus.appendingPathComponent(path)) { out.append((path, v)) }
      }
    }
    let suite = shared.appendingPathComponent("conformance/json-schema-test-suite/tests")
    for folder in ["draft7", "draft2020-12"] {
      let dir = suite.appendingPathComponent(folder)
      for file in ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
      where file.hasSuffix(".json") {
        guard let groups = try? TestSupport.readJSON(dir.appendingPathComponent(file)).sliceItems else {
          continue
        }
        for (g, group) in groups.enumerated() {
          if let schema = group.mapValue?["schema"] { out.append(("\(folder)/\(file)#\(g)", schema)) }
        }
      }
    }
    return out
  }

  @Test func builtTablesGiveTheCompiledTablesErrors() throws {
    let schemas = try Self.schemas()
    #expect(schemas.count > 5)
    var failing = 0
    for draft in CompiledSchemaSource.precompiledDrafts {
      let built = try #require(PrecompiledMetaschemas.schema(for: draft))
      let compiled = try #require(HelmValuesSchema.compileMetaschema(draft))
      for (name, schema) in schemas {
        let expected = compiled.validate(schema)
        if !expected.isEmpty { failing += 1 }
        let got = built.validate(schema)
        #expect(got == expected, "\(draft) \(name)")
      }
    }
    // the comparison covers failures, not only valid schemas
    #expect(failing >= 5 * CompiledSchemaSource.precompiledDrafts.count)
  }
}
