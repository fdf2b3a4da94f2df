import Foundation
import Testing
import Values

@testable import Charts

/// Coalescing of the test chart `parent` (subchart `sub1`, which has `leaf`) against the
/// values and warnings `helm-oracle values` printed for each file in Data/values.
@Suite struct ValueCoalescingTests {
  static func values(_ path: String) throws -> GoMap {
    let v = try TestJSON.decode(file: testDataURL.appendingPathComponent(path + ".json"), integers: false)
    return v.mapValue ?? GoMap()
  }

  static func parentChart() throws -> CoalescingChart {
    let leaf = CoalescingChart(
      name: "leaf", values: try values("charts/parent/charts/sub1/charts/leaf/values.yaml"))
    let sub1 = CoalescingChart(
      name: "sub1", values: try values("charts/parent/charts/sub1/values.yaml"), dependencies: [leaf])
    return CoalescingChart(
      name: "parent", values: try values("charts/parent/values.yaml"), dependencies: [sub1])
  }

  @Test(arguments: ["empty", "u1", "u2", "u3", "u4", "u5", "u6"])
  func oracleCase(_ name: String) throws {
    let chart = try Self.parentChart()
    let user = try Self.values("values/\(name).yaml")
    let stderr = try String(
      contentsOf: testDataURL.appendingPathComponent("values-cases/\(name).stderr"), encoding: .utf8)
    let lines = stderr.split(separator: "\n").map(String.init)
    let result: (values: GoMap, warnings: [String])
    do {
      result = try ValueCoalescing.coalesce(chart: chart, userValues: user)
    } catch {
      #expect(lines.first == "Error: " + error.message)
      return
    }
    let want = try TestJSON.decode(file: testDataURL.appendingPathComponent("values-cases/\(name).json"))
    #expect(pythonJSON(.map(result.values)) == pythonJSON(want))
    #expect(result.warnings.sorted() == lines.sorted())
  }

  @Test func userValuesAreNotModified() throws {
    let user = GoMap(["table": .map(["a": .null])])
    _ = try ValueCoalescing.coalesce(chart: try Self.parentChart(), userValues: user)
    #expect(pythonJSON(.map(user)) == #"{"table": {"a": null}}"#)
  }

  @Test func mergeMapsReplacesNonMaps() {
    let a = GoMap(["m": .map(["x": .float(1), "y": .float(2)]), "s": .string("a"), "l": .list([.float(1)])])
    let b = GoMap(["m": .map(["y": .null]), "s": .map(["t": .float(1)]), "l": .list([])])
    let out = ValueCoalescing.mergeMaps(a, b)
    #expect(pythonJSON(.map(out)) == #"{"l": [], "m": {"x": 1, "y": null}, "s": {"t": 1}}"#)
    #expect(pythonJSON(.map(a)) == #"{"l": [1], "m": {"x": 1, "y": 2}, "s": "a"}"#)
  }

  @Test func coalesceAndMergeTables() {
    let dst = GoMap(["a": .null, "b": .map(["x": .float(1)]), "s": .string("keep")])
    let src = GoMap([
      "a": .float(1), "b": .map(["x": .float(2), "y": .float(3)]), "c": .null,
      "d": .map(["e": .null, "f": .float(1)]), "s": .map(["t": .float(1)]),
    ])
    let warnings = ValueCoalescing.coalesceTables(dst, src)
    #expect(pythonJSON(.map(dst)) == #"{"b": {"x": 1, "y": 3}, "d": {"f": 1}, "s": "keep"}"#)
    #expect(warnings == ["warning: cannot overwrite table with non table for s (map[t:1])"])

    let mdst = GoMap(["a": .null])
    ValueCoalescing.mergeTables(mdst, GoMap(["a": .float(1), "c": .null]))
    #expect(pythonJSON(.map(mdst)) == #"{"a": null, "c": null}"#)
  }

  @Test func mergeKeepingNullsKeepsUserNulls() throws {
    let chart = CoalescingChart(name: "c", values: GoMap(["a": .float(1), "n": .null]))
    let (merged, _) = try ValueCoalescing.mergeKeepingNulls(chart: chart, userValues: GoMap(["a": .null]))
    #expect(pythonJSON(.map(merged)) == #"{"a": null, "n": null}"#)
    let (coalesced, _) = try ValueCoalescing.coalesce(chart: chart, userValues: GoMap(["a": .null]))
    #expect(pythonJSON(.map(coalesced)) == "{}")
  }
}

/// What coalescing takes from a chart's defaults is the result's own: changing the result
/// (as a template's `set` does) never reaches the chart, whether a default was copied where
/// the user side had nothing, merged under a user table, kept with its nulls (`MergeValues`)
/// or reached through a list or a subchart.
@Suite struct ValueCoalescingIsolationTests {
  static func chart() -> CoalescingChart {
    let sub = CoalescingChart(
      name: "sub",
      values: GoMap([
        "svc": .map(GoMap(["port": .int(80), "labels": .map(GoMap(["a": .string("1")]))])),
        "hosts": .list([.map(GoMap(["name": .string("h")]))]),
      ]))
    return CoalescingChart(
      name: "top",
      values: GoMap([
        "image": .map(
          GoMap(["tag": .string("v1"), "pull": .null, "extra": .map(GoMap(["k": .string("v")]))])),
        "list": .list([.map(GoMap(["x": .int(1)]))]),
        "sub": .map(GoMap(["svc": .map(GoMap(["port": .int(81)]))])),
      ]),
      dependencies: [sub])
  }

  /// Every map reached from `value`, lists included.
  static func maps(_ value: Value) -> [GoMap] {
    switch value {
    case .map(let m): return [m] + m.storage.values.flatMap(maps)
    case .list(let items): return items.flatMap(maps)
    default: return []
    }
  }

  @Test(arguments: [false, true])
  func theResultSharesNoMapWithTheChart(keepingNulls: Bool) throws {
    let chart = Self.chart()
    let chartMaps = Self.maps(.map(chart.values)) + Self.maps(.map(chart.dependencies[0].values))
    let before = pythonJSON(.map(chart.values)) + pythonJSON(.map(chart.dependencies[0].values))
    let user = GoMap(["image": .map(GoMap(["tag": .string("v2")])), "sub": .map(GoMap())])
    let result =
      keepingNulls
      ? try ValueCoalescing.mergeKeepingNulls(chart: chart, userValues: user)
      : try ValueCoalescing.coalesce(chart: chart, userValues: user)
    let resultMaps = Self.maps(.map(result.values))
    let chartIDs = Set(chartMaps.map(ObjectIdentifier.init))
    #expect(resultMaps.count > 6)
    #expect(resultMaps.allSatisfy { !chartIDs.contains(ObjectIdentifier($0)) })
    for m in resultMaps { m["changed"] = .bool(true) }
    #expect(pythonJSON(.map(chart.values)) + pythonJSON(.map(chart.dependencies[0].values)) == before)
  }
}
