import Foundation
import Testing

/// Values files that do not parse: the chart's values.yaml and `-f` files.
@Suite struct ValuesErrorTests {
  @Test func valuesYAMLSyntaxErrorNamesFileAndLine() throws {
    let chart = try FixtureChart(["values.yaml": "a: 1\nb:\n  c: [1, 2\nd: 3\n"])
    let stderr = try expectRenderFailure([chart.path])
    #expect(
      firstLine(stderr)
        == "Error: cannot load values.yaml: cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 3: did not find expected ',' or ']'"
    )
  }

  @Test func valuesYAMLTabIndentNamesFileAndLine() throws {
    let chart = try FixtureChart(["values.yaml": "a: 1\nb:\n\tc: 2\n"])
    let stderr = try expectRenderFailure([chart.path])
    #expect(
      firstLine(stderr)
        == "Error: cannot load values.yaml: cannot unmarshal yaml document: error converting YAML to JSON: yaml: line 3: found character that cannot start any token"
    )
  }

  @Test func valueFileSyntaxErrorNamesFileAndLine() throws {
    let chart = try FixtureChart()
    let file = try chart.root.write("bad-values.yaml", "x: [1\n")
    let stderr = try expectRenderFailure([chart.path, "-f", file])
    // Helm: "Error: failed to parse FILE: error converting YAML to JSON: yaml: line 1: ..."
    #expect(stderr.contains(file), "\(stderr)")
    #expect(stderr.contains("yaml: line 1: did not find expected ',' or ']'"), "\(stderr)")
  }

  @Test func missingValueFileNamesFile() throws {
    let chart = try FixtureChart()
    let missing = chart.root.path + "/nope.yaml"
    let stderr = try expectRenderFailure([chart.path, "-f", missing])
    #expect(firstLine(stderr) == "Error: open \(missing): no such file or directory")
  }

  @Test func valueFileThatIsAListFails() throws {
    let chart = try FixtureChart()
    let file = try chart.root.write("list.yaml", "- 1\n- 2\n")
    let stderr = try expectRenderFailure([chart.path, "-f", file])
    #expect(stderr.contains(file), "\(stderr)")
  }

  @Test func valueFileThatIsADirectoryFails() throws {
    let chart = try FixtureChart()
    let stderr = try expectRenderFailure([chart.path, "-f", chart.root.path])
    #expect(firstLine(stderr) == "Error: read \(chart.root.path): is a directory")
  }

  @Test func setFileThatIsADirectoryFails() throws {
    let chart = try FixtureChart()
    let stderr = try expectRenderFailure([chart.path, "--set-file", "a=\(chart.root.path)"])
    #expect(
      firstLine(stderr) == "Error: failed parsing --set-file data: read \(chart.root.path): is a directory")
  }
}
