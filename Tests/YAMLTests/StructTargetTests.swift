import Testing
import Values

@testable import YAML

/// Unmarshalling into Go structs stringifies scalars for string fields (helm-behaviour §1:
/// `version: 1.0` → `1`, `appVersion: 1.10` → `1.1`, annotation `yes` → `true`).
struct StructTargetTests {
  @Test func chartYamlStringFields() throws {
    let text = """
      apiVersion: v2
      name: c
      version: 1.0
      appVersion: 1.10
      annotations:
        flag: yes
        num: 100000000
      keywords: [1.5, true]
      replicas: 3
      """
    let v = try YAMLReader.unmarshalMap(text) { path in
      switch path.first {
      case "version", "appVersion", "name", "apiVersion": return path.count == 1
      case "annotations": return path.count == 2
      case "keywords": return path.count == 2
      default: return false
      }
    }
    let m = try #require(v.mapValue)
    #expect(m["version"]?.stringValue == "1")
    #expect(m["appVersion"]?.stringValue == "1.1")
    #expect(m["annotations"]?.mapValue?["flag"]?.stringValue == "true")
    #expect(m["annotations"]?.mapValue?["num"]?.stringValue == "100000000")
    #expect(m["keywords"]?.sliceItems?.compactMap { $0.stringValue } == ["1.5", "true"])
    #expect(m["replicas"].map { valuesEqual($0, .float(3)) } == true)
  }
}
