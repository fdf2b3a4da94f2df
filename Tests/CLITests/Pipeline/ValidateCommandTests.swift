import Foundation
import Testing

/// `chartc validate`: clear errors for what cannot be validated, the Prometheus Operator
/// kinds, kubeconform's filters, values checked as Helm merges them, every format in every mode.
@Suite struct ValidateCommandTests {
  static let deployment = """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: web
    spec:
      selector: {matchLabels: {app: web}}
      template:
        metadata: {labels: {app: web}}
        spec:
          containers: [{name: web, image: nginx}]

    """

  @Test func unsupportedKubeVersionIsOneClearError() throws {
    let stream = Self.deployment + "---\n" + Self.deployment + "---\n" + Self.deployment
    let run = try ChartcRun.run(["validate", "--kube-version", "v1.30.0", "-"], stdin: stream)
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty, "\(run.stdout)")
    let lines = run.stderr.split(separator: "\n")
    #expect(lines.count == 1, "\(run.stderr)")
    #expect(run.stderr.hasPrefix("Error: no bundled Kubernetes schemas for version v1.30.0"))
    for version in ["v1.31", "v1.32", "v1.33", "v1.34", "v1.35", "v1.36", "v1.37"] {
      #expect(run.stderr.contains(version), "\(version) not listed: \(run.stderr)")
    }
  }

  @Test func renderValidateRefusesAnUnsupportedKubeVersion() throws {
    let chart = try FixtureChart()
    let run = try ChartcRun.run(["render", chart.path, "--validate", "--kube-version", "v1.30.0"])
    #expect(run.status == 1)
    #expect(run.stderr.contains("Error: no bundled Kubernetes schemas for version v1.30.0"), "\(run.stderr)")
  }

  @Test func missingSchemaLocationIsAnError() throws {
    let run = try ChartcRun.run(
      ["validate", "--schema-location", "/nonexistent/schemas", "-"], stdin: Self.deployment)
    #expect(run.status == 1)
    #expect(
      run.stderr == "Error: --schema-location /nonexistent/schemas: no such directory\n", "\(run.stderr)")
  }

  /// One valid object of each Prometheus Operator kind, and an invalid Alertmanager (so the
  /// schema is really applied, not skipped).
  @Test func prometheusOperatorKindsAreBundled() throws {
    let kinds: [(String, String, String)] = [
      ("v1", "Alertmanager", "replicas: 1"), ("v1alpha1", "AlertmanagerConfig", "receivers: [{name: x}]"),
      ("v1", "Prometheus", "replicas: 1"), ("v1alpha1", "PrometheusAgent", "replicas: 1"),
      ("v1", "ThanosRuler", "replicas: 1"), ("v1", "Probe", "interval: 30s"),
      ("v1alpha1", "ScrapeConfig", "staticConfigs: [{targets: [a:9090]}]"),
      ("v1", "PodMonitor", "selector: {}\n  podMetricsEndpoints: [{port: web}]"),
      ("v1", "PrometheusRule", "groups: [{name: g, rules: [{alert: A, expr: up == 0}]}]"),
      ("v1", "ServiceMonitor", "selector: {}\n  endpoints: [{port: web}]"),
    ]
    let stream = kinds.map { version, kind, spec in
      "apiVersion: monitoring.coreos.com/\(version)\nkind: \(kind)\nmetadata:\n  name: x\nspec:\n  \(spec)\n"
    }.joined(separator: "---\n")
    let run = try ChartcRun.run(["validate", "-"], stdin: stream)
    #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
    #expect(
      run.stdout.contains("Summary: 10 resources found in 1 file - Valid: 10, Invalid: 0"), "\(run.stdout)")
    let invalid = try ChartcRun.run(
      ["validate", "-"],
      stdin:
        "apiVersion: monitoring.coreos.com/v1\nkind: Alertmanager\nmetadata:\n  name: x\nspec:\n  replicas: many\n"
    )
    #expect(invalid.status == 1)
    #expect(invalid.stdout.contains("at '/spec/replicas' (type)"), "\(invalid.stdout)")
  }

  @Test func summaryCountsFilesAndResources() throws {
    let dir = try TemporaryDirectory()
    try dir.write("a.yaml", Self.deployment + "---\n" + Self.deployment)
    try dir.write("b.yaml", Self.deployment)
    let run = try ChartcRun.run(["validate", dir.path])
    #expect(run.status == 0, "\(run.stdout)")
    #expect(
      run.stdout.hasSuffix(
        "Summary: 3 resources found in 2 files - Valid: 3, Invalid: 0, Errors: 0, Skipped: 0\n"))
  }

  /// The inputs are validated a few at a time, but a CustomResourceDefinition in any of
  /// them still serves the custom resources of all: one in a later file (its kind written
  /// out, or spelt with a `\x44` escape in double quotes) validates a resource of an earlier
  /// one, and many files in between change nothing.
  @Test func customResourceDefinitionsOfEveryInputServeAll() throws {
    func crd(kind: String) -> String {
      """
      apiVersion: apiextensions.k8s.io/v1
      kind: \(kind)
      metadata: {name: widgets.example.com}
      spec:
        group: example.com
        names: {kind: Widget, plural: widgets}
        scope: Namespaced
        versions:
          - name: v1
            served: true
            storage: true
            schema:
              openAPIV3Schema:
                type: object
                properties:
                  spec:
                    type: object
                    properties: {size: {type: integer}}

      """
    }
    let widget = "apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: big}\n"
    for kind in ["CustomResourceDefinition", "\"CustomResource\\x44efinition\""] {
      let dir = try TemporaryDirectory()
      try dir.write("a.yaml", widget)
      for i in 0..<12 { try dir.write("m\(i).yaml", Self.deployment) }
      try dir.write("z.yaml", crd(kind: kind))
      let run = try ChartcRun.run(["validate", "-o", "json", dir.path])
      #expect(run.status == 1, "\(run.stdout)")
      #expect(run.stdout.contains("got string, want integer"), "\(kind): \(run.stdout)")
      #expect(!run.stdout.contains("could not find schema"), "\(kind): \(run.stdout)")
    }
  }

  @Test func rejectAndIgnoreFilenamePattern() throws {
    let dir = try TemporaryDirectory()
    try dir.write("app.yaml", Self.deployment)
    try dir.write(
      "generated/skip-me.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: 5}\n")
    let ignored = try ChartcRun.run(["validate", "--ignore-filename-pattern", "skip-me", dir.path])
    #expect(ignored.status == 0, "\(ignored.stdout)")
    #expect(ignored.stdout.contains("1 resource found in 1 file"), "\(ignored.stdout)")
    let rejected = try ChartcRun.run(["validate", "--reject", "Deployment", dir.path + "/app.yaml"])
    #expect(rejected.status == 1)
    #expect(rejected.stdout.contains("prohibited resource kind Deployment"), "\(rejected.stdout)")
  }

  /// An override file is merged over the chart's defaults before the schema check: a file
  /// that sets only one property does not "miss" the required ones, and the offending value
  /// is named with its file and line.
  @Test func valuesAreValidatedMergedWithTheirLines() throws {
    let schema = """
      {"type": "object", "required": ["image", "replicas"],
       "properties": {"image": {"type": "string"}, "replicas": {"type": "integer", "minimum": 1}}}
      """
    let chart = try FixtureChart([
      "values.yaml": "image: nginx\nreplicas: 1\na: 1\n", "values.schema.json": schema,
      "values-dev.yaml": "# dev\nreplicas: 2\n", "values-bad.yaml": "# bad\n\nreplicas: zero\n",
    ])
    let good = try ChartcRun.run(["validate", "--values", chart.path, "-f", chart.path + "/values-dev.yaml"])
    #expect(good.status == 0, "\(good.stdout)\(good.stderr)")
    let bad = try ChartcRun.run(["validate", "--values", chart.path, "-f", chart.path + "/values-bad.yaml"])
    #expect(bad.status == 1)
    #expect(bad.stdout.contains("at '/replicas' (type)"), "\(bad.stdout)")
    #expect(bad.stdout.contains("[\(chart.path)/values-bad.yaml:3]"), "\(bad.stdout)")
    let set = try ChartcRun.run(["validate", "--values", chart.path, "--set", "replicas=0"])
    #expect(set.status == 1)
    #expect(set.stdout.contains("[--set replicas=0]"), "\(set.stdout)")
    for format in ["json", "junit", "tap"] {
      let run = try ChartcRun.run(
        ["validate", "--values", chart.path, "-f", chart.path + "/values-bad.yaml", "-o", format])
      #expect(run.status == 1, "\(format)")
      #expect(run.stdout.contains("values-bad.yaml:3"), "\(format): \(run.stdout)")
    }
  }

  @Test func everyFormatWorksWithSchemaMode() throws {
    let dir = try TemporaryDirectory()
    let schema = try dir.write(
      "schema.json", "{\"type\": \"object\", \"properties\": {\"count\": {\"type\": \"integer\"}}}")
    let doc = try dir.write("doc.yaml", "# first\ncount: 1\n---\n# second\ncount: x\n")
    let expectations = [
      "text": "[\(doc):5]", "json": "\"documents\"", "junit": "<testsuites", "tap": "not ok 2",
    ]
    for (format, marker) in expectations {
      let run = try ChartcRun.run(["validate", "--schema", schema, doc, "-o", format])
      #expect(run.status == 1, "\(format): \(run.stderr)")
      #expect(run.stdout.contains(marker), "\(format): \(run.stdout)")
    }
  }
}
