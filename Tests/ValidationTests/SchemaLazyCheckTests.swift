import Foundation
import Testing
import Values

@testable import Validation

/// A schema compiled lazily (as evaluation reaches it) must judge every instance as the
/// schema compiled whole does, and `SchemaLazyCheck` must let through only schemas that
/// compile whole without error.
@Suite struct SchemaLazyCheckTests {
  static func options(strict: Bool) -> SchemaCompileOptions {
    SchemaCompileOptions(
      defaultDraft: .draft2020_12, assertFormat: false, strict: strict, kubernetesExtensions: true,
      baseURI: "file:///crds/test.json")
  }

  @Test func refusesWhatTheCompilerRefuses() {
    let refused: [String] = [
      #"{"properties": {"a": {"pattern": "("}}}"#, #"{"type": "objekt"}"#, #"{"exclusiveMinimum": true}"#,
      #"{"items": [{"minLength": -1}]}"#, #"{"properties": {"a": 5}}"#, ##"{"$ref": "#/definitions/a"}"##,
      #"{"required": "a"}"#, #"{"patternProperties": {"(": {}}}"#, #"{"multipleOf": 0}"#,
      #"{"allOf": [3]}"#, #"{"$id": "http://x/y"}"#, #"{"unevaluatedProperties": false}"#, #"5"#,
    ]
    for text in refused {
      #expect(!SchemaLazyCheck.allows(try! SchemaJSON.parse(text), draft: .draft2020_12), "\(text)")
    }
    #expect(
      SchemaLazyCheck.allows(
        try! SchemaJSON.parse(#"{"properties": {"a": {"type": ["string", "null"]}}}"#), draft: .draft2020_12))
  }

  /// Every schema and instance of the JSON-Schema-Test-Suite (draft 2020-12) the check lets
  /// through: the same errors, lazily or whole, strict or not.
  @Test func lazyAndWholeAgreeOnTheTestSuite() throws {
    guard let shared = TestSupport.sharedRoot else { return }
    let dir = shared.appendingPathComponent("conformance/json-schema-test-suite/tests/draft2020-12")
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter {
      $0.hasSuffix(".json")
    }
    var compared = 0
    for file in files.sorted() {
      let groups = try TestSupport.readJSON(dir.appendingPathComponent(file)).sliceItems ?? []
      for group in groups {
        guard let gm = group.mapValue, let schema = gm["schema"], let tests = gm["tests"]?.sliceItems else {
          continue
        }
        for strict in [false, true] {
          guard let lazy = CompiledSchema.compilingLazily(schema, options: Self.options(strict: strict))
          else {
            continue
          }
          let whole = try CompiledSchema(schema, options: Self.options(strict: strict))
          for test in tests {
            guard let data = test.mapValue?["data"] else { continue }
            #expect(lazy.validate(data) == whole.validate(data), "\(file): \(schema.jsonText)")
            compared += 1
          }
        }
      }
    }
    #expect(compared > 500)
  }

  /// Every bundled CRD schema the check lets through compiles whole.
  @Test func bundledCRDSchemasCompileWhole() throws {
    let dir = TestSupport.packageRoot.appendingPathComponent("schemas/crds")
    var allowed = 0
    for file in try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
    where file.hasSuffix(".json") {
      let groups = try TestSupport.readJSON(dir.appendingPathComponent(file)).mapValue?.storage ?? [:]
      for (_, schema) in groups where SchemaLazyCheck.allows(schema, draft: .draft2020_12) {
        _ = try CompiledSchema(schema, options: Self.options(strict: true))
        allowed += 1
      }
    }
    #expect(allowed > 20)
  }
}
