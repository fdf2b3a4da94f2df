import Foundation
import Testing
import Values

@testable import YAML

/// Runs the oracle-made `toyaml-format` conformance cases whose template is a plain
/// `toYaml`/`toYamlPretty` of a value path (or of `dict "k" <path>`).
struct ToYamlFormatTests {
  /// Renders the supported template shapes; nil when the template is not one of them.
  static func render(_ c: ConformanceCase) -> String?? {
    var values: Value = c.values ?? .emptyMap()
    if let cv = c.chartValues {
      guard let read = try? ValuesReader.read(cv, fileName: "values.yaml") else { return nil }
      values = strippingNulls(read)
    }
    let t = c.template
    func lookup(_ path: String) -> Value? {
      if path == ".Values" { return values }
      guard path.hasPrefix(".Values.") else { return nil }
      return values.mapValue?[String(path.dropFirst(8))] ?? .null
    }
    func apply(_ fn: String, _ v: Value) -> String? {
      fn == "toYamlPretty" ? YAMLWriter.toYamlPretty(v) : YAMLWriter.toYaml(v)
    }
    let patterns: [(String, String)] = [
      (#"^\{\{ (toYaml|toYamlPretty) \(dict "k" (\.Values[.\w]*)\) \}\}$"#, "dict"),
      (#"^\{\{ (toYaml|toYamlPretty) (\.Values[.\w]*) \}\}$"#, "plain"),
    ]
    for (p, kind) in patterns {
      guard let re = try? NSRegularExpression(pattern: p),
        let m = re.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)),
        let r1 = Range(m.range(at: 1), in: t), let r2 = Range(m.range(at: 2), in: t)
      else { continue }
      guard let v = lookup(String(t[r2])) else { return nil }
      let arg: Value = kind == "dict" ? .map(["k": v]) : v
      return .some(apply(String(t[r1]), arg))
    }
    for fn in ["toYamlPretty", "toYaml"] {
      let prefix = "{{ \(fn) "
      if t.hasPrefix(prefix), t.hasSuffix(" }}"), !t.dropFirst(prefix.count).contains("{{") {
        let inner = String(t.dropFirst(prefix.count).dropLast(3))
        if let v = TemplateExpression.evaluate(inner, values: values) {
          return .some(apply(fn, v))
        }
      }
    }
    if t == "{{ toYaml .Values }}|{{ toYamlPretty .Values }}" {
      return .some((YAMLWriter.toYaml(values) ?? "") + "|" + (YAMLWriter.toYamlPretty(values) ?? ""))
    }
    return nil
  }

  @Test func toyamlFormatCases() throws {
    let cases = ConformanceCase.load("toyaml-format.jsonl")
    if cases.isEmpty {
      print("toyaml-format: shared conformance data absent, skipped")
      return
    }
    var measured = 0
    var passed = 0
    var failures: [String] = []
    for c in cases {
      guard let rendered = ToYamlFormatTests.render(c) else { continue }
      measured += 1
      let got = rendered ?? ""
      if let expected = c.output, got == expected {
        passed += 1
      } else {
        failures.append(
          "\(c.id)\n  expected: \(String(reflecting: c.output ?? c.error ?? ""))\n  got:      \(String(reflecting: got))"
        )
      }
    }
    print("toyaml-format: \(passed)/\(measured) measured cases pass (\(cases.count) in file)")
    for f in failures { print(f) }
    #expect(failures.isEmpty)
  }
}
