import Charts
import Foundation
import Functions
import Template
import Testing
import Values
import YAML

/// The `sprig-*` and `helm` conformance areas and the extra cases, rendered by the real
/// template engine with Sprig's and Helm's functions and Helm's built-in objects as the
/// oracle's chart has them. The test holds every case in
/// `Data/engine-passing.txt` and prints per-area rates (failures go to the file named by
/// `SPRIG_FAILURES`, if set).
@Suite struct EngineConformanceTests {
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let casesDirectory = packageRoot.appendingPathComponent("../shared/conformance/templates")
  static let areas = [
    "sprig-strings", "sprig-math", "sprig-lists", "sprig-dicts", "sprig-flow", "sprig-types", "sprig-encoding", "sprig-crypto", "sprig-semver", "sprig-regex", "sprig-dates", "helm",
    "extra",
  ]

  static func render(_ c: GoMap) -> String {
    guard let template = c["template"]?.stringValue else { return "" }
    var functions = SprigLibrary.functions()
    functions.merge(HelmFunctions.yamlFunctions)
    functions.merge(HelmFunctions.engineFunctions())
    let set = TemplateSet(functions: functions)
    do {
      var values = c["values"] ?? .null
      if values.isNil { values = .map([:]) }
      if let chartValues = c["chart_values"]?.stringValue, case .map(let defaults) = try ValuesReader.read(chartValues),
        case .map(let user) = values
      {
        let merged = user.deepCopy()
        ValueCoalescing.coalesceTables(merged, defaults)
        values = .map(merged)
      }
      if case .map(let m) = values { m.goTypeName = "common.Values" }
      try set.parse(name: "oracle/templates/t.yaml", text: template)
      if let helpers = c["helpers"]?.stringValue { try set.parse(name: "oracle/templates/_helpers.tpl", text: helpers) }
      let dot = Value.map([
        "Values": values,
        "Release": .map([
          "Name": c["release"] ?? .string("rel"), "Namespace": c["namespace"] ?? .string("ns"), "IsInstall": .bool(true), "IsUpgrade": .bool(false),
          "Revision": .int(1), "Service": .string("Helm"),
        ]),
        "Chart": .map([
          "APIVersion": .string("v2"), "Annotations": .map(GoMap([:], goTypeName: "map[string]string")),
          "AppVersion": .string("1.0"), "Condition": .string(""), "Dependencies": .list([]),
          "Deprecated": .bool(false), "Description": .string(""), "Home": .string(""), "Icon": .string(""),
          "IsRoot": .bool(true), "Keywords": TypedSlice.strings([]), "KubeVersion": .string(""),
          "Maintainers": .list([]), "Name": .string("oracle"), "Sources": TypedSlice.strings([]),
          "Tags": .string(""), "Type": .string(""), "Version": .string("0.1.0"),
        ]),
        "Template": .map(GoMap(["Name": .string("oracle/templates/t.yaml"), "BasePath": .string("oracle/templates")], goTypeName: "common.Values")),
        "Files": .object(ChartFilesObject(files: [:], toYaml: { YAMLWriter.toYaml($0) ?? "" })),
        "Capabilities": .object(Capabilities()),
        "Subcharts": .map([:]),
      ])
      return NoValueStripping.strip(try set.execute(name: "oracle/templates/t.yaml", data: dot))
    } catch {
      return "ERR:" + HelmErrorFormatter.format(error)
    }
  }

  @Test func sprigAreasThroughTheEngine() throws {
    var report = ""
    var failures = ""
    var passing: [String] = []
    for area in Self.areas {
      let url =
        area == "extra"
        ? Self.packageRoot.appendingPathComponent("Tests/FunctionsTests/Data/extra-cases.jsonl")
        : Self.casesDirectory.appendingPathComponent("\(area).jsonl")
      guard let text = try? String(contentsOf: url, encoding: .utf8) else {
        print("conformance cases not found; skipped")
        return
      }
      var pass = 0
      var total = 0
      for line in text.split(separator: "\n") {
        guard case .map(let c)? = try? GoJSON.decode(String(line)), let id = c["id"]?.stringValue else { continue }
        total += 1
        let actual = Self.render(c)
        let expected = c["output"]?.stringValue ?? ("ERR:" + (c["error"]?.stringValue ?? ""))
        if actual == expected {
          pass += 1
          passing.append(id)
        } else {
          failures += "\(id)\n  tpl: \((c["template"]?.stringValue ?? "").debugDescription)\n"
          failures += "  want: \(expected.debugDescription)\n  got:  \(actual.debugDescription)\n"
        }
      }
      report += "\(area): \(pass)/\(total) (\(String(format: "%.1f", 100.0 * Double(pass) / Double(max(1, total))))%)\n"
    }
    print(report)
    let env = ProcessInfo.processInfo.environment
    if let path = env["SPRIG_FAILURES"] { try failures.write(toFile: path, atomically: true, encoding: .utf8) }
    let listURL = Self.packageRoot.appendingPathComponent("Tests/FunctionsTests/Data/engine-passing.txt")
    let listed = (try? String(contentsOf: listURL, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
    let passed = Set(passing)
    for id in listed where !id.isEmpty { #expect(passed.contains(id), "\(id) regressed") }
    if env["UPDATE_PASSING"] != nil {
      try passing.sorted().joined(separator: "\n").appending("\n").write(to: listURL, atomically: true, encoding: .utf8)
    }
  }
}
