import Foundation
import Testing

/// A broken `Chart.yaml` fails before anything renders, with Helm's message.
@Suite struct ChartYAMLErrorTests {
  /// Chart.yaml content → Helm's first error line (from helm-oracle template).
  static let cases: [(String, String?, String)] = [
    (
      "syntax error", "apiVersion: v2\nname: demo\nversion: 0.1.0\ndescription: [oops\n",
      "Error: cannot load Chart.yaml: error converting YAML to JSON: yaml: line 4: did not find expected ',' or ']'"
    ),
    (
      "missing name", "apiVersion: v2\nversion: 0.1.0\n", "Error: validation: chart.metadata.name is required"
    ),
    (
      "invalid version", "apiVersion: v2\nname: demo\nversion: notsemver\n",
      "Error: validation: chart.metadata.version \"notsemver\" is invalid"
    ),
    (
      "a list", "- a\n- b\n",
      "Error: cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal array into Go value of type v2.Metadata"
    ),
    ("missing file", nil, "Error: Chart.yaml file is missing"),
    (
      "dependencies a string", "apiVersion: v2\nname: demo\nversion: 0.1.0\ndependencies: hello\n",
      "Error: cannot load Chart.yaml: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal string into Go struct field Metadata.dependencies of type []*v2.Dependency"
    ),
    (
      "null dependency", "apiVersion: v2\nname: demo\nversion: 0.1.0\ndependencies: [null]\n",
      "Error: validation: dependencies must not contain empty or null nodes"
    ),
    (
      "unknown type", "apiVersion: v2\nname: demo\nversion: 0.1.0\ntype: weird\n",
      "Error: validation: chart.metadata.type must be application or library"
    ),
    (
      "name escaping", "apiVersion: v2\nname: ../x\nversion: 0.1.0\n",
      "Error: validation: chart.metadata.name \"../x\" is invalid"
    ),
    (
      "kubeVersion unmet", "apiVersion: v2\nname: demo\nversion: 0.1.0\nkubeVersion: \">=9.0.0\"\n",
      "Error: chart requires kubeVersion: >=9.0.0 which is incompatible with Kubernetes v1.36.0"
    ),
  ]

  @Test(arguments: cases.indices)
  func brokenChartYAML(_ index: Int) throws {
    let (_, chartYAML, expected) = Self.cases[index]
    let chart = try FixtureChart(["Chart.yaml": chartYAML])
    let stderr = try expectRenderFailure([chart.path])
    #expect(firstLine(stderr) == expected)
  }
}
