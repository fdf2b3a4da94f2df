import Testing
import Values

@testable import YAML

/// toYaml / toYamlPretty of values; expected text from helm-oracle.
struct YAMLWriterDataTests {
  @Test(arguments: ["writer-cases.jsonl", "writer-fuzz-cases.jsonl"])
  func writerCases(file: String) {
    let cases = DataFiles.lines(file)
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
        failures.append(
          "\(id)\n  expected: \(String(reflecting: expected))\n  got:      \(String(reflecting: got))")
      }
    }
    print("\(file): \(cases.count - failures.count)/\(cases.count) pass")
    for f in failures { print(f) }
    #expect(failures.isEmpty)
  }
}
