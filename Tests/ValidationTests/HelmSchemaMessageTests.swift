import Foundation
import Testing
import Validation
import Values

/// Helm's values-schema error messages, checked against cases whose expected text came from
/// the real Helm (helm-oracle template on a chart with that `values.schema.json`).
@Suite struct HelmSchemaMessageTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var schema: Value
    var values: Value
    var expected: String
    var testDescription: String { name }
  }

  /// Helm reads values as float64: every number becomes `.float`.
  static func helmValues(_ v: Value) -> Value {
    switch v {
    case .int(let i): return .float(Double(i))
    case .int64(let i): return .float(Double(i))
    case .list(let l): return .list(l.map(helmValues))
    case .map(let m):
      let out = GoMap()
      for (k, x) in m.storage { out.storage[k] = helmValues(x) }
      return .map(out)
    default: return v
    }
  }

  static let cases: [Case] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Data/helm-values-schema-cases.json")
    guard let all = try? TestSupport.readJSON(url).sliceItems else { return [] }
    return all.compactMap { c in
      guard let m = c.mapValue, let name = m["name"]?.stringValue, let schema = m["schema"], let values = m["values"],
        let expected = m["expected"]?.stringValue
      else { return nil }
      return Case(name: name, schema: schema, values: helmValues(values), expected: expected)
    }
  }()

  @Test func casesLoaded() {
    #expect(Self.cases.count > 50)
  }

  @Test(arguments: cases) func helmMessage(_ c: Case) throws {
    let schema = try HelmValuesSchema.compile(c.schema)
    let got = HelmValuesSchema.section(chartName: "mychart", schema: schema, values: c.values).map {
      HelmSchemaErrorFormatter.message(sections: [$0])
    }
    #expect((got ?? "") == c.expected)
  }
}
