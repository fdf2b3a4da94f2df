import Foundation
import Testing

/// Helm's `helm template` flags that pipelines pass, with Helm's meaning for a local chart.
@Suite struct HelmFlagTests {
  /// Helm's `LocateChart` returns a local path as it is: `--version` (and `--devel`) only
  /// select a repository chart. The render is the render without them.
  @Test func versionIsIgnoredForALocalChart() throws {
    let chart = try FixtureChart()
    let plain = try ChartcRun.run(["render", chart.path])
    let versioned = try ChartcRun.run(["render", chart.path, "--version", "1.2.3", "--devel"])
    #expect(plain.status == 0, "\(plain.stderr)")
    #expect(versioned.status == 0, "\(versioned.stderr)")
    #expect(versioned.stdout == plain.stdout)
    #expect(versioned.stdout.contains("kind: ConfigMap"))
  }

  @Test func debugPrintsTheInvalidYAMLWithoutTheHint() throws {
    let chart = try FixtureChart(["templates/bad.yaml": "a: b: c\n"])
    let plain = try ChartcRun.run(["render", chart.path])
    #expect(plain.status == 1)
    #expect(plain.stdout.isEmpty)
    #expect(plain.stderr.hasSuffix("\n\nUse --debug flag to render out invalid YAML\n"), "\(plain.stderr)")

    let debug = try ChartcRun.run(["render", chart.path, "--debug"])
    #expect(debug.status == 1)
    #expect(debug.stdout.contains("---\n# Source: demo/templates/bad.yaml\na: b: c"), "\(debug.stdout)")
    #expect(debug.stdout.contains("# Source: demo/templates/cm.yaml"))
    #expect(!debug.stderr.contains("Use --debug flag"), "\(debug.stderr)")
    #expect(debug.stderr.contains("Error: YAML parse error on demo/templates/bad.yaml"), "\(debug.stderr)")
    #expect(debug.stderr.contains("level=DEBUG msg=\"Chart path\""), "\(debug.stderr)")
  }

  @Test func debugOnATemplateFailurePrintsAnEmptyManifest() throws {
    let chart = try FixtureChart(["templates/fail.yaml": "{{ fail \"boom\" }}\n"])
    let debug = try ChartcRun.run(["render", chart.path, "--debug"])
    #expect(debug.status == 1)
    #expect(debug.stdout == "\n")
    #expect(debug.stderr.contains("boom"))
    #expect(!debug.stderr.contains("Use --debug flag"))
  }

  /// `helm template` presets the release name, so `-g` keeps `release-name`; with a NAME it
  /// is Helm's error.
  @Test func generateNameKeepsHelmTemplateName() throws {
    let chart = try FixtureChart(["templates/name.yaml": "# {{ .Release.Name }}\nname: {{ .Release.Name }}\n"]
    )
    let generated = try ChartcRun.run(["render", "-g", chart.path, "-s", "templates/name.yaml"])
    #expect(generated.status == 0, "\(generated.stderr)")
    #expect(generated.stdout.contains("name: release-name"))
    let withName = try ChartcRun.run(["render", "mine", chart.path, "--generate-name"])
    #expect(withName.status == 1)
    #expect(withName.stderr == "Error: cannot set --generate-name and also specify a name\n")
  }

  @Test func nameTemplateNamesTheRelease() throws {
    let chart = try FixtureChart(["templates/name.yaml": "name: {{ .Release.Name }}\n"])
    let run = try ChartcRun.run(
      [
        "render", chart.path, "--name-template",
        "{{ \"web\" | upper | lower }}-{{ env \"CHARTC_TEST_SUFFIX\" }}",
        "-s", "templates/name.yaml",
      ],
      environment: ["CHARTC_TEST_SUFFIX": "blue"])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout == "---\n# Source: demo/templates/name.yaml\nname: web-blue\n")
    let clash = try ChartcRun.run(["render", "mine", chart.path, "--name-template", "x"])
    #expect(clash.stderr == "Error: cannot set --name-template and also specify a name\n")
  }

  @Test func skipCRDsIsAcceptedAndChangesNothing() throws {
    let chart = try FixtureChart([
      "crds/crd.yaml":
        "apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: x\n"
    ])
    let plain = try ChartcRun.run(["render", chart.path])
    let skipped = try ChartcRun.run(["render", chart.path, "--skip-crds"])
    #expect(skipped.status == 0, "\(skipped.stderr)")
    #expect(skipped.stdout == plain.stdout)
  }

  @Test func postRendererReplacesTheStream() throws {
    let chart = try FixtureChart()
    let script = try chart.root.write(
      "post.sh", "#!/bin/sh\necho \"# post-rendered with: $*\"\nsed 's/name: cm/name: patched/'\n")
    _ = chmod(script, 0o755)
    let run = try ChartcRun.run(
      [
        "render", chart.path, "--post-renderer", script, "--post-renderer-args", "one",
        "--post-renderer-args", "two",
      ])
    #expect(run.status == 0, "\(run.stderr)")
    #expect(run.stdout.hasPrefix("# post-rendered with: one two\n---\n# Source: demo/templates/cm.yaml\n"))
    #expect(run.stdout.contains("name: patched"))
    #expect(!run.stdout.contains("name: cm"))
  }

  @Test func failingPostRendererFails() throws {
    let chart = try FixtureChart()
    let script = try chart.root.write("post.sh", "#!/bin/sh\necho broken >&2\nexit 3\n")
    _ = chmod(script, 0o755)
    let run = try ChartcRun.run(["render", chart.path, "--post-renderer", script])
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.hasPrefix("Error: error while running post render on files:"), "\(run.stderr)")
    #expect(run.stderr.contains("broken"))
    let missing = try ChartcRun.run(["render", chart.path, "--post-renderer", "/nonexistent/post"])
    #expect(missing.status == 1)
    #expect(missing.stdout.isEmpty)
  }

  @Test func dependencyUpdateResolvesFileDependencies() throws {
    let chart = try FixtureChart([
      "Chart.yaml": FixtureChart.chartYAML
        + "dependencies:\n  - name: sub\n    version: 0.1.0\n    repository: file://../sub\n"
    ])
    try chart.root.write("sub/Chart.yaml", "apiVersion: v2\nname: sub\nversion: 0.1.0\n")
    try chart.root.write("sub/values.yaml", "greeting: hello\n")
    try chart.root.write(
      "sub/templates/cm.yaml",
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: sub\ndata:\n  g: {{ .Values.greeting }}\n")
    let without = try ChartcRun.run(["render", chart.path])
    #expect(without.status == 1)
    #expect(without.stderr.contains("missing in charts/ directory: sub"))
    let with = try ChartcRun.run(["render", chart.path, "--dependency-update"])
    #expect(with.status == 0, "\(with.stderr)")
    #expect(with.stdout.contains("# Source: demo/charts/sub/templates/cm.yaml\n"))
    #expect(with.stdout.contains("g: hello"))
  }
}
