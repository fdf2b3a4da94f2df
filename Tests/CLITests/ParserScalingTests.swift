import Foundation
import Testing

/// Template texts whose parse cost grew faster than their size (many `define` blocks,
/// deeply nested parentheses) render with Helm's output (helm-oracle) under a hang bound:
/// the built binary runs with a CPU-time limit (`ulimit -t`, so the load of a shared
/// machine does not count) and a wall-clock `timeout` (for a hang that burns no CPU), so a
/// super-linear parser fails the test instead of hanging it. The bounds are far above a
/// linear parse (a debug build parses 100,000 defines in about 3 CPU-seconds); they are not
/// a benchmark.
@Suite struct ParserScalingTests {
  /// CPU seconds a render may use before it counts as hung.
  static let cpuBound = 60
  /// Wall-clock seconds a render may take before it counts as hung.
  static let wallBound = 1800

  /// Runs `chartc ARGS` under the hang bounds; 124 (timeout) or a signal status (SIGXCPU,
  /// then SIGKILL, at the CPU limit) means it was stopped.
  func boundedRun(_ arguments: [String], in directory: URL) throws -> ChartcRun {
    let quoted = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
    let command =
      "ulimit -t \(Self.cpuBound) && exec timeout \(Self.wallBound) chartc " + quoted.joined(separator: " ")
    let run = try ChartcRun.shell(command, in: directory)
    #expect(
      !(124...159).contains(run.status), "chartc \(arguments.joined(separator: " ")) ran past its bound")
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
