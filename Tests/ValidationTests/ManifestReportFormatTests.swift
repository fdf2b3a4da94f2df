import Testing
import Validation
import Values

/// The four report formats on a fixed set of results.
@Suite struct ManifestReportFormatTests {
  static let results: [ManifestResult] = {
    let registry = BrokenManifestTests.registry
    let validator = ManifestValidator(registry: registry)
    let good = BrokenManifestTests.object(BrokenManifestTests.deployment)
    let bad = BrokenManifestTests.object(BrokenManifestTests.deployment) {
      BrokenManifestTests.spec($0).storage["replicas"] = .string("3")
    }
    let unknown = TestSupport.json(#"{"apiVersion": "x.io/v1", "kind": "Thing", "metadata": {"name": "t"}}"#)
    var rs = [good, bad, unknown, .null].enumerated().map {
      validator.validate(ManifestResource(source: "a.yaml", documentIndex: $0.offset, object: $0.element))
    }
    rs[1].errors[0].sourceLocation = "chart/templates/deploy.yaml:7"
    return rs
  }()

  @Test func text() {
    #expect(
      ManifestReportFormat.text.render(Self.results) == """
        a.yaml: Deployment/prod/web is invalid
          - at '/spec/replicas' (type): got string, want null or integer [chart/templates/deploy.yaml:7]
        a.yaml: Thing/t failed validation
          - could not find schema for Thing (x.io/v1) in Kubernetes 1.36.0
        Summary: 3 resources found in 1 file - Valid: 1, Invalid: 1, Errors: 1, Skipped: 0

        """)
    #expect(
      ManifestReportFormat.text.render(Self.results, verbose: true).hasPrefix(
        "a.yaml: Deployment/prod/web is valid\n"))
  }

  @Test func tap() {
    #expect(
      ManifestReportFormat.tap.render(Self.results) == """
        TAP version 13
        ok 1 - a.yaml (Deployment/prod/web)
        not ok 2 - a.yaml (Deployment/prod/web) - at '/spec/replicas' (type): got string, want null or integer [chart/templates/deploy.yaml:7]
        not ok 3 - a.yaml (Thing/t) - could not find schema for Thing (x.io/v1) in Kubernetes 1.36.0
        1..3

        """)
  }

  @Test func json() throws {
    let out = ManifestReportFormat.json.render(Self.results)
    let parsed = try SchemaJSON.parse(out)
    let resources = parsed.mapValue?["resources"]?.sliceItems ?? []
    #expect(resources.count == 3)
    #expect(resources[1].mapValue?["status"]?.stringValue == "statusInvalid")
    let err = resources[1].mapValue?["validationErrors"]?.sliceItems?.first?.mapValue
    #expect(err?["path"]?.stringValue == "/spec/replicas")
    #expect(err?["location"]?.stringValue == "chart/templates/deploy.yaml:7")
    let summary = parsed.mapValue?["summary"]?.mapValue
    #expect(summary?["invalid"].map { if case .int(1) = $0 { true } else { false } } == true)
  }

  @Test func junit() {
    let out = ManifestReportFormat.junit.render(Self.results)
    #expect(
      out.hasPrefix(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"chartc\" time=\"0\" tests=\"3\" failures=\"1\" disabled=\"0\" errors=\"1\">\n"
      ))
    #expect(
      out.contains(
        "<testcase name=\"Deployment/prod/web\" classname=\"Deployment@apps/v1\" time=\"0\">\n      <failure message=\"at &apos;/spec/replicas&apos; (type): got string, want null or integer [chart/templates/deploy.yaml:7]\" type=\"\">"
      ))
    #expect(out.hasSuffix("</testsuites>\n"))
  }
}

/// `chartc validate --schema` reports.
@Suite struct SchemaDocumentReportTests {
  @Test func jsonAndText() throws {
    let schema = try CompiledSchema(
      TestSupport.json(#"{"properties": {"a": {"type": "integer"}}, "required": ["a"]}"#))
    let docs: [Value] = [.map(["a": .int(1)]), .map(["a": .string("x")]), .map([:])]
    let results = docs.enumerated().map {
      SchemaDocumentResult(file: "v.yaml", index: $0.offset, errors: schema.validate($0.element))
    }
    #expect(
      SchemaDocumentReport.json(results) == """
        {
          "documents": [
            {"file": "v.yaml", "index": 0, "valid": true, "errors": []},
            {"file": "v.yaml", "index": 1, "valid": false, "errors": [{"path": "/a", "keyword": "type", "message": "got string, want integer"}]},
            {"file": "v.yaml", "index": 2, "valid": false, "errors": [{"path": "", "keyword": "required", "message": "missing property 'a'"}]}
          ]
        }

        """)
    #expect(
      SchemaDocumentReport.text(results) == """
        v.yaml#0: ok
        v.yaml#1: invalid
          - at '/a': got string, want integer
        v.yaml#2: invalid
          - at '': missing property 'a'

        """)
  }
}
