import Foundation
import Testing

/// Template parse and execution errors name the template file and line, as Helm does.
@Suite struct TemplateErrorTests {
  @Test func parseErrorNamesFileAndLine() throws {
    let chart = try FixtureChart(["templates/bad.yaml": "a: {{ .Values.a \nb: 2\n"])
    let stderr = try expectRenderFailure([chart.path])
    #expect(
      firstLine(stderr) == "Error: parse error at (demo/templates/bad.yaml:2): function \"b\" not defined")
  }

  @Test func executionErrorNamesFileLineAndColumn() throws {
    let chart = try FixtureChart(["templates/bad.yaml": "line1: x\nb: {{ index .Values.a 3 }}\n"])
    let stderr = try expectRenderFailure([chart.path])
    #expect(
      firstLine(stderr)
        == "Error: template: demo/templates/bad.yaml:2:6: executing \"demo/templates/bad.yaml\" at <index .Values.a 3>: error calling index: can't index item of type float64"
    )
  }

  @Test func failNamesFileLineAndColumn() throws {
    let chart = try FixtureChart(["templates/bad.yaml": "line1: x\nb: {{ fail \"boom\" }}\n"])
    let stderr = try expectRenderFailure([chart.path])
    #expect(firstLine(stderr) == "Error: execution error at (demo/templates/bad.yaml:2:6): boom")
  }

  @Test func failingTemplateAmongGoodOnesWritesNothing() throws {
    // The good template sorts first, so a streaming writer would already have written it.
    let chart = try FixtureChart(["templates/zz-bad.yaml": "{{ fail \"late\" }}\n"])
    let stderr = try expectRenderFailure([chart.path])
    #expect(firstLine(stderr) == "Error: execution error at (demo/templates/zz-bad.yaml:1:3): late")
  }

  @Test func missingDependencyIsReported() throws {
    let chart = try FixtureChart([
      "Chart.yaml":
        "apiVersion: v2\nname: demo\nversion: 0.1.0\ndependencies:\n- name: sub\n  version: 1.0.0\n  repository: file://../sub\n"
    ])
    let stderr = try expectRenderFailure([chart.path])
    #expect(stderr.contains("found in Chart.yaml, but missing in charts/ directory: sub"), "\(stderr)")
  }

  @Test func invalidYAMLOutputIsReported() throws {
    let chart = try FixtureChart(["templates/bad.yaml": "a: [1\n"])
    let stderr = try expectRenderFailure([chart.path])
    #expect(stderr.contains("demo/templates/bad.yaml"), "\(stderr)")
  }

  @Test func integerLiteralOverflowingIntIsAnExecutionError() throws {
    let chart = try FixtureChart(["templates/t.yaml": "x: {{ 9223372036854775808 }}\n"])
    let stderr = try expectRenderFailure([chart.path])
    #expect(
      stderr.hasPrefix(
        "Error: demo/templates/t.yaml:1:6\n  executing \"demo/templates/t.yaml\" at <9223372036854775808>:\n    9223372036854775808 overflows int\n"
      ), "\(stderr)")
  }

  @Test func integerLiteralBeyondAnyNumberIsAParseError() throws {
    let chart = try FixtureChart(["templates/t.yaml": "x: {{ 99999999999999999999999 }}\n"])
    let stderr = try expectRenderFailure([chart.path])
    #expect(
      firstLine(stderr) == "Error: parse error at (demo/templates/t.yaml:1): \"99999999999999999999999\"")
  }

  @Test func integerArithmeticWrapsAsInGo() throws {
    let chart = try FixtureChart([
      "templates/t.yaml": "x: {{ div -9223372036854775808 -1 }}\ny: {{ mod -9223372036854775808 -1 }}\n"
    ])
    let run = try ChartcRun.run(["render", chart.path, "--show-only", "templates/t.yaml"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == "---\n# Source: demo/templates/t.yaml\nx: -9223372036854775808\ny: 0\n")
  }

  @Test func divisionByZeroIsAnExecutionError() throws {
    let chart = try FixtureChart(["templates/t.yaml": "x: {{ div 1 0 }}\n"])
    let stderr = try expectRenderFailure([chart.path])
    #expect(
      firstLine(stderr)
        == "Error: template: demo/templates/t.yaml:1:6: executing \"demo/templates/t.yaml\" at <div 1 0>: error calling div: runtime error: integer divide by zero"
    )
  }

  @Test func libraryChartIsNotInstallable() throws {
    // helm template's checkIfInstallable (pkg/cmd/install.go); the SDK-based oracle skips it.
    let chart = try FixtureChart(["Chart.yaml": "apiVersion: v2\nname: demo\nversion: 0.1.0\ntype: library\n"]
    )
    let stderr = try expectRenderFailure([chart.path])
    #expect(firstLine(stderr) == "Error: library charts are not installable")
  }
}
