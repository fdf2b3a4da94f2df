import Foundation
import GoLib
import Testing
import Values

@testable import YAML

/// Measures the shared `yaml-values` conformance cases whose template only shows the values
/// read from `chart_values` (`toJson .Values`, `toYaml .Values`, `keys`, `%v`/`%T` of a key),
/// plus every case whose expected result is a values loading error.
struct YAMLValuesConformanceTests {
  static func goV(_ v: Value) -> String {
    switch v {
    case .null: return "<nil>"
    case .bool(let b): return b ? "true" : "false"
    case .float(let f): return GoFormatter.formatFloat(f)
    case .string(let s): return s
    case .list(let l): return "[" + l.map(goV).joined(separator: " ") + "]"
    case .map(let m):
      return "map[" + m.sortedKeys.map { $0 + ":" + goV(m.storage[$0]!) }.joined(separator: " ") + "]"
    default: return "?"
    }
  }

  /// Compares `got` (rendered by us) with `expected` JSON text structurally.
  static func jsonMatches(_ v: Value, _ expected: Substring) -> Bool {
    guard let e = TestJSON.parse(String(expected)) else { return false }
    return valuesEqual(v, e)
  }

  @Test func yamlValuesCases() {
    let cases = ConformanceCase.load("yaml-values.jsonl")
    if cases.isEmpty {
      print("yaml-values: shared conformance data absent, skipped")
      return
    }
    var measured = 0
    var failures: [String] = []
    let keyPattern = try! NSRegularExpression(
      pattern:
        #"^\{\{ toJson \.Values\.(\w+) \}\}\|\{\{ \.Values\.\1 \}\}\|\{\{ printf "%T" \.Values\.\1 \}\}$"#)
    for c in cases {
      guard let cv = c.chartValues, c.values == nil else { continue }
      let read = Result { try ValuesReader.read(cv, fileName: "values.yaml") }
      let t = c.template
      switch read {
      case .failure(let e):
        measured += 1
        let msg = "cannot load values.yaml: " + ((e as? YAMLError)?.message ?? "\(e)")
        if msg != c.error {
          failures.append("\(c.id): expected \(c.error ?? c.output ?? "")\n   got error \(msg)")
        }
        continue
      case .success(let raw):
        if let err = c.error, err.hasPrefix("cannot load values.yaml") {
          measured += 1
          failures.append("\(c.id): expected error \(err), got \(GoTestPrinter.json(raw))")
          continue
        }
        let values = strippingNulls(raw)
        guard let out = c.output else { continue }
        var ok: Bool? = nil
        if t == "{{ toJson .Values }}" {
          ok = Self.jsonMatches(values, out[...])
        } else if t == "{{ toJson .Values }}|{{ keys .Values | sortAlpha }}" {
          let parts = out.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
          let keys = "[" + (values.mapValue?.sortedKeys ?? []).joined(separator: " ") + "]"
          ok = parts.count == 2 && Self.jsonMatches(values, parts[0]) && parts[1] == keys
        } else if t == "{{ toYaml .Values }}" {
          ok = YAMLWriter.toYaml(values) == out
        } else if let m = keyPattern.firstMatch(in: t, range: NSRange(t.startIndex..., in: t)),
          let r = Range(m.range(at: 1), in: t)
        {
          let v = values.mapValue?[String(t[r])] ?? .null
          let parts = out.split(separator: "|", maxSplits: 2, omittingEmptySubsequences: false)
          let shown = v.isNil ? "" : Self.goV(v)
          ok =
            parts.count == 3 && Self.jsonMatches(v, parts[0]) && parts[1] == shown && parts[2] == v.goTypeName
        }
        guard let result = ok else { continue }
        measured += 1
        if !result { failures.append("\(c.id): expected \(out)\n   got \(GoTestPrinter.json(values))") }
      }
    }
    print(
      "yaml-values: \(measured - failures.count)/\(measured) measured cases pass (\(cases.count) in file)")
    for f in failures { print(f) }
    #expect(failures.isEmpty)
  }
}
