import Foundation

/// A small valid chart written into a temporary directory, to be broken by each test.
struct FixtureChart {
  static let chartYAML = "apiVersion: v2\nname: demo\nversion: 0.1.0\n"
  static let configMap =
    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\ndata:\n  a: {{ .Values.a | quote }}\n"
  static let valuesYAML = "a: 1\n"

  let root: TemporaryDirectory
  /// The chart folder (`<root>/demo`).
  var path: String { root.path + "/demo" }

  /// Writes the valid chart, then applies `overrides` (chart-relative path → content;
  /// `nil` removes the file).
  init(_ overrides: [String: String?] = [:]) throws {
    root = try TemporaryDirectory()
    var files: [String: String?] = [
      "Chart.yaml": Self.chartYAML, "values.yaml": Self.valuesYAML, "templates/cm.yaml": Self.configMap,
    ]
    for (name, content) in overrides { files[name] = content }
    for (name, content) in files {
      if let content { try root.write("demo/" + name, content) }
    }
  }

  func write(_ relative: String, _ bytes: [UInt8]) throws { try root.write("demo/" + relative, bytes) }
}
