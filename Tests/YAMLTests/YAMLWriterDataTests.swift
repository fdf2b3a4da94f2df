import Testing
import Values

@testable import YAML

/// toYaml / toYamlPretty of values; expected text from helm-oracle.
struct YAMLWriterDataTests {
  @Test func writerCases() {
    let cases = DataFiles.lines("writer-cases.jsonl")
    #expect(cases.count >= 100)
    var failures: [String] = []
    for c in cases {
      let id = c["id"]?.stringValue ?? "?"
      let template = c["template"]?.stringValue ?? ""
      let v = c["values"]?.mapValue?["v"] ?? .null
      let pretty = template.hasPrefix("{{ toYamlPretty")
      let arg: Value = template.contains("(dict") ? .map(["key": .list([v]), "k": v]) : v
      let got = (pretty ? YAMLWriter.toYamlPretty(arg) : YAMLWriter.toYaml(arg)) ?? ""
      let expected = c["output"]?.stringValue ?? ("error: " + (c["error"]?.stringValue ?? ""))
      if got != expected {
        failures.append("\(id)\n  expected: \(String(reflecting: expected))\n  got:      \(String(reflecting: got))")
      }
    }
    print("writer-cases: \(cases.count - failures.count)/\(cases.count) pass")
    for f in failures { print(f) }
    #expect(failures.isEmpty)
  }
}
