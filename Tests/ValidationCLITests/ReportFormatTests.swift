import Foundation
import Testing
import Validation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The report formats of `chartc validate` parse, with the right counts.
struct ReportFormatTests {
  static let files = [
    "broken/wrong-type.yaml", "broken/missing-required.yaml", "broken/wrong-apiversion.yaml",
    "valid-stream.yaml",
  ]

  @Test func jsonDecodes() async throws {
    let results = try await Fixtures.validate(Self.files)
    let json = ManifestReportFormat.json.render(results)
    let decoded = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let summary = try #require(decoded["summary"] as? [String: Int])
    #expect(summary == ["resources": 5, "valid": 2, "invalid": 2, "errors": 1, "skipped": 0])
    let resources = try #require(decoded["resources"] as? [[String: Any]])
    #expect(resources.count == 5)
    let first = try #require(resources.first?["validationErrors"] as? [[String: Any]])
    #expect(first.first?["path"] as? String == "/spec/replicas")
    #expect(first.first?["location"] as? String == "broken/wrong-type.yaml:6")
  }

  @Test func junitIsXMLWithTheRightCounts() async throws {
    let results = try await Fixtures.validate(Self.files)
    let xml = ManifestReportFormat.junit.render(results)
    let counter = JUnitCounter()
    let parser = XMLParser(data: Data(xml.utf8))
    parser.delegate = counter
    #expect(parser.parse())
    #expect(counter.suitesAttributes["tests"] == "5")
    #expect(counter.suitesAttributes["failures"] == "2")
    #expect(counter.suitesAttributes["errors"] == "1")
    #expect(counter.testcases == 5)
    #expect(counter.failures == 2)
    #expect(counter.errors == 1)
    #expect(counter.testsuites == 4)
  }

  @Test func tapHasAPlan() async throws {
    let results = try await Fixtures.validate(Self.files)
    let tap = ManifestReportFormat.tap.render(results)
    let lines = tap.split(separator: "\n")
    #expect(lines.first == "TAP version 13")
    #expect(lines.last == "1..5")
    #expect(lines.filter { $0.hasPrefix("not ok ") }.count == 3)
    #expect(lines.filter { $0.hasPrefix("ok ") }.count == 2)
  }

  @Test func textHasTheSummaryLine() async throws {
    let results = try await Fixtures.validate(Self.files)
    let text = ManifestReportFormat.text.render(results)
    #expect(
      text.hasSuffix("Summary: 5 resources found in 4 files - Valid: 2, Invalid: 2, Errors: 1, Skipped: 0\n"))
    #expect(
      text.contains(
        "  - at '/spec/replicas' (type): got string, want null or integer [broken/wrong-type.yaml:6]\n"))
  }
}

/// Counts JUnit elements.
final class JUnitCounter: NSObject, XMLParserDelegate {
  var suitesAttributes: [String: String] = [:]
  var testsuites = 0
  var testcases = 0
  var failures = 0
  var errors = 0

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?,
    attributes attributeDict: [String: String] = [:]
  ) {
    switch elementName {
    case "testsuites": suitesAttributes = attributeDict
    case "testsuite": testsuites += 1
    case "testcase": testcases += 1
    case "failure": failures += 1
    case "error": errors += 1
    default: break
    }
  }
}
