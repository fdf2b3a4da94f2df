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

  /// Compact JSON text of a decoded value (for feeding schemas back as text).
  static func jsonText(_ v: Value) -> String {
    switch v {
    case .null: return "null"
    case .bool(let b): return b ? "true" : "false"
    case .int(let i): return String(i)
    case .int64(let i): return String(i)
    case .float(let d): return String(d)
    case .string(let s):
      var out = "\""
      for u in s.unicodeScalars {
        switch u {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        default: out.unicodeScalars.append(u)
        }
      }
      return out + "\""
    case .list(let l): return "[" + l.map(jsonText).joined(separator: ",") + "]"
    case .map(let m):
      return "{"
        + m.sortedKeys.map { jsonText(.string($0)) + ":" + jsonText(m.storage[$0]!) }.joined(separator: ",")
        + "}"
    case .object: return "null"
    }
  }

  static let cases: [Case] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Data/helm-values-schema-cases.json")
    guard let all = try? TestSupport.readJSON(url).sliceItems else { return [] }
    return all.compactMap { c in
      guard let m = c.mapValue, let name = m["name"]?.stringValue, let schema = m["schema"],
        let values = m["values"],
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

/// Schema files Helm cannot use, and several charts in one message (expected texts from helm-oracle).
@Suite struct HelmSchemaLoadTests {
  func loadError(_ text: String) -> String? {
    do {
      _ = try HelmValuesSchema.compile(text: text)
      return nil
    } catch {
      return HelmValuesSchema.section(chartName: "c", loadError: error)
    }
  }

  @Test func emptySchemaIsEOF() {
    #expect(loadError("") == "c:\nEOF")
    #expect(loadError("  \n") == "c:\nEOF")
  }

  @Test func unknownMetaschemaIsNotDownloaded() {
    #expect(
      loadError(##"{"$schema": "http://example.com/custom#"}"##)
        == "c:\nfailing loading \"http://example.com/custom\": chartc does not download schemas")
  }

  @Test func missingPointer() {
    #expect(
      loadError(##"{"properties": {"a": {"$ref": "#/nope"}}}"##)
        == "c:\njson-pointer in \"file:///values.schema.json#/nope\" not found")
  }

  @Test func parentAndSubchart() throws {
    let parent = try HelmValuesSchema.compile(text: #"{"required": ["a"]}"#)
    let sub = try HelmValuesSchema.compile(text: #"{"properties": {"x": {"type": "string"}}}"#)
    let sections = [
      HelmValuesSchema.section(chartName: "parent", schema: parent, values: .map(["b": .float(1)])),
      HelmValuesSchema.section(chartName: "sub", schema: sub, values: .map(["x": .float(1)])),
    ].compactMap { $0 }
    #expect(
      HelmSchemaErrorFormatter.message(sections: sections)
        == "values don't meet the specifications of the schema(s) in the following chart(s):\nparent:\n- at '': missing property 'a'\nsub:\n- at '/x': got number, want string\n"
    )
  }

  struct MetaCase: Sendable, CustomTestStringConvertible {
    var name: String
    var schema: String
    var expected: String
    var testDescription: String { name }
  }

  static let metaCases: [MetaCase] = {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
      "Data/helm-metaschema-cases.json")
    guard let all = try? TestSupport.readJSON(url).sliceItems else { return [] }
    return all.compactMap { c in
      guard let m = c.mapValue, let name = m["name"]?.stringValue, let schema = m["schema"],
        let expected = m["expected"]?.stringValue
      else { return nil }
      return MetaCase(name: name, schema: HelmSchemaMessageTests.jsonText(schema), expected: expected)
    }
  }()

  /// Schemas that break their metaschema: Helm's message (from helm-oracle) for chart `c`.
  @Test(arguments: metaCases) func metaschemaViolations(_ c: MetaCase) {
    let got = loadError(c.schema)
    if c.expected.isEmpty {
      #expect(got == nil)
    } else {
      #expect(got == c.expected)
    }
  }

  @Test func metaschemaReference() throws {
    let schema = try HelmValuesSchema.compile(
      text:
        ##"{"$schema": "http://json-schema.org/draft-07/schema#", "$ref": "http://json-schema.org/draft-07/schema#"}"##
    )
    let section = HelmValuesSchema.section(
      chartName: "meta", schema: schema, values: .map(["type": .float(5)]))
    #expect(
      section
        == "meta:\n- at '/type': 'anyOf' failed\n  - at '/type': value must be one of 'array', 'boolean', 'integer', 'null', 'number', 'object', 'string'\n  - at '/type': got number, want array\n"
    )
  }
}
