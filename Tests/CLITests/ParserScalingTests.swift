import Foundation
import Testing

/// Template texts whose parse cost grew faster than their size (many `define` blocks,
/// deeply nested parentheses) render with Helm's output (helm-oracle) under a hang bound:
/// the built binary runs under `timeout`, so a super-linear parser fails the test instead
/// of hanging it. The bound is far above a linear parse on a loaded machine; it is not a
/// benchmark.
@Suite struct ParserScalingTests {
  /// Seconds a render may take before it counts as hung.
  static let hangBound = 120

  /// Runs `chartc ARGS` under the hang bound; exit 124 means it was stopped.
  func boundedRun(_ arguments: [String], in directory: URL) throws -> ChartcRun {
    let command = (["timeout", String(Self.hangBound), "chartc"] + arguments)
      .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
      .joined(separator: " ")
    let run = try ChartcRun.shell(command, in: directory)
    #expect(run.status != 124, "chartc \(arguments.joined(separator: " ")) ran past \(Self.hangBound) s")
    return run
  }

  @Test func hundredThousandDefinesRender() throws {
    let defines = (0..<100_000).map { "{{ define \"d\($0)\" }}v\($0){{ end }}" }.joined()
    // An empty redefinition never replaces a non-empty one (Go's `associate`).
    let text = defines + "{{ define \"d7\" }} {{ end }}x: {{ include \"d7\" . }}-{{ include \"d99999\" . }}\n"
    let chart = try FixtureChart(["templates/t.yaml": text, "templates/cm.yaml": nil])
    let run = try boundedRun(["render", chart.path], in: chart.root.url)
    #expect(run.status == 0, "\(run.stderr.prefix(500))")
    #expect(run.stdout == "---\n# Source: demo/templates/t.yaml\nx: v7-v99999\n")
  }

  @Test func duplicateDefineAmongManyIsHelmsError() throws {
    let defines = (0..<100_000).map { "{{ define \"d\($0)\" }}v\($0){{ end }}" }.joined()
    let chart = try FixtureChart([
      "templates/t.yaml": defines + "{{ define \"d8\" }}w{{ end }}x: 1\n", "templates/cm.yaml": nil,
    ])
    let run = try boundedRun(["render", chart.path], in: chart.root.url)
    #expect(run.status == 1)
    #expect(
      firstLine(run.stderr)
        == "Error: parse error at (demo/templates/t.yaml:1): multiple definition of template \"d8\"")
  }

  @Test func nineThousandNestedParenthesesRender() throws {
    let parens = String(repeating: "(", count: 9000) + "1" + String(repeating: ")", count: 9000)
    let chart = try FixtureChart(["templates/t.yaml": "x: {{ \(parens) }}\n", "templates/cm.yaml": nil])
    let run = try boundedRun(["render", chart.path], in: chart.root.url)
    #expect(run.status == 0, "\(run.stderr.prefix(500))")
    #expect(run.stdout == "---\n# Source: demo/templates/t.yaml\nx: 1\n")
  }

  @Test func parenthesesPastGoDepthAreHelmsError() throws {
    let parens = String(repeating: "(", count: 10001) + "1" + String(repeating: ")", count: 10001)
    let chart = try FixtureChart(["templates/t.yaml": "x: {{ \(parens) }}\n", "templates/cm.yaml": nil])
    let run = try boundedRun(["render", chart.path], in: chart.root.url)
    #expect(run.status == 1)
    #expect(
      firstLine(run.stderr)
        == "Error: parse error at (demo/templates/t.yaml:1): max expression depth exceeded")
  }
}
