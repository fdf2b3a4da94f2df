import Foundation
import Testing
import Validation

/// `chartc validate --schema FILE`: a values file (one document each) and a stream.
struct SchemaModeTests {
  @Test func valuesFilesAgainstASchema() throws {
    let schema = try SchemaFileValidation.compile(
      path: Fixtures.data.appendingPathComponent("schema/values.schema.json").path)
    let results = SchemaFileValidation.validate(
      [try Fixtures.input("schema/good-values.yaml"), try Fixtures.input("schema/bad-values.yaml")],
      against: schema)
    #expect(
      results.map(\.file) == Array(repeating: "schema/good-values.yaml", count: 1)
        + Array(repeating: "schema/bad-values.yaml", count: 3))
    #expect(results.map(\.index) == [0, 0, 1, 2])
    #expect(results.map(\.isValid) == [true, false, false, true])
    #expect(results[1].errors.map(\.instancePath).sorted() == ["", "/replicas"])
    #expect(results[2].errors.map(\.instancePath) == ["/image"])
  }

  @Test func jsonReportDecodesInInputOrder() throws {
    let schema = try SchemaFileValidation.compile(
      path: Fixtures.data.appendingPathComponent("schema/values.schema.json").path)
    let results = SchemaFileValidation.validate(
      [try Fixtures.input("schema/bad-values.yaml")], against: schema)
    let json = SchemaDocumentReport.json(results)
    let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let documents = try #require(decoded?["documents"] as? [[String: Any]])
    #expect(documents.map { $0["index"] as? Int } == [0, 1, 2])
    #expect(documents.map { $0["valid"] as? Bool } == [false, false, true])
    #expect(documents.allSatisfy { $0["file"] as? String == "schema/bad-values.yaml" })
    let errors = try #require(documents[1]["errors"] as? [[String: Any]])
    #expect(errors.first?["path"] as? String == "/image")
    #expect(errors.first?["keyword"] as? String == "type")
  }

  @Test func missingSchemaFileIsALoadError() {
    #expect(throws: SchemaFileValidation.LoadError.self) {
      try SchemaFileValidation.compile(path: "/nonexistent/schema.json")
    }
  }
}
