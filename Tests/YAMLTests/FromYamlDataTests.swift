import Testing
import Values

@testable import YAML

/// `fromYaml` / `fromYamlArray`; expected `toJson` of the result from helm-oracle.
struct FromYamlDataTests {
  @Test func fromYamlCases() {
    let cases = DataFiles.lines("fromyaml-cases.jsonl")
    #expect(cases.count >= 40)
    var failures: [String] = []
    for c in cases {
      let id = c["id"]?.stringValue ?? "?"
      let yaml = c["yaml"]?.stringValue ?? ""
      let got = id.hasPrefix("fromYamlArray/") ? YAMLReader.fromYamlArray(yaml) : YAMLReader.fromYaml(yaml)
      guard let json = c["json"]?.stringValue, let expected = TestJSON.parse(json), valuesEqual(got, expected)
      else {
        failures.append(
          "\(id): expected \(c["json"]?.stringValue ?? c["error"]?.stringValue ?? ""), got \(GoTestPrinter.json(got))"
        )
        continue
      }
    }
    print("fromyaml-cases: \(cases.count - failures.count)/\(cases.count) pass")
    for f in failures { print(f) }
    #expect(failures.isEmpty)
  }
}
